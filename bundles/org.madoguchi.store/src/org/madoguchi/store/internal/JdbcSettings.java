package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;

import org.madoguchi.store.Settings;

final class JdbcSettings implements Settings {

	private final Connection connection;

	JdbcSettings(Connection connection) {
		this.connection = connection;
	}

	@Override
	public Optional<String> get(String name) {
		return Jdbc.call("Reading the setting " + name, () -> {
			try (PreparedStatement query = connection.prepareStatement("select val from database_setting where name = ?")) {
				query.setString(1, name);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
				}
			}
		});
	}

	@Override
	public void remove(String name) {
		Jdbc.call("Removing the setting " + name, () -> {
			try (PreparedStatement delete = connection.prepareStatement("delete from database_setting where name = ?")) {
				delete.setString(1, name);
				return delete.executeUpdate();
			}
		});
	}

	@Override
	public void put(String name, String value) {
		Jdbc.call("Saving the setting " + name, () -> {
			try (PreparedStatement delete = connection.prepareStatement("delete from database_setting where name = ?");
					PreparedStatement insert = connection.prepareStatement("insert into database_setting (name, val) values (?, ?)")) {
				delete.setString(1, name);
				delete.executeUpdate();
				insert.setString(1, name);
				insert.setString(2, value);
				return insert.executeUpdate();
			}
		});
	}
}
