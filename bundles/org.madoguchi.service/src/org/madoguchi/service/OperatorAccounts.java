package org.madoguchi.service;

import java.util.List;
import java.util.function.Supplier;

import org.madoguchi.service.internal.DatabaseKeys;
import org.madoguchi.service.internal.PasswordHasher;
import org.madoguchi.store.OperatorAccount;
import org.madoguchi.store.Session;

/**
 * The operators of a production register: a supervisor adds them, lists them, unlocks them
 * after failed logins, disables them and changes their roles; each changes their own password. Every change is audited, and the last active
 * supervisor can be neither disabled nor given another role, so that someone can still supervise.
 */
public final class OperatorAccounts {

	/** An operator as the list shows them; {@code role} in lower case (clerk, supervisor, auditor). */
	public record Account(String id, String name, String role, boolean active) {
	}

	private final Register register;

	OperatorAccounts(Register register) {
		this.register = register;
	}

	/** Adds an operator; on an encrypted database their password also unlocks its key. */
	public void add(String id, String name, Role role, char[] password) {
		add(id, name, role, () -> password);
	}

	/**
	 * Adds an operator whose password is asked only when the register takes operators (an open
	 * demo register has no logins, and refuses before anyone types a password).
	 */
	public void add(String id, String name, Role role, Supplier<char[]> newPassword) {
		register.require(Permission.SUPERVISE, "add operators");
		refuseOnOpenRegister();
		char[] password = newPassword.get();
		register.store().read(session -> LoginRules.of(session.settings())).checkNewPassword(password);
		register.store().write(session -> {
			session.operators().insert(new org.madoguchi.store.Operator(id, name, role.name(), PasswordHasher.hash(password)));
			register.audit(session, AuditOperation.ADD_OPERATOR, null, AuditDetail.of("operatorWithRole", id, AuditDetail.role(role)));
			return null;
		});
		if (register.databaseKey() != null) {
			new DatabaseKeys(register.store().location().folder()).grant(id, password, register.databaseKey());
		}
	}

	/** Lifts the lock that failed logins put on an operator ID; audited. */
	public void unlock(String id) {
		register.require(Permission.SUPERVISE, "unlock operators");
		register.store().write(session -> {
			session.loginFailures().clear(id);
			register.audit(session, AuditOperation.UNLOCK_OPERATOR, null, AuditDetail.of("operator", id));
			return null;
		});
		if (register.databaseKey() != null) {
			new LoginFailureFile(register.store().location().folder()).clear(id);
		}
	}

	/** Every operator, disabled ones too, by ID. */
	public List<Account> list() {
		register.require(Permission.SUPERVISE, "list operators");
		return register.store().read(session -> session.operators().accounts()).stream()
				.map(account -> new Account(account.operator().id(), account.operator().name(), roleOf(account.operator()).code(),
						account.active()))
				.toList();
	}

	/**
	 * Disables an operator: they can no longer log in, and on an encrypted register their password no
	 * longer unwraps its key. They stay listed, as the audit trail names them.
	 */
	public void disable(String id) {
		register.require(Permission.SUPERVISE, "disable operators");
		refuseOnOpenRegister();
		register.store().write(session -> {
			OperatorAccount account = account(session, id);
			if (!account.active()) {
				throw ServiceException.of("operator.disabledAlready", id);
			}
			refuseLastSupervisor(session, account);
			session.operators().disable(id);
			register.audit(session, AuditOperation.DISABLE_OPERATOR, null, AuditDetail.of("operator", id));
			return null;
		});
		if (register.databaseKey() != null) {
			new DatabaseKeys(register.store().location().folder()).revoke(id);
		}
	}

	public void changeRole(String id, Role role) {
		register.require(Permission.SUPERVISE, "change roles");
		refuseOnOpenRegister();
		if (role == Role.BATCH) {
			throw ServiceException.of("operator.role");
		}
		register.store().write(session -> {
			OperatorAccount account = account(session, id);
			if (role != Role.SUPERVISOR) {
				refuseLastSupervisor(session, account);
			}
			session.operators().changeRole(id, role.name());
			register.audit(session, AuditOperation.CHANGE_ROLE, null,
					AuditDetail.of("roleChanged", id, AuditDetail.role(roleOf(account.operator())), AuditDetail.role(role)));
			return null;
		});
	}

	/** The operator's own new password (under the office's minimum length); on an encrypted register it unwraps the key from now on. */
	public void changeOwnPassword(Supplier<char[]> newPassword) {
		refuseOnOpenRegister();
		String id = register.operator().id();
		char[] password = newPassword.get();
		register.store().read(session -> LoginRules.of(session.settings())).checkNewPassword(password);
		register.store().write(session -> {
			session.operators().changePassword(id, PasswordHasher.hash(password));
			register.audit(session, AuditOperation.CHANGE_PASSWORD, null, AuditDetail.of("operator", id));
			return null;
		});
		if (register.databaseKey() != null) {
			new DatabaseKeys(register.store().location().folder()).grant(id, password, register.databaseKey());
		}
	}

	private void refuseOnOpenRegister() {
		if (register.isDemo()) {
			throw ServiceException.of("operator.openRegister");
		}
	}

	private static OperatorAccount account(Session session, String id) {
		return session.operators().account(id).orElseThrow(() -> ServiceException.of("operator.unknown", id));
	}

	/** An active supervisor about to stop supervising must leave another one. */
	private static void refuseLastSupervisor(Session session, OperatorAccount leaving) {
		if (!leaving.active() || roleOf(leaving.operator()) != Role.SUPERVISOR) {
			return;
		}
		boolean another = session.operators().accounts().stream().anyMatch(account -> account.active()
				&& roleOf(account.operator()) == Role.SUPERVISOR && !account.operator().id().equals(leaving.operator().id()));
		if (!another) {
			throw ServiceException.of("operator.lastSupervisor", leaving.operator().id());
		}
	}

	private static Role roleOf(org.madoguchi.store.Operator operator) {
		return Role.valueOf(operator.role());
	}
}
