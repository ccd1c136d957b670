package org.madoguchi.service;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.madoguchi.model.values.Problem;
import org.madoguchi.service.internal.OfficeKeys;
import org.madoguchi.store.Identities;
import org.madoguchi.store.JournalEntry;
import org.madoguchi.store.NewAuditEntry;
import org.madoguchi.store.RegisteredOffice;
import org.madoguchi.store.Session;
import org.madoguchi.store.SyncConflict;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Central takes a branch office's change file: the file is checked whole (signature against the
 * office's registered key, every part against the manifest, the entries without gaps after what
 * central took before, their records within the office's block of ids) before anything is
 * applied; then each entry is applied in its own transaction together with the office's mark, so
 * an import killed at any moment and run again ends as one that was never interrupted, and a file
 * imported twice changes nothing the second time.
 */
public final class ChangeFileImport {

	private static final String APPLIED = "applied";
	private static final String SKIPPED = "skipped";
	private static final String CONFLICT = "conflict";
	private static final int PAGE = 1000;
	/** The settings that hold, per office, the last of its audit entries central keeps (the office's own id). */
	private static final String AUDIT_TAKEN = "sync.auditTaken.";

	/**
	 * What an import did: of the file's entries {@code first} to {@code last}, how many were
	 * applied, skipped (taken before) and kept as conflicts; {@code receivedOrder}: the place in
	 * central's order up to which the office had central's entries when it wrote the file.
	 */
	public record Imported(String office, long first, long last, int applied, int skipped, int conflicts, long receivedOrder) {
	}

	/** A reply written: to {@code office}, acknowledging its entries up to {@code acknowledged}, with {@code entries} of others' and {@code conflicts} outcomes. */
	public record Reply(String office, long acknowledged, long entries, long conflicts) {
	}

	private final Register register;

	ChangeFileImport(Register register) {
		this.register = register;
	}

	/**
	 * Imports the change file {@code file} of a registered branch office (a supervisor's, at
	 * central; audited), telling {@code progress} of each entry taken.
	 */
	public Imported importFile(Path file, Progress progress) {
		register.require(Permission.SUPERVISE, "import change files");
		try (ZipFile zip = SyncFiles.open(file)) {
			JsonObject manifest = verified(zip, file);
			String office = manifest.get("office").getAsString();
			long first = manifest.get("first").getAsLong();
			long last = manifest.get("last").getAsLong();
			long taken = register.store().read(session -> session.offices().lastTaken(office));
			if (first > taken + 1) {
				throw ServiceException.of("sync.gap", office, taken + 1, first - 1);
			}
			long receivedOrder = manifest.get("receivedOrder").getAsLong();
			Map<RecordKey, ChangeJournal.Entry> changedHere = changedHere(office, receivedOrder);
			int[] counts = new int[3];
			SyncFiles.lines(zip, ChangeFiles.ENTRIES, line -> {
				ChangeJournal.Entry entry = ChangeJournal.Entry.of(office, line);
				String outcome = take(entry, line, changedHere);
				counts[outcome == APPLIED ? 0 : outcome == SKIPPED ? 1 : 2]++;
				progress.worked(counts[0] + counts[1] + counts[2], last - first + 1);
			});
			takeAudit(zip, office);
			Imported imported = new Imported(office, first, last, counts[0], counts[1], counts[2], receivedOrder);
			register.store().write(session -> {
				register.audit(session, AuditOperation.SYNC_IMPORT, null, AuditDetail.of("syncImport", file, office, first, last, imported.applied(),
						imported.skipped(), imported.conflicts()));
				return null;
			});
			return imported;
		} catch (IOException e) {
			throw ServiceException.of("sync.unreadable", file, e.getMessage());
		}
	}

	/**
	 * Keeps the office's audit entries in central's trail, by the office's operator as
	 * {@code operator@OFFICE}, so that central's trail answers for the whole city; each once, however
	 * often its file arrives, a thousand in a transaction with the office's mark of them.
	 */
	private void takeAudit(ZipFile zip, String office) throws IOException {
		String mark = AUDIT_TAKEN + office;
		long taken = register.store().read(session -> session.settings().get(mark).map(Long::parseLong).orElse(0L));
		List<JsonObject> batch = new ArrayList<>();
		long[] last = { taken };
		Runnable store = () -> {
			List<NewAuditEntry> entries = batch.stream().map(line -> officeAuditEntry(line, office)).toList();
			register.store().write(session -> {
				session.audit().append(entries);
				session.settings().put(mark, String.valueOf(last[0]));
				return null;
			});
			batch.clear();
		};
		SyncFiles.lines(zip, ChangeFiles.AUDIT, line -> {
			long id = line.get("id").getAsLong();
			if (id > last[0]) {
				batch.add(line);
				last[0] = id;
				if (batch.size() == PAGE) {
					store.run();
				}
			}
		});
		if (!batch.isEmpty()) {
			store.run();
		}
	}

	private static NewAuditEntry officeAuditEntry(JsonObject line, String office) {
		JsonElement resident = line.get("resident");
		JsonElement detail = line.get("detail");
		JsonElement message = line.get("detailMessage");
		return new NewAuditEntry(LocalDateTime.parse(line.get("at").getAsString()), line.get("operator").getAsString() + "@" + office,
				line.get("operation").getAsString(), resident == null || resident.isJsonNull() ? null : resident.getAsLong(),
				detail == null || detail.isJsonNull() ? null : detail.getAsString(), message == null || message.isJsonNull() ? null : message.toString());
	}

	/**
	 * Writes central's reply to the office whose file was just imported (a supervisor's; audited):
	 * the acknowledgement, the outcome of each of its entries kept as a conflict, and every entry
	 * here the office had not received, signed with central's key.
	 */
	public Reply reply(Imported imported, Path file) {
		register.require(Permission.SUPERVISE, "write replies to branch offices");
		CentralReplies.Written written = CentralReplies.write(register, imported.office(), imported.receivedOrder(), file);
		register.store().write(session -> {
			register.audit(session, AuditOperation.SYNC_EXPORT, null,
					AuditDetail.of("syncReplyWritten", file, written.office(), written.acknowledged(), written.entries()));
			return null;
		});
		return new Reply(written.office(), written.acknowledged(), written.entries(), written.conflicts());
	}

	/** The manifest, once the file proved to be a whole, signed change file of a registered office that this register can take. */
	private JsonObject verified(ZipFile zip, Path file) throws IOException {
		SyncFiles.Signed signed = SyncFiles.manifest(zip, file, ChangeFiles.FORMAT);
		JsonObject manifest = signed.manifest();
		String office = manifest.get("office").getAsString();
		RegisteredOffice registered = register.store().read(session -> {
			String own = ChangeJournal.office(session);
			if (!own.equals(ChangeJournal.CENTRAL)) {
				throw ServiceException.of("sync.notCentral", own);
			}
			return session.offices().find(office);
		}).orElseThrow(() -> ServiceException.of("sync.unknownOffice", file, office));
		if (!signed.by(OfficeKeys.fromText(registered.publicKey()))) {
			throw ServiceException.of("sync.signature", file, office);
		}
		SyncFiles.requireSchema(manifest, file, register.store().schemaVersion());
		checkEntries(zip, file, manifest, registered);
		SyncFiles.checkPart(zip, file, ChangeFiles.AUDIT, manifest.get("auditSha256").getAsString(), manifest.get("auditCount").getAsLong(), line -> {
		});
		return manifest;
	}

	/** The entries part: as the manifest says, numbered without gaps, and creating records only within the office's block. */
	private static void checkEntries(ZipFile zip, Path file, JsonObject manifest, RegisteredOffice office) throws IOException {
		long first = manifest.get("first").getAsLong();
		long[] expected = { first };
		long lowest = office.idBlock() * Identities.BLOCK;
		SyncFiles.checkPart(zip, file, ChangeFiles.ENTRIES, manifest.get("entriesSha256").getAsString(), manifest.get("count").getAsLong(), line -> {
			long sequence = line.get("sequence").getAsLong();
			if (sequence != expected[0]++) {
				throw SyncFiles.damaged(file, ChangeFiles.ENTRIES);
			}
			for (RecordKey key : RecordKey.created(line.get("created").toString())) {
				if (key.id() < lowest || key.id() >= lowest + Identities.BLOCK) {
					throw ServiceException.of("sync.outsideBlock", file, sequence, key.toString(), office.idBlock());
				}
			}
		});
		if (expected[0] - first != manifest.get("count").getAsLong() || manifest.get("count").getAsLong() > 0 && expected[0] - 1 != manifest.get("last").getAsLong()) {
			throw SyncFiles.damaged(file, ChangeFiles.ENTRIES);
		}
	}

	/**
	 * The entries of other offices and of central's own counter that the office had not received
	 * when it wrote its file (those after place {@code receivedOrder} in central's order), by each
	 * record they read: an office entry that read one of those records decided on a state that is
	 * no longer central's.
	 */
	private Map<RecordKey, ChangeJournal.Entry> changedHere(String office, long receivedOrder) {
		return register.store().read(session -> {
			Map<RecordKey, ChangeJournal.Entry> changed = new HashMap<>();
			for (List<JournalEntry> page = session.journal().inOrderAfter(receivedOrder, office, PAGE); !page.isEmpty();
					page = session.journal().inOrderAfter(page.get(page.size() - 1).order(), office, PAGE)) {
				for (JournalEntry entry : page) {
					ChangeJournal.Entry known = ChangeJournal.Entry.of(entry);
					RecordKey.read(entry.reads()).forEach(key -> changed.put(key, known));
				}
			}
			return changed;
		});
	}

	/** Applies one entry with the office's mark, or keeps it as a conflict with the mark, or skips it when it was taken before. */
	private String take(ChangeJournal.Entry entry, JsonObject line, Map<RecordKey, ChangeJournal.Entry> changedHere) {
		try {
			return register.store().write(session -> {
				if (session.offices().lastTaken(entry.office()) >= entry.sequence()) {
					return SKIPPED;
				}
				ChangeJournal.Entry competing = RecordKey.read(entry.reads()).stream().map(changedHere::get)
						.filter(Objects::nonNull).findFirst().orElse(null);
				if (competing != null) {
					keep(session, entry, line, new Problem(ServiceException.class, "sync.changedHere", competing.office(),
							competing.sequence(), competing.useCase()), competing);
					return CONFLICT;
				}
				EntryReplay.apply(register, session, entry);
				session.offices().taken(entry.office(), entry.sequence(), register.now());
				return APPLIED;
			});
		} catch (ServiceException refused) {
			return register.store().write(session -> {
				if (session.offices().lastTaken(entry.office()) >= entry.sequence()) {
					return SKIPPED;
				}
				keep(session, entry, line, refused.problem(), null);
				return CONFLICT;
			});
		}
	}

	private void keep(Session session, ChangeJournal.Entry entry, JsonObject line, Problem reason,
			ChangeJournal.Entry competing) {
		JsonObject why = new JsonObject();
		why.addProperty("en", reason.english());
		why.addProperty("ja", reason.japanese());
		session.conflicts().add(new SyncConflict(0, entry.office(), entry.sequence(), entry.useCase(), residentOf(session, entry), why.toString(),
				line.toString(), competing == null ? null : centralSide(competing), register.now(), SyncConflict.PENDING, null, null, null));
		session.offices().taken(entry.office(), entry.sequence(), register.now());
	}

	/** The entry that changed the record at central, with the office that recorded it. */
	private static String centralSide(ChangeJournal.Entry competing) {
		JsonObject side = competing.json();
		side.addProperty("office", competing.office());
		return side.toString();
	}

	/**
	 * The resident an entry is about: the first it made at the office (a registration, a birth: when
	 * central keeps its own state, the office takes central's state of it, which is none), else the
	 * first it read, or the holder of the first card it read that exists here.
	 */
	private static Long residentOf(Session session, ChangeJournal.Entry entry) {
		return Stream.concat(RecordKey.created(entry.created()).stream(), RecordKey.read(entry.reads()).stream())
				.flatMap(key -> key.resident(session).stream()).findFirst().orElse(null);
	}

}
