package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.madoguchi.store.ImportReject;
import org.madoguchi.store.ImportRun;
import org.madoguchi.store.ImportRuns;

final class JdbcImportRuns implements ImportRuns {

	private final Connection connection;

	JdbcImportRuns(Connection connection) {
		this.connection = connection;
	}

	@Override
	public Optional<ImportRun> find(String name) {
		return Jdbc.call("Reading the import run " + name, () -> {
			try (PreparedStatement query = connection.prepareStatement(
					"select lines_done, rows_read, imported, updated, rejected, finished from import_run where name = ?")) {
				query.setString(1, name);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(new ImportRun(name, rows.getLong(1), rows.getLong(2), rows.getLong(3), rows.getLong(4),
							rows.getLong(5), rows.getBoolean(6))) : Optional.<ImportRun>empty();
				}
			}
		});
	}

	@Override
	public void save(ImportRun run) {
		Jdbc.call("Saving the import run " + run.name(), () -> {
			try (PreparedStatement delete = connection.prepareStatement("delete from import_run where name = ?");
					PreparedStatement insert = connection.prepareStatement("insert into import_run "
							+ "(name, lines_done, rows_read, imported, updated, rejected, finished) values (?, ?, ?, ?, ?, ?, ?)")) {
				delete.setString(1, run.name());
				delete.executeUpdate();
				insert.setString(1, run.name());
				insert.setLong(2, run.linesDone());
				insert.setLong(3, run.rowsRead());
				insert.setLong(4, run.imported());
				insert.setLong(5, run.updated());
				insert.setLong(6, run.rejected());
				insert.setBoolean(7, run.finished());
				return insert.executeUpdate();
			}
		});
	}

	@Override
	public void addReject(String runName, ImportReject reject) {
		Jdbc.call("Saving a rejected row", () -> {
			try (PreparedStatement insert = connection.prepareStatement("insert into import_reject "
					+ "(run_name, line, column_name, reason_ja, reason_en, original) values (?, ?, ?, ?, ?, ?)")) {
				insert.setString(1, runName);
				insert.setLong(2, reject.line());
				insert.setString(3, reject.columns());
				insert.setString(4, reject.reasonJapanese());
				insert.setString(5, reject.reasonEnglish());
				insert.setString(6, reject.original());
				return insert.executeUpdate();
			}
		});
	}

	@Override
	public List<ImportReject> rejects(String runName) {
		return Jdbc.call("Reading rejected rows", () -> {
			List<ImportReject> rejects = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement("select line, column_name, reason_ja, reason_en, original "
					+ "from import_reject where run_name = ? order by line, id")) {
				query.setString(1, runName);
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						rejects.add(new ImportReject(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4), rows.getString(5)));
					}
				}
			}
			return rejects;
		});
	}

	@Override
	public void forget(String runName) {
		Jdbc.call("Forgetting the import run " + runName, () -> {
			try (PreparedStatement rejects = connection.prepareStatement("delete from import_reject where run_name = ?");
					PreparedStatement run = connection.prepareStatement("delete from import_run where name = ?")) {
				rejects.setString(1, runName);
				rejects.executeUpdate();
				run.setString(1, runName);
				return run.executeUpdate();
			}
		});
	}
}
