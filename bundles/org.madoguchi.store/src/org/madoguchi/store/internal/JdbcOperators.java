package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.madoguchi.store.Operator;
import org.madoguchi.store.OperatorAccount;
import org.madoguchi.store.Operators;

final class JdbcOperators implements Operators {

	private static final String COLUMNS = "select id, name, role, password_hash, active from operator";

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
		return account(id).filter(OperatorAccount::active).map(OperatorAccount::operator);
	}

	@Override
	public Optional<OperatorAccount> account(String id) {
		return Jdbc.call("Reading the operator " + id, () -> {
			try (PreparedStatement query = connection.prepareStatement(COLUMNS + " where id = ?")) {
				query.setString(1, id);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(account(rows)) : Optional.<OperatorAccount>empty();
				}
			}
		});
	}

	@Override
	public List<OperatorAccount> accounts() {
		return Jdbc.call("Reading the operators", () -> {
			List<OperatorAccount> accounts = new ArrayList<>();
			Jdbc.eachRow(connection, COLUMNS + " order by id", row -> accounts.add(account(row)));
			return accounts;
		});
	}

	private static OperatorAccount account(ResultSet row) throws java.sql.SQLException {
		return new OperatorAccount(new Operator(row.getString(1), row.getString(2), row.getString(3), row.getString(4)),
				row.getBoolean(5));
	}

	@Override
	public void disable(String id) {
		update("Disabling the operator " + id, "update operator set active = false where id = ?", id);
	}

	@Override
	public void changeRole(String id, String role) {
		update("Changing the role of " + id, "update operator set role = ? where id = ?", role, id);
	}

	@Override
	public void changePassword(String id, String passwordHash) {
		update("Changing the password of " + id, "update operator set password_hash = ? where id = ?", passwordHash, id);
	}

	private void update(String what, String sql, String... values) {
		Jdbc.call(what, () -> {
			try (PreparedStatement update = connection.prepareStatement(sql)) {
				for (int i = 0; i < values.length; i++) {
					update.setString(i + 1, values[i]);
				}
				return update.executeUpdate();
			}
		});
	}

	@Override
	public long count() {
		return JdbcStatistics.count(connection, "select count(*) from operator");
	}
}
