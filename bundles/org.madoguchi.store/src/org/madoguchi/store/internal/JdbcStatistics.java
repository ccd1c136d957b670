package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;

import org.madoguchi.model.CardStatus;
import org.madoguchi.store.Statistics;

final class JdbcStatistics implements Statistics {

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

	static long count(Connection connection, String sql) {
		return Jdbc.call("Counting", () -> {
			try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		});
	}
}
