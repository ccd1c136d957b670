package org.madoguchi.cli.internal;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.madoguchi.service.AccessLogRules;
import org.madoguchi.service.BranchOffices;
import org.madoguchi.service.LoginRules;
import org.madoguchi.service.OfficeSettings;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madoguchi office rename NAME}: the office's name, as the workbench's title shows it;
 * {@code office municipality [CODE]}: the municipality whose register this is;
 * {@code office login-rules}: the rules against guessing passwords;
 * {@code office access-log-rules}: what the access log flags;
 * {@code office sync-warning [DAYS]}: after how many days without central's reply a branch office is warned;
 * {@code office idle-lock [MINUTES]}: after how many idle minutes the workbench locks the counter;
 * {@code office add CODE} and {@code office list}: the branch offices a central register takes change files from;
 * {@code office key}: a branch office's own public key, to send again.
 */
@Command(name = "office", description = "Manages the office this register belongs to.", subcommands = { OfficeCommand.Rename.class,
		OfficeCommand.Municipality.class, OfficeCommand.SetLoginRules.class, OfficeCommand.SetAccessLogRules.class, OfficeCommand.SyncWarning.class, OfficeCommand.IdleLock.class, OfficeCommand.Add.class,
		OfficeCommand.ListAll.class, OfficeCommand.Key.class })
final class OfficeCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'office rename NAME', 'office municipality [CODE]', 'office login-rules', "
				+ "'office access-log-rules', 'office sync-warning [DAYS]', 'office idle-lock [MINUTES]', 'office add CODE', 'office list' or 'office key'.");
	}

	@Command(name = "rename", description = "Renames the office (a supervisor's); the workbench's title shows the new name.")
	static final class Rename extends DatabaseCommand {

		@Parameters(paramLabel = "NAME", description = "the office's name, e.g. 千代田区役所")
		String name;

		@Override
		public void run() {
			if (name.isBlank()) {
				throw new CommandFailure("The office's name must not be empty", ExitCodes.USAGE);
			}
			String renamed = withRegister(register -> {
				register.renameOffice(name);
				return register.office();
			});
			print("Office renamed to " + renamed);
		}
	}

	/** The rules against guessing passwords (a supervisor's); what is not given stays as it is. */
	@Command(name = "login-rules", description = { "Shows the rules against guessing passwords, and changes those given (a supervisor's).",
			"Failed logins in a row that lock an operator ID, the minutes of the lock, the minimum length of new passwords." })
	static final class SetLoginRules extends DatabaseCommand {

		private static final OptionRange ATTEMPTS = new OptionRange(1, LoginRules.MAX_ATTEMPTS);
		private static final OptionRange LOCK_MINUTES = new OptionRange(1, LoginRules.MAX_LOCK_MINUTES);
		private static final OptionRange MINIMUM_PASSWORD = new OptionRange(LoginRules.DEFAULT.minimumPassword(), LoginRules.MAX_MINIMUM_PASSWORD);

		@Option(names = "--attempts", paramLabel = "N", description = "failed logins in a row that lock the ID, 1 to 100 (default 5)")
		Integer attempts;

		@Option(names = "--lock-minutes", paramLabel = "M", description = "minutes the lock lasts, 1 to 1440 (default 15)")
		Integer lockMinutes;

		@Option(names = "--minimum-password", paramLabel = "L", description = "characters a new password needs, 12 to 128 (default 12)")
		Integer minimumPassword;

		@Override
		public void run() {
			ATTEMPTS.check(spec, "--attempts", attempts);
			LOCK_MINUTES.check(spec, "--lock-minutes", lockMinutes);
			MINIMUM_PASSWORD.check(spec, "--minimum-password", minimumPassword);
			LoginRules rules = withRegister(register -> {
				LoginRules now = register.settings().loginRules();
				if (attempts == null && lockMinutes == null && minimumPassword == null) {
					return now;
				}
				LoginRules changed = new LoginRules(attempts == null ? now.attempts() : attempts,
						lockMinutes == null ? now.lockMinutes() : lockMinutes, minimumPassword == null ? now.minimumPassword() : minimumPassword);
				register.settings().setLoginRules(changed);
				return changed;
			});
			print(rules.attempts() + " failed logins in a row lock an operator ID for " + rules.lockMinutes()
					+ " minutes; new passwords need " + rules.minimumPassword() + " characters or more");
		}
	}

	/** What the access log flags (a supervisor's); what is not given stays as it is. */
	@Command(name = "access-log-rules", description = { "Shows what the access log flags for auditors, and changes what is given (a supervisor's).",
			"The office hours, the number views by one operator in a day and the searches in ten minutes beyond which entries are flagged." })
	static final class SetAccessLogRules extends DatabaseCommand {

		private static final OptionRange NUMBER_VIEWS = new OptionRange(1, AccessLogRules.MAX_NUMBER_VIEWS);
		private static final OptionRange SEARCHES = new OptionRange(1, AccessLogRules.MAX_SEARCHES);
		private static final Pattern HOURS = Pattern.compile("(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})");

		@Option(names = "--hours", paramLabel = "HH:MM-HH:MM", description = "the office hours, e.g. 08:30-17:15 (default 08:00-19:00)")
		String hours;

		@Option(names = "--number-views", paramLabel = "N", description = "number views by one operator in a day beyond which that day's views are flagged, 1 to 100000 (default 50)")
		Integer numberViews;

		@Option(names = "--searches", paramLabel = "N", description = "searches by one operator in ten minutes beyond which they are flagged, 1 to 100000 (default 30)")
		Integer searches;

		@Override
		public void run() {
			NUMBER_VIEWS.check(spec, "--number-views", numberViews);
			SEARCHES.check(spec, "--searches", searches);
			LocalTime[] officeHours = hours == null ? null : officeHours();
			AccessLogRules rules = withRegister(register -> {
				AccessLogRules now = register.settings().accessLogRules();
				if (hours == null && numberViews == null && searches == null) {
					return now;
				}
				AccessLogRules changed = new AccessLogRules(officeHours == null ? now.opens() : officeHours[0],
						officeHours == null ? now.closes() : officeHours[1], numberViews == null ? now.numberViews() : numberViews,
						searches == null ? now.searches() : searches);
				register.settings().setAccessLogRules(changed);
				return changed;
			});
			print("Office hours " + rules.hours() + "; the access log flags work outside them, on weekends and holidays, more than "
					+ rules.numberViews() + " number views by one operator in a day and more than " + rules.searches() + " searches in "
					+ AccessLogRules.SEARCH_MINUTES + " minutes");
		}

		private LocalTime[] officeHours() {
			Matcher matcher = HOURS.matcher(hours.strip());
			try {
				if (matcher.matches()) {
					LocalTime opens = LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
					LocalTime closes = LocalTime.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(4)));
					if (opens.isBefore(closes)) {
						return new LocalTime[] { opens, closes };
					}
				}
			} catch (DateTimeException e) {
				// an hour or minute out of range: refused below like any other wrong value
			}
			throw new ParameterException(spec.commandLine(),
					"Invalid value for option '--hours': " + hours + " is not office hours such as 08:00-19:00 (opening before closing)");
		}
	}

	@Command(name = "municipality", description = "Prints the local government code of the municipality whose register this is, "
			+ "or sets it (a supervisor's): a move within stays in it, a move-in comes from elsewhere.")
	static final class Municipality extends DatabaseCommand {

		@Parameters(paramLabel = "CODE", arity = "0..1", description = "the 6-digit local government code with its check digit, e.g. 131016")
		String code;

		@Override
		public void run() {
			String municipality = withRegister(register -> {
				if (code != null) {
					register.settings().setMunicipality(code);
				}
				return register.settings().municipality().orElse(null);
			});
			print(municipality == null ? "No municipality is set: 'office municipality CODE' sets it." : "Municipality " + municipality);
		}
	}

	/** A whole-number setting of the office: printed, or set when a value is given (a supervisor's; audited). */
	abstract static class NumberSetting extends DatabaseCommand {

		private final String label;
		private final OptionRange range;
		private final ToIntFunction<OfficeSettings> read;
		private final ObjIntConsumer<OfficeSettings> write;
		private final IntFunction<String> sentence;

		NumberSetting(String label, int lowest, int highest, ToIntFunction<OfficeSettings> read, ObjIntConsumer<OfficeSettings> write,
				IntFunction<String> sentence) {
			this.label = label;
			this.range = new OptionRange(lowest, highest);
			this.read = read;
			this.write = write;
			this.sentence = sentence;
		}

		/** The value given, or null to print the setting. */
		abstract Integer given();

		@Override
		public void run() {
			Integer value = given();
			range.check(spec, label, value);
			int setting = withRegister(register -> {
				if (value != null) {
					write.accept(register.settings(), value);
				}
				return read.applyAsInt(register.settings());
			});
			print(sentence.apply(setting));
		}
	}

	/** After how many days without central's reply a branch office's workbench and sync status warn (a supervisor's to change). */
	@Command(name = "sync-warning", description = "Prints after how many days without central's reply a branch office is warned "
			+ "(the workbench's status line, sync status), or sets it (a supervisor's). The counter keeps working either way.")
	static final class SyncWarning extends NumberSetting {

		@Parameters(paramLabel = "DAYS", arity = "0..1", description = "1 to 365 days (default 7)")
		Integer days;

		SyncWarning() {
			super("DAYS", 1, OfficeSettings.MAX_SYNC_WARNING_DAYS, OfficeSettings::syncWarningDays, OfficeSettings::setSyncWarningDays,
					value -> "A branch office is warned after " + value + (value == 1 ? " day" : " days") + " without central's reply");
		}

		@Override
		Integer given() {
			return days;
		}
	}

	/** After how many idle minutes the workbench locks the counter (a supervisor's to change), as Preferences sets it. */
	@Command(name = "idle-lock", description = "Prints after how many minutes without use the workbench locks the counter, "
			+ "or sets it (a supervisor's; 0: never). The office's setting, for every workbench on this register.")
	static final class IdleLock extends NumberSetting {

		@Parameters(paramLabel = "MINUTES", arity = "0..1", description = "0 (never) to 240 minutes (default 5)")
		Integer minutes;

		IdleLock() {
			super("MINUTES", 0, OfficeSettings.MAX_IDLE_LOCK_MINUTES, OfficeSettings::idleLockMinutes, OfficeSettings::setIdleLockMinutes,
					value -> value == 0 ? "The counter is never locked for being idle"
							: "The counter locks after " + value + (value == 1 ? " minute" : " minutes") + " without use");
		}

		@Override
		Integer given() {
			return minutes;
		}
	}

	/** Registers a branch office at the central register (a supervisor's; audited). */
	@Command(name = "add", description = { "Registers a branch office whose change files this central register takes (a supervisor's).",
			"The key file is the office's public key, as 'replica create --key-out' wrote it; read its fingerprint out to the office." })
	static final class Add extends DatabaseCommand {

		@Parameters(paramLabel = "CODE", description = "the office's code: 1 to 16 letters, digits, - or _, e.g. KOJIMACHI")
		String code;

		@Option(names = "--name", required = true, paramLabel = "NAME", description = "the office's name, e.g. 麹町出張所")
		String name;

		@Option(names = "--key", required = true, paramLabel = "FILE", description = "the office's public key (PEM)")
		Path key;

		@Override
		public void run() {
			BranchOffices.Office office = withRegister(register -> register.offices().add(code, name, key.toAbsolutePath()));
			print("Office " + office.code() + " (" + office.name() + ") added, key " + office.fingerprint() + ", ids of block " + office.idBlock());
		}
	}

	/** The branch offices registered at this central register. */
	@Command(name = "list", description = "Lists the branch offices registered at this central register: code, name, key fingerprint, when added, block of ids.")
	static final class ListAll extends DatabaseCommand {

		@Option(names = "--json", description = "print a JSON array")
		boolean json;

		@Override
		public void run() {
			List<BranchOffices.Office> offices = withRegister(register -> register.offices().list());
			if (json) {
				JsonArray array = new JsonArray();
				for (BranchOffices.Office office : offices) {
					JsonObject object = new JsonObject();
					object.addProperty("code", office.code());
					object.addProperty("name", office.name());
					object.addProperty("fingerprint", office.fingerprint());
					object.addProperty("addedAt", office.addedAt().toString());
					object.addProperty("idBlock", office.idBlock());
					array.add(object);
				}
				print(Json.print(array));
			} else if (offices.isEmpty()) {
				print("No branch office is registered: 'office add CODE --name NAME --key F.pub' adds one.");
			} else {
				offices.forEach(office -> print(String.join("\t", office.code(), office.name(), office.fingerprint(), office.addedAt().toString(),
						String.valueOf(office.idBlock()))));
			}
		}
	}

	/** A branch office's own public key, to send to central again (a lost stick, a new central). */
	@Command(name = "key", description = "Prints this branch office's code, key fingerprint, block of ids and key file, or writes the key file to --out.")
	static final class Key extends DatabaseCommand {

		@Option(names = "--out", paramLabel = "FILE", description = "write the public key to FILE, as replica create --key-out did")
		Path out;

		@Override
		public void run() {
			if (out == null) {
				BranchOffices.OwnKey key = withRegister(register -> register.offices().own());
				print("Office " + key.office() + ", key " + key.fingerprint() + ", ids of block " + key.idBlock() + "\n" + key.keyFile().strip());
			} else {
				Path file = out.toAbsolutePath();
				BranchOffices.OwnKey key = withRegister(register -> register.offices().writeOwnKey(file));
				print("Office " + key.office() + "'s public key written to " + file + ", fingerprint " + key.fingerprint());
			}
		}
	}
}
