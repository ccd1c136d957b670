package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.madoguchi.model.CardStatus;
import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.store.ExpiringDocument;
import org.madoguchi.store.MonthlyExpiries;
import org.madoguchi.store.Statistics;

final class JdbcStatistics implements Statistics {

	private static final String HELD = CardLifecycle.sqlLiterals(CardLifecycle.HELD);

	private final Connection connection;

	JdbcStatistics(Connection connection) {
		this.connection = connection;
	}

	@Override
	public long residents() {
		return count(connection, "select count(*) from resident");
	}

	@Override
	public long households() {
		return count(connection, "select count(*) from household");
	}

	@Override
	public Map<String, Long> cardsByStatus() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (CardStatus status : CardStatus.VALUES) {
			counts.put(status.getLiteral(), 0L);
		}
		return Jdbc.call("Counting cards", () -> {
			try (PreparedStatement query = connection.prepareStatement("select status, count(*) from card group by status");
					ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					counts.put(rows.getString(1), rows.getLong(2));
				}
				return counts;
			}
		});
	}

	@Override
	public long certificates() {
		return count(connection, "select count(*) from certificate");
	}

	@Override
	public long auditEntries() {
		return count(connection, "select count(*) from audit_entry");
	}

	@Override
	public long civilServants() {
		return count(connection, "select count(*) from civil_servant");
	}

	@Override
	public List<MonthlyExpiries> expiriesByMonth(LocalDate from, int months) {
		YearMonth first = YearMonth.from(from);
		long[] cards = countByMonth("select c.expires_on from card c where c.status in (" + HELD + ") "
				+ "and c.expires_on between ? and ?", first, months);
		long[] certificates = countByMonth("select e.expires_on from certificate e join card c on c.id = e.card_id "
				+ "where c.status in (" + HELD + ") and e.revoked_on is null and e.expires_on between ? and ?", first, months);
		List<MonthlyExpiries> result = new ArrayList<>();
		for (int month = 0; month < months; month++) {
			result.add(new MonthlyExpiries(first.plusMonths(month), cards[month], certificates[month]));
		}
		return result;
	}

	/** Counts the dates {@code sql} selects per month; grouped here, as date functions differ between H2 and PostgreSQL. */
	private long[] countByMonth(String sql, YearMonth first, int months) {
		String grouped = "select expires_on, count(*) from (" + sql + ") dates group by expires_on";
		return Jdbc.call("Counting expiries by month", () -> {
			long[] counts = new long[months];
			try (PreparedStatement query = connection.prepareStatement(grouped)) {
				Jdbc.setDate(query, 1, first.atDay(1));
				Jdbc.setDate(query, 2, first.plusMonths(months - 1L).atEndOfMonth());
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						YearMonth month = YearMonth.from(Jdbc.date(rows, "expires_on"));
						counts[(int) first.until(month, ChronoUnit.MONTHS)] += rows.getLong(2);
					}
				}
			}
			return counts;
		});
	}

	@Override
	public List<ExpiringDocument> expiring(LocalDate from, LocalDate until, int limit) {
		String sql = "select * from (select r.id, r.family_name, r.given_name, r.family_name_kana, r.given_name_kana, "
				+ "'card' document, c.expires_on from card c join resident r on r.id = c.resident_id "
				+ "where c.status in (" + HELD + ") and c.expires_on between ? and ? "
				+ "union all select r.id, r.family_name, r.given_name, r.family_name_kana, r.given_name_kana, "
				+ "e.kind document, e.expires_on from certificate e join card c on c.id = e.card_id "
				+ "join resident r on r.id = c.resident_id where c.status in (" + HELD + ") and e.revoked_on is null "
				+ "and e.expires_on between ? and ?) expiring order by expires_on, id, document limit ?";
		return Jdbc.call("Listing expiring cards and certificates", () -> {
			try (PreparedStatement query = connection.prepareStatement(sql)) {
				Jdbc.setDate(query, 1, from);
				Jdbc.setDate(query, 2, until);
				Jdbc.setDate(query, 3, from);
				Jdbc.setDate(query, 4, until);
				query.setInt(5, limit);
				List<ExpiringDocument> documents = new ArrayList<>();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						documents.add(new ExpiringDocument(rows.getLong("id"), rows.getString("family_name"), rows.getString("given_name"),
								rows.getString("family_name_kana"), rows.getString("given_name_kana"), rows.getString("document"),
								Jdbc.date(rows, "expires_on")));
					}
				}
				return documents;
			}
		});
	}

	static long count(Connection connection, String sql) {
		return Jdbc.call("Counting", () -> {
			try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		});
	}
}
