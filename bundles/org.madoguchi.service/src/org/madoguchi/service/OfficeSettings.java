package org.madoguchi.service;

import java.util.Optional;

import org.madoguchi.model.values.Problem;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.LocalGovernmentCode;
import org.madoguchi.store.Session;

/**
 * The settings that protect the counter: how long an untouched workbench stays unlocked, where
 * the office's register lives, the rules against guessing passwords, what the access log flags and
 * after how many days without central's reply a branch office is warned. They are the office's, not a workstation's: kept in the
 * register, read by everyone, changed by a supervisor only, and every change is audited.
 */
public final class OfficeSettings {

	/** Minutes without a key or mouse event before the counter locks, where no supervisor chose otherwise. */
	public static final int DEFAULT_IDLE_LOCK_MINUTES = 5;
	/** The longest idle lock a supervisor may choose; 0 is "never". */
	public static final int MAX_IDLE_LOCK_MINUTES = 240;
	/** Days without central's reply after which a branch office's workbench warns, where no supervisor chose otherwise. */
	public static final int DEFAULT_SYNC_WARNING_DAYS = 7;
	/** The longest a supervisor may let an office go unwarned. */
	public static final int MAX_SYNC_WARNING_DAYS = 365;
	static final String IDLE_LOCK = "counter.idleLockMinutes";
	static final String SYNC_WARNING = "sync.warningDays";
	static final String REGISTER_LOCATION = "counter.registerLocation";
	static final String MUNICIPALITY = "office.municipality";

	private final Register register;

	OfficeSettings(Register register) {
		this.register = register;
	}

	/** Minutes without a key or mouse event before the counter locks; 0 never. */
	public int idleLockMinutes() {
		return setting(IDLE_LOCK).map(Integer::parseInt).orElse(DEFAULT_IDLE_LOCK_MINUTES);
	}

	public void setIdleLockMinutes(int minutes) {
		register.require(Permission.SUPERVISE, "change the idle lock");
		if (minutes < 0 || minutes > MAX_IDLE_LOCK_MINUTES) {
			throw ServiceException.of("settings.idleLock", minutes, MAX_IDLE_LOCK_MINUTES);
		}
		change(IDLE_LOCK, String.valueOf(minutes), AuditOperation.SET_IDLE_LOCK, AuditDetail.of("minutes", minutes));
	}

	/** Days without central's reply after which a branch office's workbench warns (it keeps working). */
	public int syncWarningDays() {
		return setting(SYNC_WARNING).map(Integer::parseInt).orElse(DEFAULT_SYNC_WARNING_DAYS);
	}

	public void setSyncWarningDays(int days) {
		register.require(Permission.SUPERVISE, "change the sync warning");
		if (days < 1 || days > MAX_SYNC_WARNING_DAYS) {
			throw ServiceException.of("settings.syncWarning", days, MAX_SYNC_WARNING_DAYS);
		}
		change(SYNC_WARNING, String.valueOf(days), AuditOperation.SET_SYNC_WARNING, AuditDetail.of("days", days));
	}

	/** The register the office's workbenches open, as a supervisor set it; empty when none did. */
	public Optional<String> registerLocation() {
		return setting(REGISTER_LOCATION);
	}

	public void setRegisterLocation(String location) {
		register.require(Permission.SUPERVISE, "change the register's location");
		change(REGISTER_LOCATION, location.strip(), AuditOperation.SET_REGISTER_LOCATION, AuditDetail.of("location", location.strip()));
	}

	/** The office's rules against guessing passwords. */
	public LoginRules loginRules() {
		return register.store().read(session -> LoginRules.of(session.settings()));
	}

	/** Changes the rules against guessing passwords; a minimum password shorter than the default is refused. */
	public void setLoginRules(LoginRules rules) {
		register.require(Permission.SUPERVISE, "change the login rules");
		rules.check();
		register.store().write(session -> putLoginRules(session, rules));
		rememberForFailedLogins(rules);
	}

	/** What the access log flags for an auditor. */
	public AccessLogRules accessLogRules() {
		return register.store().read(session -> AccessLogRules.of(session.settings()));
	}

	/** Changes what the access log flags; audited. */
	public void setAccessLogRules(AccessLogRules rules) {
		register.require(Permission.SUPERVISE, "change the access-log rules");
		rules.check();
		register.store().write(session -> putAccessLogRules(session, rules));
	}

	/**
	 * The local government code (6 digits) of the municipality whose register this is: a move
	 * within stays in it, a move-in comes from elsewhere. Empty until a supervisor sets it.
	 */
	public Optional<String> municipality() {
		return setting(MUNICIPALITY);
	}

	public void setMunicipality(String code) {
		register.require(Permission.SUPERVISE, "set the office's municipality");
		String normalized = municipalityCode(code);
		register.store().write(session -> putMunicipality(session, normalized));
	}

	/** The municipality, the login rules and the access-log rules, read together. */
	public OfficeRules officeRules() {
		return register.store().read(session -> new OfficeRules(session.settings().get(MUNICIPALITY), LoginRules.of(session.settings()),
				AccessLogRules.of(session.settings())));
	}

	/**
	 * Changes what differs from the office's rules now, in one transaction: everything or, refused,
	 * nothing. Each rule changed is audited as its own setting; an empty municipality leaves it as it is.
	 */
	public void setOfficeRules(OfficeRules rules) {
		register.require(Permission.SUPERVISE, "change the office's rules");
		rules.login().check();
		rules.accessLog().check();
		Optional<String> municipality = rules.municipality().filter(code -> !code.isBlank()).map(OfficeSettings::municipalityCode);
		boolean loginChanged = register.store().write(session -> {
			if (municipality.isPresent() && !municipality.equals(session.settings().get(MUNICIPALITY))) {
				putMunicipality(session, municipality.get());
			}
			if (!rules.accessLog().equals(AccessLogRules.of(session.settings()))) {
				putAccessLogRules(session, rules.accessLog());
			}
			if (rules.login().equals(LoginRules.of(session.settings()))) {
				return false;
			}
			putLoginRules(session, rules.login());
			return true;
		});
		if (loginChanged) {
			rememberForFailedLogins(rules.login());
		}
	}

	private Void putLoginRules(Session session, LoginRules rules) {
		session.settings().put(LoginRules.ATTEMPTS, String.valueOf(rules.attempts()));
		session.settings().put(LoginRules.LOCK_MINUTES, String.valueOf(rules.lockMinutes()));
		session.settings().put(LoginRules.MINIMUM_PASSWORD, String.valueOf(rules.minimumPassword()));
		register.audit(session, AuditOperation.SET_LOGIN_RULES, null, AuditDetail.of("loginRules", rules.attempts(), rules.lockMinutes(),
				rules.minimumPassword()));
		return null;
	}

	/** An encrypted register's login rules are read before anyone logs in, when no failed login can open it. */
	private void rememberForFailedLogins(LoginRules rules) {
		if (register.databaseKey() != null) {
			new LoginFailureFile(register.store().location().folder()).rememberRules(rules);
		}
	}

	private Void putAccessLogRules(Session session, AccessLogRules rules) {
		rules.store(session.settings());
		register.audit(session, AuditOperation.SET_ACCESS_LOG_RULES, null, AuditDetail.of("accessLogRules", rules.hours(), rules.numberViews(),
				rules.searches(), AccessLogRules.SEARCH_MINUTES));
		return null;
	}

	private static String municipalityCode(String code) {
		try {
			return LocalGovernmentCode.normalize(code);
		} catch (InvalidValueException e) {
			throw new ServiceException(e.problem());
		}
	}

	private Void putMunicipality(Session session, String code) {
		return put(session, MUNICIPALITY, code, AuditOperation.SET_MUNICIPALITY, AuditDetail.of("municipality", code));
	}

	private Optional<String> setting(String name) {
		return register.store().read(session -> session.settings().get(name));
	}

	private void change(String name, String value, AuditOperation operation, Problem detail) {
		register.store().write(session -> put(session, name, value, operation, detail));
	}

	private Void put(Session session, String name, String value, AuditOperation operation, Problem detail) {
		session.settings().put(name, value);
		register.audit(session, operation, null, detail);
		return null;
	}
}
