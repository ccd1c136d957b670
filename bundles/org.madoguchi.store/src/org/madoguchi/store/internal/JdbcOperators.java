package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.madoguchi.store.Operator;
import org.madoguchi.store.Operators;

final class JdbcOperators implements Operators {

	private final Connection connection;

	JdbcOperators(Connection connection) {
		this.connection = connection;
	}

	@Override
	public void insert(Operator operator) {
		Jdbc.call("Adding the operator " + operator.id(), () -> {
			try (PreparedStatement insert = connection
					.prepareStatement("insert into operator (id, name, role, password_hash, created_at) values (?, ?, ?, ?, ?)")) {
				insert.setString(1, operator.id());
				insert.setString(2, operator.name());
				insert.setString(3, operator.role());
				insert.setString(4, operator.passwordHash());
				insert.setTimestamp(5, Timestamp.from(Instant.now()));
				return insert.executeUpdate();
			}
		});
	}

	@Override
	public Optional<Operator> find(String id) {
		return Jdbc.call("Reading the operator " + id, () -> {
			try (PreparedStatement query = connection.prepareStatement("select id, name, role, password_hash from operator where id = ?")) {
				query.setString(1, id);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next()
							? Optional.of(new Operator(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4)))
							: Optional.<Operator>empty();
				}
			}
		});
	}

	@Override
	public long count() {
		return JdbcStatistics.count(connection, "select count(*) from operator");
	}
}
