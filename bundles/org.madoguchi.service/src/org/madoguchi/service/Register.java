package org.madoguchi.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import org.madoguchi.model.values.Problem;
import org.madoguchi.rules.expiry.ExpiryCalculator;
import org.madoguchi.service.internal.DatabaseKeys;
import org.madoguchi.service.internal.PasswordHasher;
import org.madoguchi.service.internal.Refusals;
import org.madoguchi.store.NewAuditEntry;
import org.madoguchi.store.Session;
import org.madoguchi.store.Store;
import org.madoguchi.store.StoreException;
import org.madoguchi.store.Work;

/**
 * The register as one operator works with it: every use case goes through here, checks the
 * operator's role, runs in one transaction and leaves an audit entry. The workbench and the
 * command line both use it, so neither can do what the other cannot. Each use case is handed out
 * the same way ({@link #residents()}, {@link #cards()}, {@link #imports()}, …); what the store,
 * the printer or the file system refuses reaches the caller as a {@link ServiceException}.
 */
public final class Register implements AutoCloseable {

	/** The built-in operator of demo databases. */
	public static final String BATCH_OPERATOR = "batch";
	static final String KIND = "kind";
	static final String DEMO = "demo";
	static final String PRODUCTION = "production";
	static final String OFFICE = "office";

	private final Store store;
	/** The key an encrypted embedded database was opened with; null otherwise. */
	private final String databaseKey;
	private final Operator operator;
	private final boolean demo;
	private final Clock clock;
	private final ExpiryCalculator calculator = ExpiryCalculator.bundled();
	/** The entry recorded at another register that this register applies, or null at the counter. */
	private final ChangeJournal.Entry applying;

	Register(Store store, String databaseKey, Operator operator, boolean demo, Clock clock) {
		this(new RefusingStore(store), databaseKey, operator, demo, clock, null);
	}

	private Register(Store store, String databaseKey, Operator operator, boolean demo, Clock clock, ChangeJournal.Entry applying) {
		this.store = store;
		this.databaseKey = databaseKey;
		this.operator = operator;
		this.demo = demo;
		this.clock = clock;
		this.applying = applying;
	}

	/**
	 * This register as it applies {@code entry}, recorded at another register, inside
	 * {@code session}'s transaction: its use cases run as {@code operator} at the entry's time,
	 * journal the entry as it is (its office, sequence and created records) and write no audit
	 * entries (the office's own travel with its change file).
	 */
	Register applying(Session session, ChangeJournal.Entry entry, Operator operator) {
		return new Register(new InTransaction(session, store), databaseKey, operator, demo, Clock.fixed(entry.recordedAt(), clock.getZone()),
				entry);
	}

	/**
	 * Opens the register at {@code location}; where there is none, nothing is created and the
	 * problem {@code register.missing} names the place and how to make one. A demo register is run
	 * by the built-in batch operator; a production register needs the operator's login (and,
	 * embedded, the password unlocks its encryption).
	 */
	public static Register open(DatabaseLocation location, Login login) {
		return open(location, login, RegisterClock.configured());
	}

	/** As {@link #open(DatabaseLocation, Login)}, with the clock that decides the register's today. */
	public static Register open(DatabaseLocation location, Login login, Clock clock) {
		return Refusals.translated(() -> openStore(location.database(), login, clock));
	}

	private static Register openStore(org.madoguchi.store.DatabaseLocation location, Login login, Clock clock) {
		if (location.isEmbedded() && new DatabaseKeys(location.folder()).exist()) {
			requireOperator(login);
			Logins.Opened opened = Logins.encrypted(location, login, clock);
			return new Register(opened.store(), opened.databaseKey(), opened.operator(), false, clock);
		}
		if (!location.exists()) {
			throw ServiceException.of("register.missing", location.toString());
		}
		Store store = Store.open(location, null);
		try {
			String kind = store.read(session -> session.settings().get(KIND))
					.orElseThrow(() -> ServiceException.of("register.missing", location.toString()));
			if (DEMO.equals(kind)) {
				return new Register(store, null, new Operator(BATCH_OPERATOR, "batch", Role.BATCH), true, clock);
			}
			requireOperator(login);
			return new Register(store, null, Logins.onServer(store, login, clock), false, clock);
		} catch (RuntimeException e) {
			store.close();
			throw e;
		}
	}

	/**
	 * Opens the register at {@code location}, first creating an open demo register there when there
	 * is none (demo fills, restores and the first-run wizard make registers on purpose). Of several
	 * processes doing so at once, one creates it and the others open what it made.
	 */
	public static Register openOrCreateDemo(DatabaseLocation location, Login login) {
		return openOrCreateDemo(location, login, RegisterClock.configured());
	}

	/** As {@link #openOrCreateDemo(DatabaseLocation, Login)}, with the clock that decides the register's today. */
	public static Register openOrCreateDemo(DatabaseLocation location, Login login, Clock clock) {
		if (!location.isEmbedded() || !new DatabaseKeys(location.folder()).exist()) {
			Refusals.translated(() -> Store.openOrCreate(location.database(), Register::markDemoUnlessMarked)).close();
		}
		return open(location, login, clock);
	}

	/** A new register is a demo register; one that already says what it is stays as it is. */
	private static Void markDemoUnlessMarked(Session session) {
		if (session.settings().get(KIND).isEmpty()) {
			session.settings().put(KIND, DEMO);
		}
		return null;
	}

	/**
	 * Creates a production database with its first supervisor; an embedded one is encrypted at
	 * rest with a key that the supervisor's password unlocks. The register appears with its kind and
	 * supervisor already in it, so that no other process ever sees it half made.
	 */
	public static Register initSecure(DatabaseLocation location, String supervisorId, String name, char[] password, String office) {
		return initSecure(location, supervisorId, name, password, office, RegisterClock.configured());
	}

	/** As {@link #initSecure(DatabaseLocation, String, String, char[], String)}, with the clock that decides the register's today. */
	public static Register initSecure(DatabaseLocation location, String supervisorId, String name, char[] password, String office,
			Clock clock) {
		return Refusals.translated(() -> createProduction(location, supervisorId, name, password, office, clock));
	}

	private static Register createProduction(DatabaseLocation location, String supervisorId, String name, char[] password, String office,
			Clock clock) {
		LoginRules.DEFAULT.checkNewPassword(password);
		Operator supervisor = new Operator(supervisorId, name, Role.SUPERVISOR);
		Work<Void> production = session -> {
			session.settings().put(KIND, PRODUCTION);
			session.settings().put(OFFICE, office);
			session.operators().insert(new org.madoguchi.store.Operator(supervisorId, name, Role.SUPERVISOR.name(), PasswordHasher.hash(password)));
			session.audit().append(List.of(AuditDetail.entry(LocalDateTime.now(clock), supervisorId, AuditOperation.INIT, null,
					AuditDetail.of("created", location))));
			return null;
		};
		Store store;
		String databaseKey = null;
		if (location.isEmbedded()) {
			if (location.exists() || new DatabaseKeys(location.folder()).exist()) {
				throw ServiceException.of("init.exists", location.toString());
			}
			databaseKey = DatabaseKeys.newDatabaseKey();
			try {
				store = Store.createEncrypted(location.database(), databaseKey, production);
			} catch (StoreException e) {
				if (location.exists()) {
					throw ServiceException.of("init.exists", location.toString());
				}
				throw e;
			}
			new DatabaseKeys(location.folder()).grant(supervisorId, password, databaseKey);
		} else {
			store = Store.open(location.database(), null);
			try {
				store.write(session -> {
					if (session.settings().get(KIND).isPresent() || session.statistics().residents() > 0) {
						throw ServiceException.of("init.exists", location.toString());
					}
					return production.run(session);
				});
			} catch (RuntimeException e) {
				store.close();
				throw e;
			}
		}
		return new Register(store, databaseKey, supervisor, false, clock);
	}

	private static void requireOperator(Login login) {
		if (login.operatorId() == null || login.operatorId().isBlank()) {
			throw ServiceException.of("login.required");
		}
	}

	/** Refuses the use case unless the operator's role allows it. */
	void require(Permission permission, String action) {
		if (!permission.allows(operator.role())) {
			throw ServiceException.of("access.denied", operator.id(), operator.role().code(), action);
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
			audit(session, AuditOperation.RENAME_OFFICE, null, AuditDetail.of("officeName", office.strip()));
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
			audit(session, AuditOperation.HAND_OVER, null, AuditDetail.of("handOver", previous.id(), operator.id()));
			return null;
		});
	}

	/** Appends the journal entry of a use case that changes data, as this register's operator, in the use case's transaction. */
	void journal(Session session, JournalDraft draft) {
		if (applying == null) {
			draft.record(session, operator.id(), now());
		} else {
			// central orders what it applies; an office keeps central's order for what it takes from a reply
			session.journal().appendApplied(applying.journaled(), ChangeJournal.CENTRAL.equals(ChangeJournal.office(session)));
		}
	}

	/**
	 * Appends the audit entry of a use case, as this register's operator, in the use case's
	 * transaction, stamped by the register's clock.
	 */
	void audit(Session session, AuditOperation operation, Long residentId, Problem detail) {
		audit(session, List.of(auditEntry(operation, residentId, detail)));
	}

	/** Appends a batch of audit entries, as {@link #audit(Session, AuditOperation, Long, Problem)} does one. */
	void audit(Session session, List<NewAuditEntry> entries) {
		if (applying == null) {
			session.audit().append(entries);
		}
	}

	/** An audit entry of this register's operator, stamped now by the register's clock: to append with others in one batch. */
	NewAuditEntry auditEntry(AuditOperation operation, Long residentId, Problem detail) {
		return AuditDetail.entry(LocalDateTime.now(clock), operator.id(), operation, residentId, detail);
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

	/** The register's time now, as its clock gives it. */
	Instant now() {
		return clock.instant();
	}

	/** The time zone of the register's clock, in which its days begin. */
	ZoneId zone() {
		return clock.getZone();
	}

	public ResidentActions residents() {
		return new ResidentActions(this);
	}

	/** The resident changes (住民異動) and their consequences for the card. */
	public ResidentChangeActions changes() {
		return new ResidentChangeActions(this);
	}

	/** Residents' whole records, with their history, for display. */
	public ResidentRecords records() {
		return new ResidentRecords(this);
	}

	public CardActions cards() {
		return new CardActions(this);
	}

	/** Pickup notices (交付通知書) for the cards waiting at the counter. */
	public PickupNotices pickupNotices() {
		return new PickupNotices(this);
	}

	/** The journal of the use cases that changed the register: what travels between a city's registers. */
	public ChangeJournal journal() {
		return new ChangeJournal(this);
	}

	/** The change files a branch office's register carries to central. */
	public ChangeFiles sync() {
		return new ChangeFiles(this);
	}

	/** Central's import of the branch offices' change files. */
	public ChangeFileImport syncImport() {
		return new ChangeFileImport(this);
	}

	/** Central's replies, imported at a branch office. */
	public ReplyImport replyImport() {
		return new ReplyImport(this);
	}

	/** Where this register stands in the exchange of change files. */
	public SyncStatus syncStatus() {
		return new SyncStatus(this);
	}

	/** The office entries central kept as conflicts, and their decisions. */
	public OfficeConflicts conflicts() {
		return new OfficeConflicts(this);
	}

	/** The branch offices whose change files this (central) register takes. */
	public BranchOffices offices() {
		return new BranchOffices(this);
	}

	/** The nightly job: what time alone changes. */
	public DailyRun daily() {
		return new DailyRun(this);
	}

	public RegisterQueries queries() {
		return new RegisterQueries(this);
	}

	/** Resident files read into the register. */
	public ResidentImport imports() {
		return new ResidentImport(this);
	}

	/** The register written out as a resident file. */
	public ResidentExport exports() {
		return new ResidentExport(this);
	}

	/** The expiry workbooks for colleagues. */
	public ExpiryReports reports() {
		return new ExpiryReports(this);
	}

	/** Cards and masking cards printed with the standard layout ({@link CardPrinting#withLayout} for another). */
	public CardPrinting printing() {
		return new CardPrinting(this, null);
	}

	/** Backups of the whole register ({@link #restore} makes a register of one). */
	public Backups backups() {
		return new Backups(this);
	}

	/** Synthetic residents for an open demo register. */
	public DemoFill demo() {
		return new DemoFill(this);
	}

	/** Installing a new Madoguchi from an update file, and going back to the version before it. */
	public SoftwareUpdates updates() {
		return new SoftwareUpdates(this);
	}

	/** The operators of a production register: listed, disabled, given roles, their own passwords. */
	public OperatorAccounts operators() {
		return new OperatorAccounts(this);
	}

	/** Whether the audit trail is as it was written, in itself and against a backup's anchor. */
	public AuditIntegrity auditIntegrity() {
		return new AuditIntegrity(this);
	}

	/** The access log an auditor reviews: the audit trail of some days with the entries to look at. */
	public AccessLogReports accessLog() {
		return new AccessLogReports(this);
	}

	/** The audit trail of some days as a file to archive. */
	public AuditArchive auditArchive() {
		return new AuditArchive(this);
	}

	/**
	 * Restores the backup {@code file} into a new database at {@code location}; see
	 * {@link Backups} for who may restore what. The register is made, not opened: open it afterwards.
	 */
	public static void restore(Path file, DatabaseLocation location, Login login) {
		Refusals.translated(() -> {
			Backups.restore(file, location, login, Backups.Finish.NOTHING);
			return null;
		});
	}

	/**
	 * Makes a branch office's register at {@code location} (embedded) from a backup of the central
	 * register, as {@link #restore} does, with the office's code and a new signing key pair: the
	 * private key kept beside the register, the public key written to {@code publicKeyOut} for
	 * central's {@code office add}, with the block of ids its new records get ({@code idBlock}, or
	 * when null the next one after the offices registered in the backup).
	 */
	public static Replicas.Replica createReplica(Path file, DatabaseLocation location, Login login, String office, Long idBlock,
			Path publicKeyOut) {
		return Refusals.translated(() -> Replicas.create(file, location, login, office, idBlock, publicKeyOut));
	}

	/**
	 * Whether {@code file} is the backup of an open demo register: it has no operators, so restoring
	 * it needs no login (the file itself is not encrypted: whoever holds it can read it).
	 */
	public static boolean isOpenBackup(Path file) {
		return Refusals.translated(() -> Backups.isOpen(file));
	}

	Store store() {
		return store;
	}

	String databaseKey() {
		return databaseKey;
	}

	/** The clock that decides the register's today and stamps its audit entries. */
	Clock clock() {
		return clock;
	}

	ExpiryCalculator calculator() {
		return calculator;
	}

	@Override
	public void close() {
		store.close();
	}
}
