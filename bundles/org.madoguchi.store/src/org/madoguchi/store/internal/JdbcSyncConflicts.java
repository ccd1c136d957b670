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

import org.madoguchi.store.SyncConflict;
import org.madoguchi.store.SyncConflicts;

/** The conflicts in table sync_conflict. */
final class JdbcSyncConflicts implements SyncConflicts {

	private static final String SELECT = "select id, office_code, seq, use_case, resident_id, reason, office_entry, central_side, "
			+ "detected_at, status, decided_by, decided_at, decision_reason from sync_conflict";

	private final Connection connection;

	JdbcSyncConflicts(Connection connection) {
		this.connection = connection;
	}

	@Override
	public long add(SyncConflict conflict) {
		return Jdbc.call("Keeping entry " + conflict.sequence() + " of office " + conflict.office() + " as a conflict", () -> {
			try (PreparedStatement insert = connection.prepareStatement("insert into sync_conflict (office_code, seq, use_case, resident_id, "
					+ "reason, office_entry, central_side, detected_at, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" })) {
				insert.setString(1, conflict.office());
				insert.setLong(2, conflict.sequence());
				insert.setString(3, conflict.useCase());
				Jdbc.setLong(insert, 4, conflict.residentId());
				insert.setString(5, conflict.reason());
				insert.setString(6, conflict.officeEntry());
				insert.setString(7, conflict.centralSide());
				insert.setTimestamp(8, Timestamp.from(conflict.detectedAt()));
				insert.setString(9, SyncConflict.PENDING);
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					return keys.getLong(1);
				}
			}
		});
	}

	@Override
	public Optional<SyncConflict> find(long id) {
		return Jdbc.call("Reading conflict " + id, () -> conflicts(SELECT + " where id = ?", id).stream().findFirst());
	}

	@Override
	public List<SyncConflict> list(boolean all) {
		return Jdbc.call("Reading the conflicts", () -> conflicts(SELECT + (all ? "" : " where status = 'pending'") + " order by id"));
	}

	@Override
	public boolean decide(long id, String status, String decidedBy, Instant decidedAt, String reason) {
		return Jdbc.call("Deciding conflict " + id, () -> {
			try (PreparedStatement update = connection.prepareStatement("update sync_conflict set status = ?, decided_by = ?, decided_at = ?, "
					+ "decision_reason = ? where id = ? and status = 'pending'")) {
				update.setString(1, status);
				update.setString(2, decidedBy);
				update.setTimestamp(3, Timestamp.from(decidedAt));
				update.setString(4, reason);
				update.setLong(5, id);
				return update.executeUpdate() == 1;
			}
		});
	}

	private List<SyncConflict> conflicts(String sql, Object... arguments) throws SQLException {
		List<SyncConflict> conflicts = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(sql)) {
			for (int i = 0; i < arguments.length; i++) {
				query.setObject(i + 1, arguments[i]);
			}
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					Timestamp decidedAt = rows.getTimestamp(12);
					conflicts.add(new SyncConflict(rows.getLong(1), rows.getString(2), rows.getLong(3), rows.getString(4),
							(Long) rows.getObject(5, Long.class), rows.getString(6), rows.getString(7), rows.getString(8),
							rows.getTimestamp(9).toInstant(), rows.getString(10), rows.getString(11), decidedAt == null ? null : decidedAt.toInstant(),
							rows.getString(13)));
				}
			}
		}
		return conflicts;
	}
}
