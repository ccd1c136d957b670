package org.madoguchi.ui.internal.cards;

import java.util.EnumSet;
import java.util.Set;

import org.madoguchi.model.CardStatus;
import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.service.Permission;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.workbench.ModelIds;

/**
 * The card actions of the workbench, each a command: when the lifecycle and the operator's role
 * allow it, and how it asks the clerk to confirm (naming the person).
 */
public enum CardStep {
	/** A first card: the resident holds none and none is on its way. */
	APPLY(Permission.COUNTER_WORK, null, ModelIds.CARD_APPLY),
	/** A new card for one the resident holds. */
	RENEW(Permission.COUNTER_WORK, null, ModelIds.CARD_RENEW),
	RECORD_PRODUCTION(Permission.COUNTER_WORK, CardStatus.PRODUCED, ModelIds.CARD_RECORD_PRODUCTION),
	READY_FOR_PICKUP(Permission.COUNTER_WORK, CardStatus.READY, ModelIds.CARD_READY_FOR_PICKUP),
	ISSUE(Permission.APPROVE, CardStatus.ISSUED, ModelIds.CARD_ISSUE),
	/** The resident reported the card lost. */
	SUSPEND(Permission.COUNTER_WORK, CardStatus.SUSPENDED, ModelIds.CARD_SUSPEND),
	REVOKE(Permission.APPROVE, CardStatus.REVOKED, ModelIds.CARD_REVOKE);

	private static final Set<CardStep> APPLICATIONS = EnumSet.of(APPLY, RENEW);

	private final String commandId;
	private final Permission permission;
	/** The status the selected card moves to; null for the steps that create a card. */
	private final CardStatus to;

	CardStep(Permission permission, CardStatus to, String commandId) {
		this.commandId = commandId;
		this.permission = permission;
		this.to = to;
	}

	/** The command's id in the application model. */
	public String commandId() {
		return commandId;
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
