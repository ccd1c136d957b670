package org.madoguchi.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.madoguchi.model.values.Label;
import org.madoguchi.service.internal.DraftFile;
import org.madoguchi.store.ChainedAuditEntry;

/**
 * The audit trail of some days as a CSV file, to archive it elsewhere: the application never
 * deletes an entry. Each row keeps the entry's time as hashed and both hashes of the chain, so
 * that the archive can be checked entry by entry with the rule the README gives. The auditor's
 * and the supervisor's; audited.
 */
public final class AuditArchive {

	static final String HEADER = "id,at,operator,operation,resident,detail,previous_hash,entry_hash";
	private static final DateTimeFormatter STORED_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

	private final Register register;

	AuditArchive(Register register) {
		this.register = register;
	}

	/** Writes the entries of {@code from} to {@code until} (days inclusive, either null for no bound); returns how many. */
	public long export(LocalDate from, LocalDate until, Path file) {
		register.require(Permission.READ_AUDIT, "export the audit trail");
		long written = DraftFile.write(file, draft -> {
			try (BufferedWriter out = Files.newBufferedWriter(draft, StandardCharsets.UTF_8)) {
				out.write(HEADER + "\r\n");
				long[] rows = { 0 };
				register.store().read(session -> {
					session.audit().chained(from, until, entry -> {
						write(out, entry);
						rows[0]++;
					});
					return null;
				});
				return rows[0];
			}
		});
		register.store().write(session -> {
			register.audit(session, AuditOperation.AUDIT_EXPORT, null, AuditDetail.of("auditExport", written,
					from == null ? new Label("audit.first") : from, until == null ? new Label("audit.newest") : until, file));
			return null;
		});
		return written;
	}

	private static void write(BufferedWriter out, ChainedAuditEntry entry) {
		try {
			out.write(String.join(",", String.valueOf(entry.id()), STORED_TIME.format(entry.at()), field(entry.operatorId()),
					field(entry.operation()), entry.residentId() == null ? "" : entry.residentId().toString(), field(entry.detail()),
					field(entry.previousHash()), field(entry.hash())) + "\r\n");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A CSV field, quoted when it holds a comma, a quote or a line break (RFC 4180); empty for none, {@code ""} for empty text. */
	private static String field(String value) {
		if (value == null) {
			return "";
		}
		return value.isEmpty() || value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")
				? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}
}
