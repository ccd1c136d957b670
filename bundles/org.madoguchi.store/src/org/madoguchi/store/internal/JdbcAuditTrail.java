package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.madoguchi.store.AuditAnchor;
import org.madoguchi.store.AuditChainCheck;
import org.madoguchi.store.AuditEntry;
import org.madoguchi.store.ChainedAuditEntry;
import org.madoguchi.store.AuditTrail;
import org.madoguchi.store.NewAuditEntry;

/** Append-only: no update or delete of audit_entry anywhere in the code but the migration that chained the entries already there. */
final class JdbcAuditTrail implements AuditTrail {

	private final Connection connection;

	JdbcAuditTrail(Connection connection) {
		this.connection = connection;
	}

	@Override
	public void append(List<NewAuditEntry> entries) {
		// as a timestamp column holds them, to the microsecond both databases keep
		List<NewAuditEntry> stamped = entries.stream().map(entry -> new NewAuditEntry(entry.at().truncatedTo(ChronoUnit.MICROS),
				entry.operatorId(), entry.operation(), entry.residentId(), entry.detail(), entry.detailMessage())).toList();
		Jdbc.call("Writing the audit trail", () -> {
			AuditChain.append(connection, stamped);
			return null;
		});
	}

	@Override
	public Optional<AuditAnchor> head() {
		return Jdbc.call("Reading the audit trail's head", () -> AuditChain.head(connection));
	}

	@Override
	public AuditChainCheck verify(AuditAnchor anchor) {
		return Jdbc.call("Verifying the audit trail", () -> AuditChain.verify(connection, anchor));
	}

	@Override
	public void chained(LocalDate from, LocalDate until, Consumer<ChainedAuditEntry> each) {
		Jdbc.call("Reading the audit trail", () -> {
			AuditChain.chained(connection, from, until, each);
			return null;
		});
	}

	@Override
	public void chainedAfter(long entryId, Consumer<ChainedAuditEntry> each) {
		Jdbc.call("Reading the audit trail", () -> {
			AuditChain.chainedAfter(connection, entryId, each);
			return null;
		});
	}

	@Override
	public List<AuditEntry> entries(String operatorId, Long residentId, LocalDate from, LocalDate until, int limit) {
		StringBuilder sql = new StringBuilder("select id, at, operator_id, operation, resident_id, detail, detail_message from audit_entry where 1 = 1");
		List<Object> parameters = new ArrayList<>();
		if (operatorId != null) {
			sql.append(" and operator_id = ?");
			parameters.add(operatorId);
		}
		if (residentId != null) {
			sql.append(" and resident_id = ?");
			parameters.add(residentId);
		}
		if (from != null) {
			sql.append(" and at >= ?");
			parameters.add(Timestamp.valueOf(from.atStartOfDay()));
		}
		if (until != null) {
			sql.append(" and at < ?");
			parameters.add(Timestamp.valueOf(until.plusDays(1).atStartOfDay()));
		}
		sql.append(" order by id limit ?");
		return Jdbc.call("Reading the audit trail", () -> {
			try (PreparedStatement query = connection.prepareStatement(sql.toString())) {
				int index = 1;
				for (Object parameter : parameters) {
					query.setObject(index++, parameter);
				}
				query.setInt(index, limit);
				List<AuditEntry> entries = new ArrayList<>();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						long resident = rows.getLong(5);
						Long about = rows.wasNull() ? null : resident;
						entries.add(new AuditEntry(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
								rows.getString(4), about, rows.getString(6), rows.getString(7)));
					}
				}
				return entries;
			}
		});
	}
}
