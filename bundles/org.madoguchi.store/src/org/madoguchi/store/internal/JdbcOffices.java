package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.madoguchi.store.Offices;
import org.madoguchi.store.RegisteredOffice;

/** The branch offices in table branch_office. */
final class JdbcOffices implements Offices {

	private static final String SELECT = "select code, name, public_key, added_at, id_block from branch_office";

	private final Connection connection;

	JdbcOffices(Connection connection) {
		this.connection = connection;
	}

	@Override
	public void add(RegisteredOffice office) {
		Jdbc.call("Registering office " + office.code(), () -> {
			try (PreparedStatement insert = connection
					.prepareStatement("insert into branch_office (code, name, public_key, added_at, id_block) values (?, ?, ?, ?, ?)")) {
				insert.setString(1, office.code());
				insert.setString(2, office.name());
				insert.setString(3, office.publicKey());
				insert.setTimestamp(4, Timestamp.from(office.addedAt()));
				insert.setLong(5, office.idBlock());
				return insert.executeUpdate();
			}
		});
	}

	@Override
	public Optional<RegisteredOffice> find(String code) {
		return Jdbc.call("Reading office " + code, () -> offices(SELECT + " where code = ?", code).stream().findFirst());
	}

	@Override
	public Optional<RegisteredOffice> withKey(String publicKey) {
		return Jdbc.call("Reading the office of a key", () -> offices(SELECT + " where public_key = ?", publicKey).stream().findFirst());
	}

	@Override
	public Optional<RegisteredOffice> withIdBlock(long idBlock) {
		return Jdbc.call("Reading the office of id block " + idBlock,
				() -> offices(SELECT + " where id_block = ?", idBlock).stream().findFirst());
	}

	@Override
	public List<RegisteredOffice> all() {
		return Jdbc.call("Reading the offices", () -> offices(SELECT + " order by code"));
	}

	private List<RegisteredOffice> offices(String sql, Object... parameters) throws SQLException {
		List<RegisteredOffice> offices = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				query.setObject(i + 1, parameters[i]);
			}
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					offices.add(new RegisteredOffice(rows.getString(1), rows.getString(2), rows.getString(3), rows.getTimestamp(4).toInstant(),
							rows.getLong(5)));
				}
			}
		}
		return offices;
	}

	@Override
	public long lastTaken(String code) {
		return Jdbc.call("Reading what was taken of office " + code, () -> {
			try (PreparedStatement query = connection.prepareStatement("select last_seq from sync_mark where office_code = ?")) {
				query.setString(1, code);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? rows.getLong(1) : 0L;
				}
			}
		});
	}

	@Override
	public Optional<Instant> lastTakenAt(String code) {
		return Jdbc.call("Reading when office " + code + " was last taken", () -> {
			try (PreparedStatement query = connection.prepareStatement("select taken_at from sync_mark where office_code = ?")) {
				query.setString(1, code);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(rows.getTimestamp(1).toInstant()) : Optional.<Instant>empty();
				}
			}
		});
	}

	@Override
	public void taken(String code, long sequence, Instant at) {
		Jdbc.call("Recording what was taken of office " + code, () -> {
			try (PreparedStatement update = connection.prepareStatement("update sync_mark set last_seq = ?, taken_at = ? where office_code = ?")) {
				update.setLong(1, sequence);
				update.setTimestamp(2, Timestamp.from(at));
				update.setString(3, code);
				if (update.executeUpdate() == 1) {
					return null;
				}
			}
			try (PreparedStatement insert = connection.prepareStatement("insert into sync_mark (office_code, last_seq, taken_at) values (?, ?, ?)")) {
				insert.setString(1, code);
				insert.setLong(2, sequence);
				insert.setTimestamp(3, Timestamp.from(at));
				insert.executeUpdate();
			}
			return null;
		});
	}
}
