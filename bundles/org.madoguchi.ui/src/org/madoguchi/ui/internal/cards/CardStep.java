package org.madoguchi.ui.internal.cards;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.madoguchi.model.CardStatus;
import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.service.Permission;
import org.madoguchi.ui.internal.Messages;

/**
 * The card actions of the workbench, each a command: when the lifecycle and the operator's role
 * allow it, and how it asks the clerk to confirm (naming the person).
 */
public enum CardStep {
	/** A first card: the resident holds none and none is on its way. */
	APPLY(Permission.COUNTER_WORK, null),
	/** A new card for one the resident holds. */
	RENEW(Permission.COUNTER_WORK, null),
	RECORD_PRODUCTION(Permission.COUNTER_WORK, CardStatus.PRODUCED),
	READY_FOR_PICKUP(Permission.COUNTER_WORK, CardStatus.READY),
	ISSUE(Permission.APPROVE, CardStatus.ISSUED),
	/** The resident reported the card lost. */
	SUSPEND(Permission.COUNTER_WORK, CardStatus.SUSPENDED),
	REVOKE(Permission.APPROVE, CardStatus.REVOKED);

	private static final Set<CardStep> APPLICATIONS = EnumSet.of(APPLY, RENEW);

	private final Permission permission;
	/** The status the selected card moves to; null for the steps that create a card. */
	private final CardStatus to;

	CardStep(Permission permission, CardStatus to) {
		this.permission = permission;
		this.to = to;
	}

	/** The command's id in the application model: org.madoguchi.ui.command.card.issue, … */
	public String commandId() {
		return "org.madoguchi.ui.command.card." + name().toLowerCase(Locale.ROOT).replace("_", "");
	}

	public Permission permission() {
		return permission;
	}

	/** Whether the lifecycle allows the step for this subject (the role is checked apart). */
	public boolean allows(CardSubject subject) {
		if (subject == null) {
			return false;
		}
		if (APPLICATIONS.contains(this)) {
			return !subject.hasPendingCard() && (this == RENEW) == subject.holdsCard();
		}
		return subject.card() != null && CardLifecycle.allows(subject.cardStatus(), to);
	}

	public String label() {
		return switch (this) {
		case APPLY -> Messages.Card_apply;
		case RENEW -> Messages.Card_renew;
		case RECORD_PRODUCTION -> Messages.Card_produced;
		case READY_FOR_PICKUP -> Messages.Card_ready;
		case ISSUE -> Messages.Card_issue;
		case SUSPEND -> Messages.Card_suspend;
		case REVOKE -> Messages.Card_revoke;
		};
	}

	/** The question that names the person, with {0} the name and {1} the card's serial. */
	public String question() {
		return switch (this) {
		case APPLY -> Messages.Card_applyQuestion;
		case RENEW -> Messages.Card_renewQuestion;
		case RECORD_PRODUCTION -> Messages.Card_producedQuestion;
		case READY_FOR_PICKUP -> Messages.Card_readyQuestion;
		case ISSUE -> Messages.Card_issueQuestion;
		case SUSPEND -> Messages.Card_suspendQuestion;
		case REVOKE -> Messages.Card_revokeQuestion;
		};
	}
}
