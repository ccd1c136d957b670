package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.Optional;

import org.madoguchi.store.FailedLogins;
import org.madoguchi.store.LoginFailures;

/** Failed logins in the table login_failure, one row per operator ID that has any. */
final class JdbcLoginFailures implements LoginFailures {

	private final Connection connection;

	JdbcLoginFailures(Connection connection) {
		this.connection = connection;
	}

	@Override
	public Optional<FailedLogins> find(String operatorId) {
		return Jdbc.call("Reading failed logins", () -> {
			try (PreparedStatement query = connection.prepareStatement("select failures, locked_until from login_failure where operator_id = ?")) {
				query.setString(1, operatorId);
				try (ResultSet row = query.executeQuery()) {
					if (!row.next()) {
						return Optional.empty();
					}
					Timestamp until = row.getTimestamp(2);
					return Optional.of(new FailedLogins(row.getInt(1), until == null ? null : until.toInstant()));
				}
			}
		});
	}

	@Override
	public void save(String operatorId, FailedLogins failures) {
		Jdbc.call("Recording a failed login", () -> {
			clear(operatorId);
			try (PreparedStatement insert = connection
					.prepareStatement("insert into login_failure (operator_id, failures, locked_until) values (?, ?, ?)")) {
				insert.setString(1, operatorId);
				insert.setInt(2, failures.inARow());
				insert.setTimestamp(3, failures.lockedUntil() == null ? null : Timestamp.from(failures.lockedUntil()));
				return insert.executeUpdate();
			}
		});
	}

	@Override
	public void clear(String operatorId) {
		Jdbc.call("Clearing failed logins", () -> {
			try (PreparedStatement delete = connection.prepareStatement("delete from login_failure where operator_id = ?")) {
				delete.setString(1, operatorId);
				return delete.executeUpdate();
			}
		});
	}
}
