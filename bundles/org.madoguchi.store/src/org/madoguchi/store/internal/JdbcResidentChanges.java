package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.madoguchi.store.ResidentChange;
import org.madoguchi.store.ResidentChanges;
import org.madoguchi.store.StoreException;

/** Append-only apart from the mark a cancellation leaves on the change it cancels. */
final class JdbcResidentChanges implements ResidentChanges {

	private static final String COLUMNS = "id, resident_id, kind, on_date, notified_on, days_late, operator_id, recorded_at, reason, "
			+ "cancels_change_id, cancelled_by_change_id, state_before, state_after";

	private final Connection connection;
	private final CreatedRecords created;

	JdbcResidentChanges(Connection connection, CreatedRecords created) {
		this.connection = connection;
		this.created = created;
	}

	@Override
	public long add(ResidentChange change) {
		return Jdbc.call("Recording a change of resident " + change.residentId(), () -> {
			try (PreparedStatement insert = connection.prepareStatement("insert into resident_change (resident_id, kind, on_date, "
					+ "notified_on, days_late, operator_id, recorded_at, reason, cancels_change_id, state_before, state_after) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" })) {
				insert.setLong(1, change.residentId());
				insert.setString(2, change.kind());
				Jdbc.setDate(insert, 3, change.on());
				Jdbc.setDate(insert, 4, change.notifiedOn());
				insert.setInt(5, change.daysLate());
				insert.setString(6, change.operator());
				insert.setTimestamp(7, Timestamp.from(change.recordedAt()));
				insert.setString(8, change.reason());
				Jdbc.setLong(insert, 9, change.cancels());
				insert.setString(10, change.before());
				insert.setString(11, change.after());
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					return created.add(connection, "resident_change", "change", keys.getLong(1));
				}
			}
		});
	}

	@Override
	public Optional<ResidentChange> find(long changeId) {
		return Jdbc.call("Reading change " + changeId,
				() -> changes("select " + COLUMNS + " from resident_change where id = ?", changeId).stream().findFirst());
	}

	@Override
	public List<ResidentChange> of(long residentId) {
		return Jdbc.call("Reading the changes of resident " + residentId,
				() -> changes("select " + COLUMNS + " from resident_change where resident_id = ? order by id", residentId));
	}

	@Override
	public void markCancelled(long changeId, long cancellationId) {
		Jdbc.call("Marking change " + changeId + " cancelled", () -> {
			try (PreparedStatement update = connection.prepareStatement(
					"update resident_change set cancelled_by_change_id = ? where id = ? and cancelled_by_change_id is null")) {
				update.setLong(1, cancellationId);
				update.setLong(2, changeId);
				if (update.executeUpdate() != 1) {
					throw StoreException.of("change.gone", changeId);
				}
				return null;
			}
		});
	}

	private List<ResidentChange> changes(String sql, long parameter) throws SQLException {
		List<ResidentChange> changes = new ArrayList<>();
		Jdbc.eachRow(connection, sql, rows -> changes.add(new ResidentChange(rows.getLong("id"), rows.getLong("resident_id"),
				rows.getString("kind"), Jdbc.date(rows, "on_date"), Jdbc.date(rows, "notified_on"), rows.getInt("days_late"),
				rows.getString("operator_id"), rows.getTimestamp("recorded_at").toInstant(), rows.getString("reason"),
				rows.getObject("cancels_change_id", Long.class), rows.getObject("cancelled_by_change_id", Long.class),
				rows.getString("state_before"), rows.getString("state_after"))), parameter);
		return changes;
	}
}
