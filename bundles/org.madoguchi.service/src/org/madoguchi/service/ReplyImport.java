package org.madoguchi.service;

import java.io.IOException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.madoguchi.service.internal.CentralKeys;
import org.madoguchi.store.JournalEntry;
import org.madoguchi.store.Session;

import com.google.gson.JsonObject;

/**
 * A branch office takes central's reply: checked whole first (signed with the key of the central
 * register it was made from, meant for this office, every part as the manifest says); then each of
 * central's entries the office has not received is applied by the same use case, in central's
 * order, each in its own transaction, so that a reply imported twice, or killed and run again,
 * ends the same; for a resident of a decided conflict the office takes central's state as it is;
 * the acknowledgement moves the office's next change file past what central took.
 * <p>
 * An entry of central's that this register refuses while the office has entries central has not
 * decided (both registered one Individual Number, say) is held: kept in the journal unrun, with
 * every later entry on its records, and applied by the first reply after which it no longer is
 * refused. With nothing of the office's outstanding, a refusal stops the import: the registers
 * would differ.
 */
public final class ReplyImport {

	/** The setting that holds the office's last entry central acknowledged. */
	static final String ACKNOWLEDGED = "sync.acknowledged";
	/** The setting that holds how far in central's order the newest reply taken reached ({@code through}). */
	private static final String REPLY_THROUGH = "sync.replyThrough";
	/** When central wrote the newest reply taken: of two replies through the same entry, a decision central took between them tells them apart. */
	private static final String REPLY_WRITTEN = "sync.replyWritten";

	/**
	 * What a reply did.
	 *
	 * @param acknowledged the office's last entry central took
	 * @param applied central's entries applied here (held ones of earlier replies among them); {@code skipped} those taken before
	 * @param kept central's entries only on residents of the office's conflicts, kept unrun: central's state of those residents is taken instead
	 * @param held central's entries waiting here, after this reply, until the office's outstanding entries are decided
	 * @param pending the office's entries central keeps as conflicts still undecided
	 * @param superseded the office's entries central decided against: central's state stands for their records
	 * @param older the reply is older than one taken before: its word on the conflicts ({@code pending}, {@code superseded}) and its states were not taken
	 */
	public record Imported(String office, long acknowledged, int applied, int skipped, int kept, int held, List<Long> pending, List<Long> superseded,
			boolean older) {
	}

	/** The residents the office's entries since central's acknowledgement are on, and the office's last entry then. */
	private record RecordedHere(Set<Long> residents, long through) {
	}

	/** What became of one of central's entries here. */
	private enum Taken {
		APPLIED, SKIPPED, KEPT, HELD
	}

	private final Register register;

	ReplyImport(Register register) {
		this.register = register;
	}

	/** Imports central's reply {@code file} at this branch office (a supervisor's; audited), telling {@code progress} of each entry. */
	public Imported importFile(Path file, Progress progress) {
		register.require(Permission.SUPERVISE, "import central's replies");
		try (ZipFile zip = SyncFiles.open(file)) {
			JsonObject manifest = verified(zip, file);
			String office = manifest.get("office").getAsString();
			long acknowledged = manifest.get("acknowledged").getAsLong();
			List<Long> pending = new ArrayList<>();
			List<Long> superseded = new ArrayList<>();
			Set<Long> contested = new HashSet<>();
			SyncFiles.lines(zip, CentralReplies.OUTCOMES, line -> {
				switch (line.get("outcome").getAsString()) {
				case "pending" -> pending.add(line.get("sequence").getAsLong());
				case "superseded" -> superseded.add(line.get("sequence").getAsLong());
				default -> {
					// applied: nothing left to say about it
				}
				}
				if (line.has("resident")) {
					contested.add(line.get("resident").getAsLong());
				}
			});
			long total = manifest.get("count").getAsLong();
			long through = manifest.get("through").getAsLong();
			Instant written = Instant.parse(manifest.get("createdAt").getAsString());
			// a reply older than one taken before (sticks carried out of order) brings its entries, never its older states
			boolean newest = register.store().read(session -> notOlderThanTaken(session, through, written));
			RecordedHere here = register.store().read(session -> new RecordedHere(recordedSince(session, office, acknowledged),
					session.journal().highestByOffice().getOrDefault(office, acknowledged)));
			Set<Long> changedHereSince = here.residents();
			// the office's records of a decided conflict that central does not hold go first: they may hold numbers central's entries take
			takeStates(zip, newest, office, here, true);
			Waiting waiting = register.store().read(Waiting::held);
			boolean outstanding = !pending.isEmpty() || !changedHereSince.isEmpty() || !waiting.isEmpty();
			int[] counts = new int[Taken.values().length];
			long[] seen = { 0 };
			SyncFiles.lines(zip, ChangeFiles.ENTRIES, line -> {
				ChangeJournal.Entry entry = ChangeJournal.Entry.of(line.get("office").getAsString(), line);
				counts[take(entry, contested, waiting, outstanding).ordinal()]++;
				progress.worked(++seen[0], total);
			});
			takeStates(zip, newest, office, here, false);
			counts[Taken.APPLIED.ordinal()] += releaseHeld(contested);
			int held = register.store().read(session -> session.journal().held().size());
			Imported imported = new Imported(office, acknowledged, counts[Taken.APPLIED.ordinal()], counts[Taken.SKIPPED.ordinal()],
					counts[Taken.KEPT.ordinal()], held, pending, superseded, !newest);
			register.store().write(session -> {
				long before = Long.parseLong(session.settings().get(ACKNOWLEDGED).orElse("0"));
				session.settings().put(ACKNOWLEDGED, String.valueOf(Math.max(before, acknowledged)));
				if (newest) {
					session.settings().put(REPLY_THROUGH, String.valueOf(through));
					session.settings().put(REPLY_WRITTEN, written.toString());
					SyncStatus.replied(session, register.now(), imported);
				}
				register.audit(session, AuditOperation.SYNC_IMPORT, null,
						held == 0 ? AuditDetail.of("syncReply", file, acknowledged, imported.applied(), imported.skipped(), pending.size(), superseded.size())
								: AuditDetail.of("syncReplyHeld", file, acknowledged, imported.applied(), imported.skipped(), pending.size(),
										superseded.size(), held));
				return null;
			});
			return imported;
		} catch (IOException e) {
			throw ServiceException.of("sync.unreadable", file, e.getMessage());
		}
	}

	/**
	 * Takes central's state of each resident of a decided conflict the reply carries, unless the
	 * reply is older than one taken or the office recorded something on the resident since central's
	 * acknowledgement (that travels to central first); with {@code absentOnly}, only of those central
	 * does not hold (the office's records central decided against), which the office removes. The
	 * counter goes on while a reply is taken: what the office recorded after the import began is
	 * asked again in the transaction that replaces the state, so that a clerk's change made
	 * meanwhile is not put under central's state.
	 */
	private void takeStates(ZipFile zip, boolean newest, String office, RecordedHere here, boolean absentOnly) throws IOException {
		if (!newest) {
			return;
		}
		SyncFiles.lines(zip, CentralReplies.STATES, line -> {
			long resident = line.get("resident").getAsLong();
			Map<String, String> state = new LinkedHashMap<>();
			line.getAsJsonObject("state").entrySet().forEach(table -> state.put(table.getKey(), table.getValue().getAsString()));
			if (!absentOnly || absent(state)) {
				register.store().write(session -> {
					// held first: a clerk's change to the resident then has committed with its entry, or waits for this one
					session.residentStates().lock(resident);
					if (!here.residents().contains(resident) && !recordedSince(session, office, here.through()).contains(resident)) {
						session.residentStates().replace(resident, state);
					}
					return null;
				});
			}
		});
	}

	/** Whether a state holds no resident: its resident table has a header and no row. */
	private static boolean absent(Map<String, String> state) {
		return state.getOrDefault("resident", "").strip().lines().count() <= 1;
	}

	/** The manifest, once the file proved to be a whole reply of this office's central, meant for this office. */
	private JsonObject verified(ZipFile zip, Path file) throws IOException {
		SyncFiles.Signed signed = SyncFiles.manifest(zip, file, CentralReplies.FORMAT);
		JsonObject manifest = signed.manifest();
		String office = manifest.get("office").getAsString();
		PublicKey central = register.store().read(session -> {
			String own = ChangeJournal.office(session);
			if (own.equals(ChangeJournal.CENTRAL)) {
				throw ServiceException.of("sync.replyAtCentral", file);
			}
			if (!own.equals(office)) {
				throw ServiceException.of("sync.replyForOther", file, office, own);
			}
			return CentralKeys.publicKey(session.settings());
		}).orElseThrow(() -> ServiceException.of("sync.noCentralKey", file));
		if (!signed.by(central)) {
			throw ServiceException.of("sync.replySignature", file);
		}
		SyncFiles.requireSchema(manifest, file, register.store().schemaVersion());
		SyncFiles.checkPart(zip, file, CentralReplies.OUTCOMES, manifest.get("outcomesSha256").getAsString(), manifest.get("outcomesCount").getAsLong(),
				line -> {
				});
		SyncFiles.checkPart(zip, file, CentralReplies.STATES, manifest.get("statesSha256").getAsString(), manifest.get("statesCount").getAsLong(),
				line -> {
				});
		SyncFiles.checkPart(zip, file, ChangeFiles.ENTRIES, manifest.get("entriesSha256").getAsString(), manifest.get("count").getAsLong(), line -> {
			if (!line.has("order") || line.get("office").getAsString().equals(office)) {
				throw SyncFiles.damaged(file, ChangeFiles.ENTRIES);
			}
		});
		return manifest;
	}

	/**
	 * Applies one of central's entries in its own transaction, unless the journal has it already.
	 * An entry only on residents of the office's conflicts is kept without running: this register's
	 * state of them is not central's, and central's state of them comes once a supervisor decided.
	 * An entry on the records of one held, or refused here while the office has entries outstanding
	 * at central, is held.
	 */
	private Taken take(ChangeJournal.Entry entry, Set<Long> contested, Waiting waiting, boolean outstanding) {
		JournalEntry journaled = entry.journaled();
		try {
			return register.store().write(session -> {
				List<JournalEntry> held = session.journal().after(entry.office(), entry.sequence() - 1, 1);
				if (!held.isEmpty() && held.get(0).sequence() == entry.sequence()) {
					return Taken.SKIPPED;
				}
				Set<Long> residents = residentsOf(session, entry.reads(), entry.created());
				if (!residents.isEmpty() && contested.containsAll(residents)) {
					session.journal().keep(journaled);
					return Taken.KEPT;
				}
				if (waiting.blocks(journaled, residents)) {
					session.journal().hold(journaled);
					waiting.add(journaled, residents);
					return Taken.HELD;
				}
				EntryReplay.apply(register, session, entry);
				return Taken.APPLIED;
			});
		} catch (ServiceException refused) {
			if (!outstanding) {
				throw ServiceException.of("sync.replyRefused", entry.office(), entry.sequence(), entry.useCase(), refused.masked().getMessage());
			}
			return register.store().write(session -> {
				session.journal().hold(journaled);
				waiting.add(journaled, residentsOf(session, entry.reads(), entry.created()));
				return Taken.HELD;
			});
		}
	}

	/**
	 * Applies, in central's order, each held entry that this register no longer refuses and that
	 * follows no entry still held on its records, each in its own transaction; one only on
	 * residents of the office's conflicts is kept unrun instead, as {@link #take} would. Returns
	 * how many ran.
	 */
	private int releaseHeld(Set<Long> contested) {
		Waiting still = new Waiting();
		int released = 0;
		for (JournalEntry held : register.store().read(session -> session.journal().held())) {
			Set<Long> residents = register.store().read(session -> residentsOf(session, held.reads(), held.created()));
			boolean ran;
			try {
				ran = register.store().write(session -> {
					if (still.blocks(held, residents)) {
						return false;
					}
					if (!residents.isEmpty() && contested.containsAll(residents)) {
						session.journal().keep(held);
						return false;
					}
					EntryReplay.apply(register, session, ChangeJournal.Entry.of(held));
					return true;
				});
			} catch (ServiceException stillRefused) {
				ran = false;
			}
			if (ran) {
				released++;
			} else {
				still.add(held, residents);
			}
		}
		return released;
	}

	/** Whether a reply through place {@code through} of central's order, written at {@code written}, is not older than the newest taken. */
	private static boolean notOlderThanTaken(Session session, long through, Instant written) {
		long taken = session.settings().get(REPLY_THROUGH).map(Long::parseLong).orElse(0L);
		return taken < through || taken == through
				&& session.settings().get(REPLY_WRITTEN).map(Instant::parse).map(newest -> !written.isBefore(newest)).orElse(true);
	}

	/** The residents the office's own entries after {@code acknowledged} read or created. */
	private static Set<Long> recordedSince(Session session, String office, long acknowledged) {
		Set<Long> residents = new HashSet<>();
		for (List<JournalEntry> page = session.journal().after(office, acknowledged, 1000); !page.isEmpty();
				page = session.journal().after(office, page.get(page.size() - 1).sequence(), 1000)) {
			page.forEach(entry -> residents.addAll(residentsOf(session, entry.reads(), entry.created())));
		}
		return residents;
	}

	/** The residents an entry read or created, a card standing for its holder here. */
	private static Set<Long> residentsOf(Session session, String reads, String created) {
		Set<Long> residents = new HashSet<>();
		Stream.concat(RecordKey.read(reads).stream(), RecordKey.created(created).stream())
				.forEach(key -> key.resident(session).ifPresent(residents::add));
		return residents;
	}

	/** The records of central's entries held here: a later entry on one of them waits behind them, in central's order. */
	private static final class Waiting {

		private final Set<RecordKey> records = new HashSet<>();
		private final Set<Long> residents = new HashSet<>();

		/** The records of the entries the journal holds. */
		static Waiting held(Session session) {
			Waiting waiting = new Waiting();
			session.journal().held().forEach(entry -> waiting.add(entry, residentsOf(session, entry.reads(), entry.created())));
			return waiting;
		}

		void add(JournalEntry entry, Set<Long> ofResidents) {
			records.addAll(keys(entry));
			residents.addAll(ofResidents);
		}

		boolean blocks(JournalEntry entry, Set<Long> ofResidents) {
			return keys(entry).stream().anyMatch(records::contains) || ofResidents.stream().anyMatch(residents::contains);
		}

		boolean isEmpty() {
			return records.isEmpty() && residents.isEmpty();
		}

		private static List<RecordKey> keys(JournalEntry entry) {
			return Stream.concat(RecordKey.read(entry.reads()).stream(), RecordKey.created(entry.created()).stream()).toList();
		}
	}
}
