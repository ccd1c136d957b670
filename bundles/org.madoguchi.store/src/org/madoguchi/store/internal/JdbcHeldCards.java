package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import java.util.function.Consumer;

import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.store.HeldCard;
import org.madoguchi.store.HeldCards;

/**
 * Reads the held cards a range of residents at a time, with one query per table and range: the
 * cards with their holders, the holders' current addresses, the live certificates and the pending
 * applications. Lookups per card (correlated subqueries) cost a third of a report's time at a
 * million residents.
 */
final class JdbcHeldCards implements HeldCards {

	private static final String CARDS = "select r.id, r.family_name, r.given_name, r.family_name_kana, r.given_name_kana, r.birth_date, "
			+ "r.nationality, r.residence_status, r.residence_until, r.individual_number, h.code, r.address_text, "
			+ "c.id, c.serial, c.status, c.received_on, c.issued_on, c.expires_on "
			+ "from card c join resident r on r.id = c.resident_id left join household h on h.id = r.household_id "
			// the status test is written so that no index can serve it: the resident range must drive the plan (H2 would scan
			// every held card through card_status for each range otherwise)
			+ "where c.resident_id between ? and ? and case when c.status in (" + CardLifecycle.sqlLiterals(CardLifecycle.HELD) + ") then true else false end "
			+ "order by r.id, c.id";
	private static final String ADDRESSES = "select resident_id, municipality_code, town, chome from address_entry "
			+ "where resident_id between ? and ? and not withdrawn order by resident_id, seq";
	private static final String CERTIFICATES = "select u.card_id, u.kind from certificate u join card c on c.id = u.card_id "
			+ "where c.resident_id between ? and ? and u.revoked_on is null";
	private static final String PENDING = "select resident_id from card "
			+ "where resident_id between ? and ? and case when status in (" + CardLifecycle.sqlLiterals(CardLifecycle.PENDING) + ") then true else false end";
	/**
	 * Residents per range: one query over the whole register would make the database sort every
	 * held card before the first row (in memory, or in temporary files past its limit); a range of
	 * the primary key sorts a few thousand rows and keeps the heap flat.
	 */
	private static final int RESIDENTS_PER_QUERY = 5_000;

	private record Address(String municipalityCode, String town) {
	}

	private record Certificates(boolean user, boolean signature) {
		static final Certificates NONE = new Certificates(false, false);

		Certificates or(Certificates other) {
			return new Certificates(user || other.user, signature || other.signature);
		}
	}

	private final Connection connection;

	JdbcHeldCards(Connection connection) {
		this.connection = connection;
	}

	@Override
	public void each(String municipalityCode, Consumer<HeldCard> sink) {
		Jdbc.call("Reading the cards residents hold", () -> {
			long last = JdbcStatistics.count(connection, "select coalesce(max(id), 0) from resident");
			try (PreparedStatement cards = connection.prepareStatement(CARDS);
					PreparedStatement addresses = connection.prepareStatement(ADDRESSES);
					PreparedStatement certificates = connection.prepareStatement(CERTIFICATES);
					PreparedStatement pending = connection.prepareStatement(PENDING)) {
				for (long from = 1; from <= last; from += RESIDENTS_PER_QUERY) {
					long to = from + RESIDENTS_PER_QUERY - 1;
					// rows come by sequence, so the last address of a resident is the current one
					Map<Long, Address> current = byFirstColumn(addresses, from, to, JdbcHeldCards::address, (earlier, later) -> later);
					Map<Long, Certificates> live = byFirstColumn(certificates, from, to, JdbcHeldCards::certificate, Certificates::or);
					Set<Long> applying = byFirstColumn(pending, from, to, rows -> Boolean.TRUE, (one, other) -> one).keySet();
					try (ResultSet rows = range(cards, from, to)) {
						while (rows.next()) {
							long resident = rows.getLong(1);
							Address address = current.get(resident);
							// a resident without an address has no place on a report
							if (address != null && (municipalityCode == null || municipalityCode.equals(address.municipalityCode()))) {
								sink.accept(heldCard(rows, address, live.getOrDefault(rows.getLong(13), Certificates.NONE),
										applying.contains(resident)));
							}
						}
					}
				}
				return null;
			}
		});
	}

	/** A value read from the current row of a result. */
	@FunctionalInterface
	private interface RowValue<V> {
		V read(ResultSet rows) throws SQLException;
	}

	/** The rows of a range query by the resident or card id in their first column; a key met again is merged. */
	private static <V> Map<Long, V> byFirstColumn(PreparedStatement query, long from, long to, RowValue<V> value, BinaryOperator<V> merge)
			throws SQLException {
		Map<Long, V> values = new HashMap<>();
		try (ResultSet rows = range(query, from, to)) {
			while (rows.next()) {
				values.merge(rows.getLong(1), value.read(rows), merge);
			}
		}
		return values;
	}

	private static Address address(ResultSet rows) throws SQLException {
		String chome = rows.getString(4);
		return new Address(rows.getString(2), rows.getString(3) + (chome == null ? "" : chome));
	}

	private static Certificates certificate(ResultSet rows) throws SQLException {
		String kind = rows.getString(2);
		return new Certificates("user".equals(kind), "signature".equals(kind));
	}

	private static ResultSet range(PreparedStatement query, long from, long to) throws SQLException {
		query.setLong(1, from);
		query.setLong(2, to);
		return query.executeQuery();
	}

	/** The held card of the current row of {@link #CARDS}, its columns by position: a million rows looked up names 18 million times. */
	private static HeldCard heldCard(ResultSet rows, Address address, Certificates certificates, boolean pending) throws SQLException {
		return new HeldCard(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5), Jdbc.date(rows, 6),
				rows.getString(7), rows.getString(8), Jdbc.date(rows, 9), rows.getString(10), rows.getString(11), rows.getString(12),
				address.municipalityCode(), address.town(), rows.getLong(13), rows.getString(14), rows.getString(15), Jdbc.date(rows, 16),
				Jdbc.date(rows, 17), Jdbc.date(rows, 18), certificates.user(), certificates.signature(), pending);
	}
}
