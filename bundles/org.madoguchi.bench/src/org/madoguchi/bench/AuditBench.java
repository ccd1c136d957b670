package org.madoguchi.bench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.function.Consumer;

import org.madoguchi.service.AuditVerification;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;
import org.madoguchi.store.Store;

/**
 * The {@code audit} line: {@code audit verify} over as many entries as the run has residents,
 * beside a bare JDBC read of the same rows that hashes each with SHA-256 and checks nothing.
 */
final class AuditBench {

	private static final int PER_TRANSACTION = 10_000;

	private AuditBench() {
	}

	static Measurement run(DatabaseLocation db, long entries, Consumer<String> say) throws Exception {
		say.accept("audit: appending " + entries + " entries");
		Register.openOrCreateDemo(db, Login.none()).close();
		// appended through the store itself: the line measures verifying, not the service's appends
		try (Store store = Store.open(org.madoguchi.store.DatabaseLocation.of(db.folder().toString()), null)) {
			for (long from = 0; from < entries; from += PER_TRANSACTION) {
				long first = from;
				store.write(session -> {
					for (long n = first; n < Math.min(entries, first + PER_TRANSACTION); n++) {
						session.audit().append(LocalDateTime.now(), "clerk" + n % 20, "show-number", n % 1_000_000 + 1, "displayed the Individual Number");
					}
					return null;
				});
			}
		}
		say.accept("audit: verify");
		Heap.resetPeak();
		long started = System.nanoTime();
		AuditVerification verification;
		try (Register register = Register.open(db, Login.none())) {
			verification = register.auditIntegrity().verify();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		if (!verification.intact() || verification.verified() < entries) {
			throw new IllegalStateException("The benchmark's trail did not verify: " + verification.message().english());
		}
		double heap = Heap.peakMB();
		say.accept("audit: bare JDBC read and SHA-256 of every row");
		return new Measurement("audit", seconds, bareRead(db), verification.verified(), heap, null, null, null, null);
	}

	private static double bareRead(DatabaseLocation db) throws Exception {
		long started = System.nanoTime();
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (Connection connection = BareH2.connect(db.folder(), "CACHE_SIZE=16384"); PreparedStatement query = connection.prepareStatement(
						"select id, at, operator_id, operation, resident_id, detail, previous_hash, entry_hash from audit_entry order by id");
				ResultSet rows = query.executeQuery()) {
			while (rows.next()) {
				for (int column = 2; column <= 7; column++) {
					String value = rows.getString(column);
					digest.update((value == null ? "-" : value).getBytes(StandardCharsets.UTF_8));
				}
				digest.digest();
			}
		}
		return (System.nanoTime() - started) / 1e9;
	}
}
