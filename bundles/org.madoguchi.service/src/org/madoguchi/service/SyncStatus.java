package org.madoguchi.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.madoguchi.store.Session;
import org.madoguchi.store.SyncConflict;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Where a register stands in the city's exchange of change files: at a branch office, its last
 * file and how long ago it last had central's state; at central, what it took from each office
 * and the conflicts waiting for a supervisor.
 */
public final class SyncStatus {

	/** The setting that holds the office's last change file: when, and its first and last entry (JSON). */
	static final String LAST_EXPORT = "sync.lastExport";
	/** The setting that holds when the office last took central's state: the replica's making, since then central's replies. */
	static final String LAST_FROM_CENTRAL = "sync.lastFromCentral";
	/** The setting that holds what central's last reply said of the office's entries it kept as conflicts (JSON). */
	private static final String LAST_REPLY = "sync.lastReply";

	/** A branch office's last change file. */
	public record Export(Instant at, long first, long last) {
	}

	/**
	 * A branch office's register as it stands.
	 *
	 * @param entries the entries of its journal
	 * @param unacknowledged those central has not acknowledged
	 * @param lastFromCentral when it last took central's state (its making, or central's reply)
	 * @param daysSinceCentral whole days from then to today
	 * @param pendingAtCentral the office's entries central's last reply said it keeps as conflicts, undecided
	 * @param superseded those central decided against: central's state stands for their records
	 * @param heldBack central's entries that wait here until central decides the office's outstanding entries
	 * @param age how long without central's state, against the office's warning
	 */
	public record AtOffice(String office, Export lastExport, long entries, long unacknowledged, Instant lastFromCentral, List<Long> pendingAtCentral,
			List<Long> superseded, int heldBack, Age age) {
	}

	/**
	 * How long a branch office has gone without central's state.
	 *
	 * @param days whole days from its last reply (or its making) to today
	 * @param warnAfterDays the office's setting: more days than this, and the workbench warns
	 */
	public record Age(long days, int warnAfterDays) {

		public boolean overdue() {
			return days > warnAfterDays;
		}
	}

	/** What central took from one office: its last entry taken (0: none), when, and the conflicts of it still pending. */
	public record OfficeTaken(String office, String name, long lastSequence, Instant lastTakenAt, long pendingConflicts) {
	}

	/** Either side: {@code office} is set at a branch office, {@code offices} at central. */
	public record Status(AtOffice office, List<OfficeTaken> offices) {

		public boolean central() {
			return office == null;
		}
	}

	private final Register register;

	SyncStatus(Register register) {
		this.register = register;
	}

	/** This register's standing (a supervisor's, as the exchange is). */
	public Status status() {
		register.require(Permission.SUPERVISE, "read the sync status");
		return register.store().read(session -> {
			String own = ChangeJournal.office(session);
			return own.equals(ChangeJournal.CENTRAL) ? new Status(null, taken(session)) : new Status(atOffice(session, own), List.of());
		});
	}

	/**
	 * How long this branch office has gone without central's state, for the workbench's status
	 * line; empty at central. Anyone at the counter may read it: it names no resident.
	 */
	public Optional<Age> age() {
		return register.store().read(session -> ChangeJournal.office(session).equals(ChangeJournal.CENTRAL) ? Optional.<Age>empty()
				: Optional.of(age(session)));
	}

	private Age age(Session session) {
		Instant fromCentral = lastFromCentral(session);
		long days = fromCentral == null ? 0 : ChronoUnit.DAYS.between(LocalDate.ofInstant(fromCentral, register.zone()), register.today());
		int warnAfter = session.settings().get(OfficeSettings.SYNC_WARNING).map(Integer::parseInt).orElse(OfficeSettings.DEFAULT_SYNC_WARNING_DAYS);
		return new Age(days, warnAfter);
	}

	private static Instant lastFromCentral(Session session) {
		return session.settings().get(LAST_FROM_CENTRAL).map(Instant::parse).orElse(null);
	}

	private AtOffice atOffice(Session session, String office) {
		Export export = session.settings().get(LAST_EXPORT).map(JsonParser::parseString).map(json -> {
			JsonObject object = json.getAsJsonObject();
			return new Export(Instant.parse(object.get("at").getAsString()), object.get("first").getAsLong(), object.get("last").getAsLong());
		}).orElse(null);
		long entries = session.journal().highestByOffice().getOrDefault(office, 0L);
		long acknowledged = Long.parseLong(session.settings().get(ReplyImport.ACKNOWLEDGED).orElse("0"));
		JsonObject reply = session.settings().get(LAST_REPLY).map(text -> JsonParser.parseString(text).getAsJsonObject()).orElse(new JsonObject());
		return new AtOffice(office, export, entries, entries - acknowledged, lastFromCentral(session), sequences(reply, "pending"),
				sequences(reply, "superseded"), session.journal().held().size(), age(session));
	}

	private static List<Long> sequences(JsonObject reply, String name) {
		return reply.has(name) ? reply.getAsJsonArray(name).asList().stream().map(JsonElement::getAsLong).toList() : List.of();
	}

	/** Records central's reply just imported, in the import's last transaction. */
	static void replied(Session session, Instant at, ReplyImport.Imported imported) {
		JsonObject reply = new JsonObject();
		reply.addProperty("at", at.toString());
		JsonArray pending = new JsonArray();
		imported.pending().forEach(pending::add);
		reply.add("pending", pending);
		JsonArray superseded = new JsonArray();
		imported.superseded().forEach(superseded::add);
		reply.add("superseded", superseded);
		session.settings().put(LAST_REPLY, reply.toString());
		session.settings().put(LAST_FROM_CENTRAL, at.toString());
	}

	private static List<OfficeTaken> taken(Session session) {
		Map<String, Long> pending = session.conflicts().list(false).stream()
				.collect(Collectors.groupingBy(SyncConflict::office, Collectors.counting()));
		return session.offices().all().stream().map(office -> new OfficeTaken(office.code(), office.name(), session.offices().lastTaken(office.code()),
				session.offices().lastTakenAt(office.code()).orElse(null), pending.getOrDefault(office.code(), 0L))).toList();
	}

	/** Records a change file just written, in the export's transaction. */
	static void exported(Session session, Instant at, ChangeFiles.Summary summary) {
		JsonObject export = new JsonObject();
		export.addProperty("at", at.toString());
		export.addProperty("first", summary.first());
		export.addProperty("last", summary.last());
		session.settings().put(LAST_EXPORT, export.toString());
	}
}
