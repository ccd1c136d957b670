package org.madoguchi.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

import org.madoguchi.store.FailedLogins;
import org.madoguchi.store.LoginFailures;

/**
 * The failed logins of an encrypted embedded register, kept beside it in {@code logins.properties}
 * (its owner's only): a wrong password unlocks nothing to record them in. The next login that
 * works moves the failures waiting here into the audit trail. The office's login rules are copied
 * here at every login, so that they hold before anyone has logged in. Processes sharing the
 * register take turns through a lock on {@code logins.lock}.
 */
final class LoginFailureFile implements LoginFailures {

	static final String FILE = "logins.properties";
	private static final String LOCK = "logins.lock";
	private static final String FAILURES = "failures.";
	private static final String LOCKED_UNTIL = "lockedUntil.";
	private static final String PENDING = "pending.";
	private static final String NEXT_PENDING = "nextPending";
	private static final String RULES = "rules";
	private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY = PosixFilePermissions
			.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

	/** A failed login waiting for the audit trail. */
	record Pending(String key, Instant at, String operatorId, String detail) {
	}

	private final Path folder;

	LoginFailureFile(Path folder) {
		this.folder = folder;
	}

	@Override
	public Optional<FailedLogins> find(String operatorId) {
		Properties logins = read();
		String failures = logins.getProperty(FAILURES + operatorId);
		String until = logins.getProperty(LOCKED_UNTIL + operatorId);
		return failures == null && until == null ? Optional.empty()
				: Optional.of(new FailedLogins(failures == null ? 0 : Integer.parseInt(failures), until == null ? null : Instant.parse(until)));
	}

	@Override
	public void save(String operatorId, FailedLogins failures) {
		update(logins -> {
			logins.setProperty(FAILURES + operatorId, String.valueOf(failures.inARow()));
			if (failures.lockedUntil() == null) {
				logins.remove(LOCKED_UNTIL + operatorId);
			} else {
				logins.setProperty(LOCKED_UNTIL + operatorId, failures.lockedUntil().toString());
			}
			return null;
		});
	}

	@Override
	public void clear(String operatorId) {
		update(logins -> {
			logins.remove(FAILURES + operatorId);
			logins.remove(LOCKED_UNTIL + operatorId);
			return null;
		});
	}

	/** Keeps a failed login for the audit trail. */
	void keep(Instant at, String operatorId, String detail) {
		update(logins -> {
			// numbered as they come, so that failures of the same instant keep their order
			long number = Long.parseLong(logins.getProperty(NEXT_PENDING, "0"));
			logins.setProperty(NEXT_PENDING, String.valueOf(number + 1));
			return logins.setProperty(PENDING + String.format(Locale.ROOT, "%019d", number), at + "\t" + operatorId + "\t" + detail);
		});
	}

	/** The failed logins waiting for the audit trail, in the order they happened. */
	List<Pending> pending() {
		Properties logins = read();
		return logins.stringPropertyNames().stream().filter(key -> key.startsWith(PENDING)).map(key -> {
			String[] fields = logins.getProperty(key).split("\t", 3);
			return new Pending(key, Instant.parse(fields[0]), fields[1], fields[2]);
		}).sorted(Comparator.comparing(Pending::key)).toList();
	}

	/** Forgets the failed logins the audit trail now holds. */
	void recorded(List<Pending> done) {
		update(logins -> {
			done.forEach(pending -> logins.remove(pending.key()));
			return null;
		});
	}

	/** The office's rules as the last login found them; the defaults before anyone logged in. */
	LoginRules rules() {
		String rules = read().getProperty(RULES);
		if (rules == null) {
			return LoginRules.DEFAULT;
		}
		String[] numbers = rules.split(" ");
		return new LoginRules(Integer.parseInt(numbers[0]), Integer.parseInt(numbers[1]), Integer.parseInt(numbers[2]));
	}

	void rememberRules(LoginRules rules) {
		update(logins -> logins.setProperty(RULES, rules.attempts() + " " + rules.lockMinutes() + " " + rules.minimumPassword()));
	}

	private Properties read() {
		return locked(logins -> logins);
	}

	private void update(Function<Properties, Object> change) {
		locked(logins -> {
			change.apply(logins);
			write(logins);
			return logins;
		});
	}

	private Properties locked(Function<Properties, Properties> work) {
		try (FileChannel lock = FileChannel.open(lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE); FileLock held = lock.lock()) {
			Properties logins = new Properties();
			Path file = folder.resolve(FILE);
			if (Files.exists(file)) {
				try (InputStream in = Files.newInputStream(file)) {
					logins.load(in);
				}
			}
			return work.apply(logins);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + folder.resolve(FILE), e);
		}
	}

	private Path lockFile() throws IOException {
		Path lock = folder.resolve(LOCK);
		if (!Files.exists(lock)) {
			try {
				Files.createFile(lock, OWNER_ONLY);
			} catch (FileAlreadyExistsException raced) {
				// another process made it first
			}
		}
		return lock;
	}

	/** A new file moved into place: a crash never leaves half of it. */
	private void write(Properties logins) {
		try {
			Path draft = Files.createTempFile(folder, ".logins-", ".tmp", OWNER_ONLY);
			try (OutputStream out = Files.newOutputStream(draft)) {
				logins.store(out, "Madoguchi: failed logins waiting for the audit trail, and locked operator IDs");
			}
			Files.move(draft, folder.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot write " + folder.resolve(FILE), e);
		}
	}
}
