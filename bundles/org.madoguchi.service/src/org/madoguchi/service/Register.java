package org.madoguchi.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

import org.madoguchi.rules.expiry.ExpiryCalculator;
import org.madoguchi.service.internal.DatabaseKeys;
import org.madoguchi.service.internal.PasswordHasher;
import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Operator;
import org.madoguchi.store.Role;
import org.madoguchi.store.Session;
import org.madoguchi.store.Store;

/**
 * The register as one operator works with it: every use case goes through here, checks the
 * operator's role, runs in one transaction and leaves an audit entry. The workbench and the
 * command line both use it, so neither can do what the other cannot.
 */
public final class Register implements AutoCloseable {

	/** The built-in operator of demo databases. */
	public static final String BATCH_OPERATOR = "batch";
	static final String KIND = "kind";
	static final String DEMO = "demo";
	static final String PRODUCTION = "production";
	static final String OFFICE = "office";
	private static final int MINIMUM_PASSWORD = 8;

	private final Store store;
	/** The key an encrypted embedded database was opened with; null otherwise. */
	private final String databaseKey;
	private final Operator operator;
	private final boolean demo;
	private final Clock clock;
	private final ExpiryCalculator calculator = ExpiryCalculator.bundled();

	Register(Store store, String databaseKey, Operator operator, boolean demo, Clock clock) {
		this.store = store;
		this.databaseKey = databaseKey;
		this.operator = operator;
		this.demo = demo;
		this.clock = clock;
	}

	/**
	 * Opens the register at {@code location}. A database that does not exist yet is created as an
	 * open demo database, run by the built-in batch operator; a production database needs the
	 * operator's login (and, embedded, the password unlocks its encryption).
	 */
	public static Register open(DatabaseLocation location, Login login) {
		return open(location, login, RegisterClock.configured());
	}

	/** As {@link #open(DatabaseLocation, Login)}, with the clock that decides the register's today. */
	public static Register open(DatabaseLocation location, Login login, Clock clock) {
		if (location.isEmbedded() && new DatabaseKeys(location.folder()).exist()) {
			requireOperator(login);
			char[] password = login.password().get();
			String databaseKey = new DatabaseKeys(location.folder()).unlock(login.operatorId(), password)
					.orElseThrow(() -> ServiceException.of("login.failed"));
			Store store = Store.open(location, databaseKey);
			return new Register(store, databaseKey, authenticate(store, login.operatorId(), password, clock), false, clock);
		}
		Store store = Store.open(location, null);
		String kind = store.write(session -> {
			if (session.settings().get(KIND).isEmpty()) {
				session.settings().put(KIND, DEMO);
			}
			return session.settings().get(KIND).orElseThrow();
		});
		if (DEMO.equals(kind)) {
			return new Register(store, null, new Operator(BATCH_OPERATOR, "batch", Role.BATCH, null), true, clock);
		}
		try {
			requireOperator(login);
			return new Register(store, null, authenticate(store, login.operatorId(), login.password().get(), clock), false, clock);
		} catch (RuntimeException e) {
			store.close();
			throw e;
		}
	}

	/**
	 * Creates a production database with its first supervisor; an embedded one is encrypted at
	 * rest with a key that the supervisor's password unlocks.
	 */
	public static Register initSecure(DatabaseLocation location, String supervisorId, String name, char[] password, String office) {
		if (password.length < MINIMUM_PASSWORD) {
			throw ServiceException.of("password.short", MINIMUM_PASSWORD);
		}
		Store store;
		String databaseKey = null;
		if (location.isEmbedded()) {
			if (location.exists() || new DatabaseKeys(location.folder()).exist()) {
				throw ServiceException.of("init.exists", location.toString());
			}
			databaseKey = DatabaseKeys.newDatabaseKey();
			store = Store.createEncrypted(location, databaseKey);
			new DatabaseKeys(location.folder()).grant(supervisorId, password, databaseKey);
		} else {
			store = Store.open(location, null);
			if (store.read(session -> session.settings().get(KIND).isPresent() || session.statistics().residents() > 0)) {
				store.close();
				throw ServiceException.of("init.exists", location.toString());
			}
		}
		Operator supervisor = new Operator(supervisorId, name, Role.SUPERVISOR, PasswordHasher.hash(password));
		store.write(session -> {
			session.settings().put(KIND, PRODUCTION);
			session.settings().put(OFFICE, office);
			session.operators().insert(supervisor);
			session.audit().append(supervisorId, AuditOperation.INIT.code(), null, "production database created at " + location);
			return null;
		});
		return new Register(store, databaseKey, supervisor, false, RegisterClock.configured());
	}

	private static void requireOperator(Login login) {
		if (login.operatorId() == null || login.operatorId().isBlank()) {
			throw ServiceException.of("login.required");
		}
	}

	private static Operator authenticate(Store store, String operatorId, char[] password, Clock clock) {
		try {
			Operator operator = store.read(session -> session.operators().find(operatorId))
					.filter(found -> PasswordHasher.matches(password, found.passwordHash()))
					.orElseThrow(() -> ServiceException.of("login.failed"));
			store.write(session -> {
				session.audit().append(operatorId, AuditOperation.LOGIN.code(), null, RegisterClock.auditNote(clock));
				return null;
			});
			return operator;
		} catch (RuntimeException e) {
			store.close();
			throw e;
		} finally {
			Arrays.fill(password, '\0');
		}
	}

	/** Refuses the use case unless the operator's role allows it. */
	void require(Permission permission, String action) {
		if (!permission.allows(operator.role())) {
			throw ServiceException.of("access.denied", operator.id(), operator.role().name().toLowerCase(), action);
		}
	}

	/** Adds an operator; on an encrypted database their password also unlocks its key. */
	public void addOperator(String id, String name, Role role, char[] password) {
		require(Permission.SUPERVISE, "add operators");
		if (password.length < MINIMUM_PASSWORD) {
			throw ServiceException.of("password.short", MINIMUM_PASSWORD);
		}
		store.write(session -> {
			session.operators().insert(new Operator(id, name, role, PasswordHasher.hash(password)));
			audit(session, AuditOperation.ADD_OPERATOR, null, id + " (" + role.name().toLowerCase() + ")");
			return null;
		});
		if (databaseKey != null) {
			new DatabaseKeys(store.location().folder()).grant(id, password, databaseKey);
		}
	}

	/** The office's name (the workbench's title); empty when none was given. */
	public String office() {
		return store.read(session -> session.settings().get(OFFICE)).orElse("");
	}

	/** Renames the office (Preferences); audited. */
	public void renameOffice(String office) {
		require(Permission.SUPERVISE, "rename the office");
		store.write(session -> {
			session.settings().put(OFFICE, office.strip());
			audit(session, AuditOperation.RENAME_OFFICE, null, office.strip());
			return null;
		});
	}

	/** The settings that protect the counter (idle lock, register location): the office's, a supervisor's to change. */
	public OfficeSettings settings() {
		return new OfficeSettings(this);
	}

	/**
	 * Records that the locked counter passed from {@code previous} to this register's operator
	 * (who just logged in on it; the same operator coming back is recorded too).
	 */
	public void takeOverCounter(Operator previous) {
		store.write(session -> {
			audit(session, AuditOperation.HAND_OVER, null, "from " + previous.id() + " to " + operator.id());
			return null;
		});
	}

	/** Appends the audit entry of a use case, as this register's operator, in the use case's transaction. */
	void audit(Session session, AuditOperation operation, Long residentId, String detail) {
		session.audit().append(operator.id(), operation.code(), residentId, detail);
	}

	public Operator operator() {
		return operator;
	}

	/** Whether this is an open demo database (no login, a banner in the workbench). */
	public boolean isDemo() {
		return demo;
	}

	public LocalDate today() {
		return LocalDate.now(clock);
	}

	public ResidentActions residents() {
		return new ResidentActions(this);
	}

	public CardActions cards() {
		return new CardActions(this);
	}

	public RegisterQueries queries() {
		return new RegisterQueries(this);
	}

	Store store() {
		return store;
	}

	String databaseKey() {
		return databaseKey;
	}

	ExpiryCalculator calculator() {
		return calculator;
	}

	@Override
	public void close() {
		store.close();
	}
}
