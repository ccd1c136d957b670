package org.madoguchi.cli.internal;

import java.nio.file.Path;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.madoguchi.service.ChangeFileImport;
import org.madoguchi.service.ChangeJournal;
import org.madoguchi.service.ChangeFiles;
import org.madoguchi.service.OfficeConflicts;
import org.madoguchi.service.ReplyImport;
import org.madoguchi.service.SyncStatus;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madoguchi sync export | import | conflicts | resolve | status}: the change files that carry
 * a branch office's changes to the central register, the conflicts central keeps, and where a
 * register stands.
 */
@Command(name = "sync", description = "Carries a branch office's changes to the central register in signed change files, and central's back in replies.", subcommands = {
		SyncCommand.Export.class, SyncCommand.Import.class, SyncCommand.Conflicts.class, SyncCommand.Resolve.class, SyncCommand.Status.class })
final class SyncCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'sync export --out F.mdsync', 'sync import F.mdsync [--reply R.mdsync]', 'sync conflicts', 'sync resolve ID --keep office|central' or 'sync status'.");
	}

	@Command(name = "export", description = { "Writes the journal entries central has not acknowledged to a change file, signed with the office's key (a supervisor's).",
			"With them go the audit entries since the last file. Exporting again writes the same journal entries, and those recorded since." })
	static final class Export extends DatabaseCommand {

		@Option(names = "--out", required = true, paramLabel = "FILE", description = "the change file to write, e.g. KOJIMACHI-2026-11-20.mdsync")
		Path out;

		@Override
		public void run() {
			Path file = out.toAbsolutePath();
			ChangeFiles.Summary summary = withRegister(register -> register.sync().export(file));
			String audit = summary.auditEntries() == 1 ? "1 audit entry" : summary.auditEntries() + " audit entries";
			print(summary.count() == 0 ? "Office " + summary.office() + " has no entries central has not acknowledged; exported " + audit + " to " + file
					: "Exported entries " + summary.first() + " to " + summary.last() + " of office " + summary.office() + ", and " + audit + ", to "
							+ file);
		}
	}

	@Command(name = "import", description = { "Applies a branch office's change file at central, or central's reply at the office (a supervisor's).",
			"At central, --reply writes central's reply to the office after the import.",
			"The file is checked whole first; each entry is then applied in its own transaction, an entry taken before is skipped;",
			"at central an entry whose record changed here since the office read it is kept as a conflict." })
	static final class Import extends DatabaseCommand {

		@Parameters(paramLabel = "FILE", description = "the office's change file, or at an office central's reply, e.g. KOJIMACHI-2026-11-20.mdsync")
		Path file;

		@Option(names = "--reply", paramLabel = "FILE", description = "at central: the reply to write for the office, e.g. KOJIMACHI-reply-2026-11-20.mdsync")
		Path reply;

		@Option(names = "--json", description = "print a JSON object: office, first, last, applied, skipped, conflicts (at an office: acknowledged, applied, skipped, kept, held, pending, superseded, older)")
		boolean json;

		@Override
		public void run() {
			Path in = file.toAbsolutePath();
			StderrProgress progress = new StderrProgress(spec.commandLine().getErr(), "sync import: entries");
			withRegister(register -> {
				if (!register.journal().office().equals(ChangeJournal.CENTRAL)) {
					if (reply != null) {
						throw new ParameterException(spec.commandLine(), "--reply is for central: a branch office imports central's reply");
					}
					printReply(register.replyImport().importFile(in, progress));
					return null;
				}
				ChangeFileImport.Imported imported = register.syncImport().importFile(in, progress);
				printImported(imported);
				if (reply != null) {
					Path out = reply.toAbsolutePath();
					ChangeFileImport.Reply written = register.syncImport().reply(imported, out);
					if (!json) {
						print("Wrote the reply to office " + written.office() + " to " + out + ": entries up to " + written.acknowledged()
								+ " acknowledged, " + count(written.entries(), "entry", "entries") + " of central and other offices, "
								+ count(written.conflicts(), "conflict outcome", "conflict outcomes"));
					}
				}
				return null;
			});
		}

		private void printReply(ReplyImport.Imported imported) {
			if (json) {
				JsonObject object = new JsonObject();
				object.addProperty("office", imported.office());
				object.addProperty("acknowledged", imported.acknowledged());
				object.addProperty("applied", imported.applied());
				object.addProperty("skipped", imported.skipped());
				object.addProperty("kept", imported.kept());
				object.addProperty("held", imported.held());
				object.add("pending", numbers(imported.pending()));
				object.add("superseded", numbers(imported.superseded()));
				object.addProperty("older", imported.older());
				print(Json.print(object));
				return;
			}
			print("Imported central's reply: entries up to " + imported.acknowledged() + " of office " + imported.office() + " acknowledged, "
					+ imported.applied() + " of central's entries applied, " + imported.skipped() + " skipped");
			if (imported.kept() > 0) {
				print(count(imported.kept(), "entry", "entries") + " of central only on residents of this office's conflicts kept without running:"
						+ " central's state of those residents comes with its decision");
			}
			if (imported.held() > 0) {
				print(heldBack(imported.held()));
			}
			if (imported.older()) {
				print("This reply is older than one taken before: its word on the conflicts was not taken (sync status says where they stand)");
				return;
			}
			if (!imported.pending().isEmpty()) {
				print("Pending at central (a supervisor decides there): entries " + join(imported.pending()));
			}
			if (!imported.superseded().isEmpty()) {
				print("Superseded by central's state: entries " + join(imported.superseded()));
			}
		}

		private void printImported(ChangeFileImport.Imported imported) {
			if (json) {
				JsonObject object = new JsonObject();
				object.addProperty("office", imported.office());
				object.addProperty("first", imported.first());
				object.addProperty("last", imported.last());
				object.addProperty("applied", imported.applied());
				object.addProperty("skipped", imported.skipped());
				object.addProperty("conflicts", imported.conflicts());
				print(Json.print(object));
			} else if (imported.first() == 0) {
				print("The change file of office " + imported.office() + " holds no journal entries");
			} else {
				print("Imported entries " + imported.first() + " to " + imported.last() + " of office " + imported.office() + ": "
						+ imported.applied() + " applied, " + count(imported.conflicts(), "conflict", "conflicts") + ", " + imported.skipped()
						+ " skipped");
			}
		}
	}

	private static JsonArray numbers(List<Long> numbers) {
		JsonArray array = new JsonArray();
		numbers.forEach(array::add);
		return array;
	}

	private static String join(List<Long> numbers) {
		return String.join(", ", numbers.stream().map(String::valueOf).toList());
	}

	@Command(name = "conflicts", description = "Lists the office entries central kept as conflicts (a supervisor's): pending ones, or with --all every one.")
	static final class Conflicts extends DatabaseCommand {

		@Option(names = "--all", description = "list the decided conflicts too")
		boolean all;

		@Option(names = "--json", description = "print a JSON array")
		boolean json;

		@Override
		public void run() {
			if (json) {
				JsonArray array = new JsonArray();
				// the reason in both languages: a script may show either
				withRegister(register -> {
					Map<Long, String> japanese = new HashMap<>();
					register.conflicts().list(all, Locale.JAPANESE).forEach(conflict -> japanese.put(conflict.id(), conflict.reason()));
					register.conflicts().list(all, Locale.ROOT).forEach(conflict -> {
						JsonObject object = json(conflict);
						object.addProperty("reasonJa", japanese.get(conflict.id()));
						array.add(object);
					});
					return null;
				});
				print(Json.print(array));
				return;
			}
			List<OfficeConflicts.Conflict> conflicts = withRegister(register -> register.conflicts().list(all, Locale.ROOT));
			if (conflicts.isEmpty()) {
				print(all ? "No conflict was ever kept" : "No conflict is pending");
			} else {
				conflicts.forEach(conflict -> print(String.join("\t", String.valueOf(conflict.id()), conflict.office(),
						String.valueOf(conflict.sequence()), conflict.useCase(), conflict.residentId() == null ? "-" : String.valueOf(conflict.residentId()),
						conflict.status(), conflict.reason())));
			}
		}
	}

	@Command(name = "resolve", description = { "Decides a conflict that central kept (a supervisor's; audited).",
			"--keep office applies the office's entry now; --keep central keeps central's state and leaves the office's entry unapplied." })
	static final class Resolve extends DatabaseCommand {

		@Parameters(paramLabel = "ID", description = "the conflict's id, as 'sync conflicts' lists it")
		long id;

		@Option(names = "--keep", required = true, paramLabel = "office|central", description = "the side to keep: office or central")
		String keep;

		@Option(names = "--reason", paramLabel = "TEXT", description = "why, for the audit trail")
		String reason;

		@Spec
		CommandSpec spec;

		@Override
		public void run() {
			OfficeConflicts.Keep side = switch (keep.strip().toLowerCase(Locale.ROOT)) {
			case "office" -> OfficeConflicts.Keep.OFFICE;
			case "central" -> OfficeConflicts.Keep.CENTRAL;
			default -> throw new ParameterException(spec.commandLine(), "--keep takes office or central, not '" + keep + "'");
			};
			OfficeConflicts.Conflict decided = withRegister(register -> register.conflicts().resolve(id, side, reason, Locale.ROOT));
			print("Conflict " + decided.id() + " (entry " + decided.sequence() + " of office " + decided.office() + ", " + decided.useCase() + ") decided: "
					+ (side == OfficeConflicts.Keep.OFFICE ? "the office's entry is applied" : "central's state is kept"));
		}
	}

	@Command(name = "status", description = { "Prints where this register stands in the exchange of change files (a supervisor's).",
			"At a branch office: its journal, what central has not acknowledged, its last change file and the days since it took central's state.",
			"At central: per office the last entry taken and when, and the conflicts pending." })
	static final class Status extends DatabaseCommand {

		@Option(names = "--json", description = "print a JSON object")
		boolean json;

		@Override
		public void run() {
			SyncStatus.Status status = withRegister(register -> register.syncStatus().status());
			if (json) {
				print(Json.print(status.central() ? centralJson(status.offices()) : officeJson(status.office())));
			} else if (status.central()) {
				print("Central register: " + count(status.offices().size(), "branch office", "branch offices"));
				status.offices().forEach(office -> print(String.join("\t", office.office(), office.name(),
						office.lastTakenAt() == null ? "no change file taken yet"
								: "entry " + office.lastSequence() + " taken " + office.lastTakenAt(),
						count(office.pendingConflicts(), "pending conflict", "pending conflicts"))));
			} else {
				SyncStatus.AtOffice office = status.office();
				print("Office " + office.office() + ": " + count(office.entries(), "journal entry", "journal entries") + ", "
						+ office.unacknowledged() + " not acknowledged by central");
				print(office.lastExport() == null ? "Last change file: none yet"
						: "Last change file: " + (office.lastExport().first() == 0 ? "no entries"
								: "entries " + office.lastExport().first() + " to " + office.lastExport().last()) + ", written " + office.lastExport().at());
				print(office.lastFromCentral() == null ? "Central's state: never taken"
						: "Central's state taken " + office.lastFromCentral() + " (" + count(office.age().days(), "day", "days") + " ago)");
				if (office.age().overdue()) {
					print("Warning: more than " + count(office.age().warnAfterDays(), "day", "days")
							+ " without central's reply: export a change file and bring back central's reply");
				}
				if (!office.pendingAtCentral().isEmpty()) {
					print("Pending at central: entries " + join(office.pendingAtCentral()));
				}
				if (!office.superseded().isEmpty()) {
					print("Superseded by central's state: entries " + join(office.superseded()));
				}
				if (office.heldBack() > 0) {
					print(heldBack(office.heldBack()));
				}
			}
		}
	}

	/** What an office says of central's entries it holds back. */
	private static String heldBack(int held) {
		return "Held back: " + count(held, "entry", "entries") + " of central that this register refuses while central has not decided"
				+ " this office's entries on the same records (the next reply after central's decision applies them)";
	}

	private static JsonObject officeJson(SyncStatus.AtOffice office) {
		JsonObject object = new JsonObject();
		object.addProperty("office", office.office());
		object.addProperty("entries", office.entries());
		object.addProperty("unacknowledged", office.unacknowledged());
		if (office.lastExport() == null) {
			object.add("lastExport", JsonNull.INSTANCE);
		} else {
			JsonObject export = new JsonObject();
			export.addProperty("at", office.lastExport().at().toString());
			export.addProperty("first", office.lastExport().first());
			export.addProperty("last", office.lastExport().last());
			object.add("lastExport", export);
		}
		object.addProperty("lastFromCentral", office.lastFromCentral() == null ? null : office.lastFromCentral().toString());
		object.addProperty("daysSinceCentral", office.age().days());
		object.addProperty("warnAfterDays", office.age().warnAfterDays());
		object.addProperty("overdue", office.age().overdue());
		object.add("pendingAtCentral", numbers(office.pendingAtCentral()));
		object.add("superseded", numbers(office.superseded()));
		object.addProperty("heldBack", office.heldBack());
		return object;
	}

	private static JsonObject centralJson(List<SyncStatus.OfficeTaken> offices) {
		JsonArray array = new JsonArray();
		for (SyncStatus.OfficeTaken office : offices) {
			JsonObject line = new JsonObject();
			line.addProperty("code", office.office());
			line.addProperty("name", office.name());
			line.addProperty("lastSequence", office.lastSequence());
			line.addProperty("lastTakenAt", office.lastTakenAt() == null ? null : office.lastTakenAt().toString());
			line.addProperty("pendingConflicts", office.pendingConflicts());
			array.add(line);
		}
		JsonObject object = new JsonObject();
		object.addProperty("office", "central");
		object.add("offices", array);
		return object;
	}

	private static String count(long n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}

	private static JsonObject json(OfficeConflicts.Conflict conflict) {
		JsonObject object = new JsonObject();
		object.addProperty("id", conflict.id());
		object.addProperty("office", conflict.office());
		object.addProperty("sequence", conflict.sequence());
		object.addProperty("useCase", conflict.useCase());
		object.addProperty("resident", conflict.residentId());
		object.addProperty("reason", conflict.reason());
		object.add("officeEntry", JsonParser.parseString(conflict.officeEntry()));
		object.add("centralSide", conflict.centralSide() == null ? JsonNull.INSTANCE : JsonParser.parseString(conflict.centralSide()));
		object.addProperty("detectedAt", conflict.detectedAt().toString());
		object.addProperty("status", conflict.status());
		object.addProperty("decidedBy", conflict.decidedBy());
		object.addProperty("decidedAt", conflict.decidedAt() == null ? null : conflict.decidedAt().toString());
		object.addProperty("decisionReason", conflict.decisionReason());
		return object;
	}
}
