package org.madoguchi.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.madoguchi.service.internal.DraftFile;
import org.madoguchi.store.ChainedAuditEntry;
import org.madoguchi.store.JournalEntry;
import org.madoguchi.store.Session;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The change files a branch office carries to central: its journal entries and its audit entries
 * since the last file, signed with the office's Ed25519 key. A file is a zip of {@value SyncFiles#MANIFEST}
 * (format, office, schema version, the entries' range and SHA-256, the audit entries' count and
 * SHA-256, the audit chain's head), {@value #ENTRIES} and {@value #AUDIT} (one JSON object per
 * entry, in order) and {@value SyncFiles#SIGNATURE} (the Base64 Ed25519 signature of the manifest's bytes,
 * which cover the other files through their SHA-256).
 */
public final class ChangeFiles {

	static final String FORMAT = "madoguchi-sync-1";
	static final String ENTRIES = "entries.jsonl";
	static final String AUDIT = "audit.jsonl";
	/** The setting that holds the last audit entry a change file carried. */
	private static final String AUDIT_EXPORTED = "sync.auditExported";
	private static final int PAGE = 1000;

	/**
	 * What a file carries.
	 *
	 * @param first the first entry's sequence number; 0 when there is none
	 * @param auditEntries how many audit entries it carries
	 */
	public record Summary(String office, long first, long last, long count, long auditEntries) {
	}

	/** The journal's part of a file, and the last audit entry it carries. */
	private record Written(Summary summary, long lastAuditEntry) {
	}

	private final Register register;

	ChangeFiles(Register register) {
		this.register = register;
	}

	/**
	 * Writes every entry of this office's journal central has not acknowledged, and its audit
	 * entries since the last file, to {@code file}, signed (a supervisor's, as the entries hold what
	 * the counter typed; audited). Exporting again writes the same journal entries, and those
	 * recorded since.
	 */
	public Summary export(Path file) {
		register.require(Permission.SUPERVISE, "export change files");
		String office = register.journal().office();
		PrivateKey key = Replicas.keys(register, office).privateKey(register.databaseKey());
		Written written = DraftFile.write(file, draft -> register.store().read(session -> write(session, office, key, draft)));
		Summary summary = written.summary();
		register.store().write(session -> {
			auditExported(session, written.lastAuditEntry());
			SyncStatus.exported(session, register.now(), summary);
			register.audit(session, AuditOperation.SYNC_EXPORT, null,
					summary.count() == 0 ? AuditDetail.of("syncExportNone", file)
							: AuditDetail.of("syncExport", file, summary.count(), summary.first(), summary.last()));
			return null;
		});
		return summary;
	}

	/** Records that the audit entries up to {@code entryId} went to central (the next file starts after it). */
	static void auditExported(Session session, long entryId) {
		session.settings().put(AUDIT_EXPORTED, String.valueOf(entryId));
	}

	private Written write(Session session, String office, PrivateKey key, Path draft) {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(draft))) {
			MessageDigest entriesDigest = MessageDigest.getInstance("SHA-256");
			long acknowledged = Long.parseLong(session.settings().get(ReplyImport.ACKNOWLEDGED).orElse("0"));
			Lines entries = journal(session, office, acknowledged, SyncFiles.part(zip, ENTRIES, entriesDigest));
			zip.closeEntry();
			MessageDigest auditDigest = MessageDigest.getInstance("SHA-256");
			long exported = Long.parseLong(session.settings().get(AUDIT_EXPORTED).orElse("0"));
			Lines audit = audit(session, exported, SyncFiles.part(zip, AUDIT, auditDigest));
			zip.closeEntry();
			JsonObject manifest = new JsonObject();
			manifest.addProperty("format", FORMAT);
			manifest.addProperty("office", office);
			manifest.addProperty("schemaVersion", register.store().schemaVersion());
			manifest.addProperty("createdAt", register.now().toString());
			manifest.addProperty("first", entries.first());
			manifest.addProperty("last", entries.last());
			manifest.addProperty("count", entries.count());
			manifest.addProperty("entriesSha256", HexFormat.of().formatHex(entriesDigest.digest()));
			manifest.addProperty("auditCount", audit.count());
			manifest.addProperty("auditSha256", HexFormat.of().formatHex(auditDigest.digest()));
			// central's entries up to here were in the office's backup or replies: central's reply starts after them
			manifest.addProperty("receivedOrder", receivedOrder(session));
			session.audit().head().ifPresent(head -> {
				manifest.addProperty("auditHeadEntry", head.entryId());
				manifest.addProperty("auditHeadSha256", head.hash());
			});
			SyncFiles.writeSigned(zip, manifest, key);
			Summary summary = new Summary(office, entries.first(), entries.last(), entries.count(), audit.count());
			return new Written(summary, audit.count() == 0 ? exported : audit.last());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 and SHA-256 are part of every Java 17", e);
		}
	}

	/** The lines written to a part of the file, by the numbers (sequence or audit entry id) of the first and the last. */
	private record Lines(long first, long last, long count) {
		Lines and(long number) {
			return new Lines(count == 0 ? number : first, number, count + 1);
		}
	}

	/** The office's journal entries after {@code acknowledged}, a page at a time. */
	private static Lines journal(Session session, String office, long acknowledged, OutputStream out) throws IOException {
		Lines lines = new Lines(0, 0, 0);
		for (List<JournalEntry> page = session.journal().after(office, acknowledged, PAGE); !page.isEmpty();
				page = session.journal().after(office, lines.last(), PAGE)) {
			for (JournalEntry entry : page) {
				SyncFiles.writeLine(out, line(entry));
				lines = lines.and(entry.sequence());
			}
		}
		out.flush();
		return lines;
	}

	/** The audit entries after {@code exported}, with their hashes. */
	private static Lines audit(Session session, long exported, OutputStream out) throws IOException {
		AtomicReference<Lines> lines = new AtomicReference<>(new Lines(0, 0, 0));
		session.audit().chainedAfter(exported, entry -> {
			SyncFiles.writeLine(out, line(entry));
			lines.set(lines.get().and(entry.id()));
		});
		out.flush();
		return lines.get();
	}

	/** An entry as a line of the file. */
	private static String line(JournalEntry entry) {
		return ChangeJournal.Entry.of(entry).json().toString();
	}

	/** An audit entry as a line of the file, with its place in the office's hash chain. */
	private static String line(ChainedAuditEntry entry) {
		JsonObject line = new JsonObject();
		line.addProperty("id", entry.id());
		line.addProperty("at", entry.at().toString());
		line.addProperty("operator", entry.operatorId());
		line.addProperty("operation", entry.operation());
		line.addProperty("resident", entry.residentId());
		line.addProperty("detail", entry.detail());
		if (entry.detailMessage() != null) {
			line.add("detailMessage", JsonParser.parseString(entry.detailMessage()));
		}
		line.addProperty("previousHash", entry.previousHash());
		line.addProperty("hash", entry.hash());
		return line.toString();
	}


	/**
	 * How far in central's order this office has central's entries: its highest place, or just
	 * before the first entry it holds back unrun, so that central still judges the office's later
	 * entries on those records against it.
	 */
	private static long receivedOrder(Session session) {
		List<JournalEntry> held = session.journal().held();
		return held.isEmpty() || held.get(0).order() == null ? session.journal().highestOrder() : held.get(0).order() - 1;
	}
}
