package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.madoguchi.store.JobProgress;

final class JdbcJobProgress implements JobProgress {

	private final Connection connection;

	JdbcJobProgress(Connection connection) {
		this.connection = connection;
	}

	@Override
	public long done(String job) {
		return Jdbc.call("Reading the progress of " + job, () -> {
			try (PreparedStatement query = connection.prepareStatement("select done from job_progress where name = ?")) {
				query.setString(1, job);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? rows.getLong(1) : 0L;
				}
			}
		});
	}

	@Override
	public void record(String job, long done, long target) {
		Jdbc.call("Recording the progress of " + job, () -> {
			try (PreparedStatement update = connection.prepareStatement("update job_progress set done = ?, target = ? where name = ?")) {
				update.setLong(1, done);
				update.setLong(2, target);
				update.setString(3, job);
				if (update.executeUpdate() == 1) {
					return 1;
				}
			}
			try (PreparedStatement insert = connection.prepareStatement("insert into job_progress (name, done, target) values (?, ?, ?)")) {
				insert.setString(1, job);
				insert.setLong(2, done);
				insert.setLong(3, target);
				return insert.executeUpdate();
			}
		});
	}

	@Override
	public void finish(String job) {
		Jdbc.call("Finishing " + job, () -> {
			try (PreparedStatement delete = connection.prepareStatement("delete from job_progress where name = ?")) {
				delete.setString(1, job);
				return delete.executeUpdate();
			}
		});
	}
}
