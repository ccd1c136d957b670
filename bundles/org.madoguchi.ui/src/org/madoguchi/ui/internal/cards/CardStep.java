package org.madoguchi.ui.internal.cards;

import java.time.LocalDate;

import org.madoguchi.service.CardActions;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.workbench.ModelIds;

/**
 * The card actions of the workbench, each a command: offered when the service allows its step,
 * and what it asks the clerk (naming the person) before it is taken.
 */
public enum CardStep {
	APPLY(CardActions.Step.APPLY, ModelIds.CARD_APPLY),
	RENEW(CardActions.Step.RENEW, ModelIds.CARD_RENEW),
	RECORD_PRODUCTION(CardActions.Step.RECORD_PRODUCTION, ModelIds.CARD_RECORD_PRODUCTION),
	READY_FOR_PICKUP(CardActions.Step.READY_FOR_PICKUP, ModelIds.CARD_READY_FOR_PICKUP),
	ISSUE(CardActions.Step.ISSUE, ModelIds.CARD_ISSUE),
	SUSPEND(CardActions.Step.SUSPEND, ModelIds.CARD_SUSPEND),
	REINSTATE(CardActions.Step.REINSTATE, ModelIds.CARD_REINSTATE),
	RETURN(CardActions.Step.RETURN, ModelIds.CARD_RETURN),
	REVOKE(CardActions.Step.REVOKE, ModelIds.CARD_REVOKE),
	RENEW_CERTIFICATES(CardActions.Step.RENEW_CERTIFICATES, ModelIds.CARD_RENEW_CERTIFICATES),
	CHANGE_VALIDITY(CardActions.Step.CHANGE_VALIDITY, ModelIds.CARD_CHANGE_VALIDITY),
	CONTINUED_USE(CardActions.Step.CONTINUED_USE, ModelIds.CARD_CONTINUED_USE),
	NOTES_WRITTEN(CardActions.Step.NOTES_WRITTEN, ModelIds.CARD_NOTES_WRITTEN);

	private final CardActions.Step step;
	private final String commandId;

	CardStep(CardActions.Step step, String commandId) {
		this.step = step;
		this.commandId = commandId;
	}

	/** The command's id in the application model. */
	public String commandId() {
		return commandId;
	}

	/** Whether the service takes the step on this subject now (the operator's role included). */
	public boolean allows(CardSubject subject) {
		return subject != null && subject.allowed().contains(step);
	}

	public String label() {
		return switch (this) {
		case APPLY -> Messages.Card_apply;
		case RENEW -> Messages.Card_renew;
		case RECORD_PRODUCTION -> Messages.Card_produced;
		case READY_FOR_PICKUP -> Messages.Card_ready;
		case ISSUE -> Messages.Card_issue;
		case SUSPEND -> Messages.Card_suspend;
		case REINSTATE -> Messages.Card_reinstate;
		case RETURN -> Messages.Card_return;
		case REVOKE -> Messages.Card_revoke;
		case RENEW_CERTIFICATES -> Messages.Card_renewCertificates;
		case CHANGE_VALIDITY -> Messages.Card_changeValidity;
		case CONTINUED_USE -> Messages.Card_continuedUse;
		case NOTES_WRITTEN -> Messages.Card_notesWritten;
		};
	}

	/** The question that names the person, with {0} the name and {1} the card's serial. */
	String question() {
		return switch (this) {
		case APPLY -> Messages.Card_applyQuestion;
		case RENEW -> Messages.Card_renewQuestion;
		case RECORD_PRODUCTION -> Messages.Card_producedQuestion;
		case READY_FOR_PICKUP -> Messages.Card_readyQuestion;
		case ISSUE -> Messages.Card_issueQuestion;
		case SUSPEND -> Messages.Card_suspendQuestion;
		case REINSTATE -> Messages.Card_reinstateQuestion;
		case RETURN -> Messages.Card_returnQuestion;
		case REVOKE -> Messages.Card_revokeQuestion;
		case RENEW_CERTIFICATES -> Messages.Card_renewCertificatesQuestion;
		case CHANGE_VALIDITY -> Messages.Card_changeValidityQuestion;
		case CONTINUED_USE -> Messages.Card_continuedUseQuestion;
		case NOTES_WRITTEN -> Messages.Card_notesWrittenQuestion;
		};
	}

	/** Adds what the step needs to know to its dialog. */
	void ask(CardStepDialog dialog, LocalDate today) {
		switch (this) {
		case APPLY, RENEW -> dialog.askDay(Messages.Card_receivedOn, today).askChannel();
		case RECORD_PRODUCTION -> dialog.askSerial().askDay(Messages.Card_issuedOn, today);
		case READY_FOR_PICKUP, ISSUE, NOTES_WRITTEN -> {
			// the question is all
		}
		case SUSPEND -> dialog.askReason(Messages.Card_lostReason);
		case REINSTATE -> dialog.askReason(Messages.Card_foundReason);
		case RETURN, REVOKE -> dialog.askReason("");
		case RENEW_CERTIFICATES -> dialog.askDay(Messages.Card_renewedOn, today);
		case CHANGE_VALIDITY -> dialog.askDay(Messages.Card_residenceUntil, null);
		case CONTINUED_USE -> dialog.askDay(Messages.Card_continuedUseOn, today);
		}
	}

	/** Takes the step with what the clerk answered, in one transaction of the service. */
	void take(CardActions cards, CardSubject subject, CardStepDialog answers) {
		long residentId = subject.resident().getId();
		long cardId = subject.card() == null ? 0 : subject.card().getId();
		switch (this) {
		case APPLY, RENEW -> cards.apply(residentId, answers.day(), answers.channel());
		case RECORD_PRODUCTION -> cards.recordProduction(cardId, answers.serial(), answers.day());
		case READY_FOR_PICKUP -> cards.readyForPickup(cardId);
		case ISSUE -> cards.issue(cardId);
		case SUSPEND -> cards.suspend(cardId, answers.reason());
		case REINSTATE -> cards.reinstate(cardId, answers.reason());
		case RETURN -> cards.returned(cardId, answers.reason());
		case REVOKE -> cards.revoke(cardId, answers.reason());
		case RENEW_CERTIFICATES -> cards.renewCertificates(cardId, answers.day());
		case CHANGE_VALIDITY -> cards.changeValidity(cardId, answers.day());
		case CONTINUED_USE -> cards.recordContinuedUse(cardId, answers.day());
		case NOTES_WRITTEN -> cards.recordNotesWritten(cardId);
		}
	}
}
