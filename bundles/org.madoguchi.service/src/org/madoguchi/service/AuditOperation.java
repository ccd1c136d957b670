package org.madoguchi.service;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.madoguchi.model.CardStatus;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.values.Problem;

/**
 * What an audit entry records. The code is what the register stores and the command line
 * prints ({@code show-number}); the label is what a clerk or an auditor reads in the workbench,
 * in Japanese or English (keys {@code audit.<code>} in problems.properties).
 */
public enum AuditOperation {
	INIT("init"),
	LOGIN("login"),
	LOGIN_FAILED("login-failed"),
	UNLOCK_OPERATOR("unlock-operator"),
	SET_LOGIN_RULES("set-login-rules"),
	SET_ACCESS_LOG_RULES("set-access-log-rules"),
	ADD_OPERATOR("add-operator"),
	DISABLE_OPERATOR("disable-operator"),
	CHANGE_ROLE("change-role"),
	CHANGE_PASSWORD("change-password"),
	RENAME_OFFICE("rename-office"),
	HAND_OVER("hand-over"),
	SET_IDLE_LOCK("set-idle-lock"),
	SET_REGISTER_LOCATION("set-register-location"),
	SEARCH("search"),
	VIEW_RESIDENT("view-resident"),
	SHOW_NUMBER("show-number"),
	REGISTER("register"),
	REGISTRATION(NotificationKind.REGISTRATION),
	BIRTH(NotificationKind.BIRTH),
	MOVE_IN(NotificationKind.MOVE_IN),
	MOVE_WITHIN(NotificationKind.MOVE_WITHIN),
	MOVE_OUT(NotificationKind.MOVE_OUT),
	HOUSEHOLD_CHANGE("household-change"),
	NAME_CHANGE("name-change"),
	DEATH("death"),
	CORRECTION("correction"),
	CANCEL_CHANGE("cancel-change"),
	SET_MUNICIPALITY("set-municipality"),
	CONTINUED_USE("continued-use"),
	NOTES_WRITTEN("notes-written"),
	APPLY("apply"),
	PRODUCED(CardStatus.PRODUCED),
	READY(CardStatus.READY),
	ISSUED(CardStatus.ISSUED),
	SUSPENDED(CardStatus.SUSPENDED),
	REVOKED(CardStatus.REVOKED),
	EXPIRED(CardStatus.EXPIRED),
	RETURNED(CardStatus.RETURNED),
	RENEW_CERTIFICATES("renew-certificates"),
	CHANGE_VALIDITY("change-validity"),
	PRINT_CARD("print-card"),
	PRINT_PROOF("print-proof"),
	PRINT_PREVIEW("print-preview"),
	PRINT_MASKING("print-masking"),
	PRINT_PICKUP_NOTICE("print-pickup-notice"),
	PRINT_NOTES("print-notes"),
	REPORT("report"),
	REPORT_WITH_NUMBERS("report-with-numbers"),
	IMPORT("import"),
	EXPORT("export"),
	AUDIT_EXPORT("audit-export"),
	BACKUP("backup"),
	RESTORE("restore"),
	MAKE_REPLICA("make-replica"),
	ADD_OFFICE("add-office"),
	SYNC_EXPORT("sync-export"),
	SYNC_IMPORT("sync-import"),
	SYNC_RESOLVE("sync-resolve"),
	SET_SYNC_WARNING("set-sync-warning"),
	DEMO("demo"),
	UPDATE("update");

	/** What wrote full Individual Numbers to paper or to a file: an auditor looks at each. */
	private static final Set<AuditOperation> WITH_FULL_NUMBERS = EnumSet.of(PRINT_CARD, PRINT_PROOF, REPORT_WITH_NUMBERS, EXPORT, BACKUP);

	private static final Map<String, AuditOperation> BY_CODE = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap(AuditOperation::code, Function.identity()));

	private final String code;

	AuditOperation(String code) {
		this.code = code;
	}

	/** A change of address is recorded under the notification that made it. */
	AuditOperation(NotificationKind notification) {
		this(notification.getLiteral());
	}

	/** A card step is recorded under the status the card reached. */
	AuditOperation(CardStatus reached) {
		this(reached.getLiteral());
	}

	public String code() {
		return code;
	}

	/** Whether the operation wrote full Individual Numbers to paper or to a file (cards, exports, backups). */
	public boolean heldFullNumbers() {
		return WITH_FULL_NUMBERS.contains(this);
	}

	/** The operation in the given language (Japanese or English). */
	public String label(Locale locale) {
		return new Problem(AuditOperation.class, "audit." + code).in(locale);
	}

	/** The operation of a stored code; empty for a code this version does not know. */
	public static Optional<AuditOperation> ofCode(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

	/** What a stored code reads as in {@code locale}: its label, or the code itself if this version does not know it. */
	public static String labelOf(String code, Locale locale) {
		return ofCode(code).map(operation -> operation.label(locale)).orElse(code);
	}

	static AuditOperation of(NotificationKind notification) {
		return BY_CODE.get(notification.getLiteral());
	}

	static AuditOperation of(CardStatus reached) {
		return BY_CODE.get(reached.getLiteral());
	}
}
