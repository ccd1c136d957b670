package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

import org.madoguchi.store.HeldCard;
import org.madoguchi.store.HeldCards;

final class JdbcHeldCards implements HeldCards {

	private static final String QUERY = "select r.id, r.family_name, r.given_name, r.family_name_kana, r.given_name_kana, r.birth_date, "
			+ "r.nationality, r.residence_status, r.residence_until, r.individual_number, h.code, r.address_text, "
			+ "a.municipality_code, a.town, a.chome, c.id card_id, c.serial, c.status, c.received_on, c.issued_on, c.expires_on, "
			+ "exists (select 1 from certificate u where u.card_id = c.id and u.kind = 'user' and u.revoked_on is null) has_user, "
			+ "exists (select 1 from certificate s where s.card_id = c.id and s.kind = 'signature' and s.revoked_on is null) has_signature, "
			+ "exists (select 1 from card p where p.resident_id = r.id and p.status in ('applied', 'produced', 'ready')) pending "
			+ "from card c join resident r on r.id = c.resident_id left join household h on h.id = r.household_id "
			+ "join address_entry a on a.resident_id = r.id "
			+ "and a.seq = (select max(l.seq) from address_entry l where l.resident_id = r.id) "
			// the status test is written so that no index can serve it: the resident range must drive the plan (H2 would scan
			// every held card through card_status for each range otherwise)
			+ "where c.resident_id between ? and ? and case when c.status in ('issued', 'suspended') then true else false end "
			+ "and (cast(? as varchar(6)) is null or a.municipality_code = ?) order by r.id, c.id";
	/**
	 * Residents per query: one query over the whole register would make the database sort every
	 * held card before the first row (in memory, or in temporary files past its limit); a range of
	 * the primary key sorts a few thousand rows and keeps the heap flat.
	 */
	private static final int RESIDENTS_PER_QUERY = 5_000;

	private final Connection connection;

	JdbcHeldCards(Connection connection) {
		this.connection = connection;
	}

	@Override
	public void each(String municipalityCode, Consumer<HeldCard> sink) {
		Jdbc.call("Reading the cards residents hold", () -> {
			long last = JdbcStatistics.count(connection, "select coalesce(max(id), 0) from resident");
			try (PreparedStatement query = connection.prepareStatement(QUERY)) {
				query.setFetchSize(1_000);
				query.setString(3, municipalityCode);
				query.setString(4, municipalityCode);
				for (long from = 1; from <= last; from += RESIDENTS_PER_QUERY) {
					query.setLong(1, from);
					query.setLong(2, from + RESIDENTS_PER_QUERY - 1);
					try (ResultSet rows = query.executeQuery()) {
						while (rows.next()) {
							sink.accept(heldCard(rows));
						}
					}
				}
				return null;
			}
		});
	}

	private static HeldCard heldCard(ResultSet rows) throws SQLException {
		String chome = rows.getString("chome");
		return new HeldCard(rows.getLong("id"), rows.getString("family_name"), rows.getString("given_name"),
				rows.getString("family_name_kana"), rows.getString("given_name_kana"), Jdbc.date(rows, "birth_date"),
				rows.getString("nationality"), rows.getString("residence_status"), Jdbc.date(rows, "residence_until"),
				rows.getString("individual_number"), rows.getString("code"), rows.getString("address_text"),
				rows.getString("municipality_code"), rows.getString("town") + (chome == null ? "" : chome), rows.getLong("card_id"),
				rows.getString("serial"), rows.getString("status"), Jdbc.date(rows, "received_on"), Jdbc.date(rows, "issued_on"),
				Jdbc.date(rows, "expires_on"), rows.getBoolean("has_user"), rows.getBoolean("has_signature"), rows.getBoolean("pending"));
	}
}
