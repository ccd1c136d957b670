package org.madoguchi.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;

import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.CardApplication;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Certificate;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.ModelPackage.Literals;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.Resident;
import org.madoguchi.model.StatusTransition;
import org.madoguchi.model.values.Addresses;
import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.model.values.CardSerial;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.Label;
import org.madoguchi.model.values.PersonNames;
import org.madoguchi.model.values.Problem;
import org.madoguchi.model.values.ResidenceStatuses;
import org.madoguchi.model.values.TextFields;
import org.madoguchi.rules.expiry.Expiry;
import org.madoguchi.rules.expiry.ExpiryResult;
import org.madoguchi.service.JournalDraft.Read;
import org.madoguchi.store.CardNote;
import org.madoguchi.store.Session;

/**
 * The card lifecycle: application, production, ready for pickup, issue, loss, revocation,
 * expiry and return. Each step is one transaction with a dated, attributed transition and an
 * audit entry; the lifecycle refuses illegal steps.
 */
public final class CardActions {

	/** A step of the card counter, and the role it needs. */
	public enum Step {
		/** A first card: the resident holds none and none is on its way. */
		APPLY(Permission.COUNTER_WORK, null),
		/** A new card for the one the resident holds. */
		RENEW(Permission.COUNTER_WORK, null),
		RECORD_PRODUCTION(Permission.COUNTER_WORK, CardStatus.PRODUCED),
		READY_FOR_PICKUP(Permission.COUNTER_WORK, CardStatus.READY),
		ISSUE(Permission.APPROVE, CardStatus.ISSUED),
		/** The resident reported the card lost. */
		SUSPEND(Permission.COUNTER_WORK, CardStatus.SUSPENDED),
		/** The lost card was found. */
		REINSTATE(Permission.APPROVE, CardStatus.ISSUED),
		REVOKE(Permission.APPROVE, CardStatus.REVOKED),
		RETURN(Permission.COUNTER_WORK, CardStatus.RETURNED),
		RENEW_CERTIFICATES(Permission.COUNTER_WORK, null),
		/** A foreign resident's card after the period of stay was extended. */
		CHANGE_VALIDITY(Permission.COUNTER_WORK, null),
		/** Continued use (継続利用) of a card brought at a move-in, while it is due. */
		CONTINUED_USE(Permission.COUNTER_WORK, null),
		/** The card's pending notes were written on it at the counter. */
		NOTES_WRITTEN(Permission.COUNTER_WORK, null);

		private final Permission permission;
		/** The status the card moves to; null where the step creates a card or keeps its status. */
		private final CardStatus to;

		Step(Permission permission, CardStatus to) {
			this.permission = permission;
			this.to = to;
		}

		/** Whether the step takes an existing card (not a new application). */
		public boolean onCard() {
			return this != APPLY && this != RENEW;
		}
	}

	private final Register register;

	CardActions(Register register) {
		this.register = register;
	}

	/**
	 * The card a counter or a batch operator names: by its id, or by the card number printed on
	 * it. A number made of digits is taken as an id first.
	 */
	public long find(String idOrSerial) {
		register.require(Permission.READ_REGISTER, "look up cards");
		String typed = idOrSerial.strip();
		return register.store().read(session -> {
			if (typed.matches("[0-9]{1,18}") && session.cards().find(Long.parseLong(typed)).isPresent()) {
				return Long.parseLong(typed);
			}
			return session.cards().withSerial(typed.toUpperCase(Locale.ROOT))
					.orElseThrow(() -> ServiceException.of("card.unknownSerial", typed));
		});
	}

	/** The card with its certificates as they stand today. */
	public CardView view(long cardId) {
		register.require(Permission.READ_REGISTER, "look up cards");
		return register.store().read(session -> CardView.of(card(session, cardId), session.cards().holderOf(cardId), register.today()));
	}

	/** The resident's cards, newest first. */
	public List<CardView> ofResident(long residentId) {
		register.require(Permission.READ_REGISTER, "look up cards");
		return register.store().read(session -> {
			List<MyNumberCard> cards = new ArrayList<>(resident(session, residentId).getCards());
			cards.sort(Comparator.comparingLong(MyNumberCard::getId).reversed());
			return cards.stream().map(card -> CardView.of(card, residentId, register.today())).toList();
		});
	}

	/**
	 * The steps the operator may take now, as their role and the lifecycle allow: a new
	 * application for the resident, and the steps on {@code cardId} unless it is null. The
	 * workbench offers exactly these; each step's method refuses the others.
	 */
	public Set<Step> allowed(long residentId, Long cardId) {
		register.require(Permission.READ_REGISTER, "look up cards");
		Set<Step> allowed = register.store().read(session -> {
			Resident resident = resident(session, residentId);
			Set<Step> steps = EnumSet.noneOf(Step.class);
			if (resident.getCards().stream().noneMatch(card -> CardLifecycle.PENDING.contains(card.getStatus()))) {
				boolean holds = resident.getCards().stream().anyMatch(card -> CardLifecycle.HELD.contains(card.getStatus()));
				steps.add(holds ? Step.RENEW : Step.APPLY);
			}
			if (cardId != null) {
				MyNumberCard card = card(session, cardId);
				for (Step step : Step.values()) {
					if (step.onCard() && accepts(step, card, resident, session)) {
						steps.add(step);
					}
				}
			}
			return steps;
		});
		allowed.removeIf(step -> !step.permission.allows(register.operator().role()));
		return allowed;
	}

	/** Takes a card application (first card or renewal) that J-LIS received on {@code receivedOn}. */
	public long apply(long residentId, LocalDate receivedOn, ApplicationChannel channel) {
		register.require(Permission.COUNTER_WORK, "take card applications");
		if (receivedOn.isAfter(register.today())) {
			throw ServiceException.of("card.receivedInFuture", receivedOn);
		}
		return register.store().write(session -> {
			register.journal(session, JournalDraft.of(useCase(Step.APPLY)).with("resident", residentId).with("receivedOn", receivedOn)
					.with("channel", channel).reading(Read.RESIDENT, residentId));
			Resident resident = resident(session, residentId);
			for (MyNumberCard card : resident.getCards()) {
				if (CardLifecycle.PENDING.contains(card.getStatus())) {
					throw ServiceException.of("card.pendingExists", PersonNames.of(resident), card.getId());
				}
			}
			MyNumberCard card = ModelFactory.eINSTANCE.createMyNumberCard();
			CardApplication application = ModelFactory.eINSTANCE.createCardApplication();
			application.setReceivedOn(receivedOn);
			application.setChannel(channel);
			card.setApplication(application);
			card.setStatus(CardStatus.APPLIED);
			card.getTransitions().add(transition(null, CardStatus.APPLIED, "application received by J-LIS on " + receivedOn));
			long cardId = session.cards().insert(residentId, card);
			register.audit(session, AuditOperation.APPLY, residentId, AuditDetail.of("card", cardId));
			return cardId;
		});
	}

	/**
	 * Records that J-LIS produced the card: serial and issue date; the expiries of the card and its
	 * certificates come from the rules (the signature certificate only from age 15).
	 */
	public ExpiryResult recordProduction(long cardId, String typedSerial, LocalDate issuedOn) {
		register.require(Permission.COUNTER_WORK, "record card production");
		String serial = serial(typedSerial);
		return register.store().write(session -> {
			register.journal(session, onCard(useCase(Step.RECORD_PRODUCTION), cardId).with("serial", typedSerial).with("issuedOn", issuedOn));
			MyNumberCard card = card(session, cardId);
			requireStep(card, Step.RECORD_PRODUCTION);
			if (session.cards().withSerial(serial).isPresent()) {
				throw ServiceException.of("card.serialTaken", serial);
			}
			requirePlausibleIssue(card, issuedOn);
			long holderId = session.cards().holderOf(cardId);
			Resident holder = resident(session, holderId);
			ExpiryResult expiry = new CardExpiries(register.calculator()).of(holder, issuedOn,
					card.getApplication() == null ? null : card.getApplication().getReceivedOn());
			session.cards().recordProduction(cardId, serial, issuedOn, expiry.card().date());
			addCertificate(session, cardId, CertificateKind.USER, issuedOn, expiry.userCertificate());
			addCertificate(session, cardId, CertificateKind.SIGNATURE, issuedOn, expiry.signatureCertificate());
			session.cards().changeStatus(cardId, transition(card.getStatus(), CardStatus.PRODUCED, "serial " + serial));
			register.audit(session, AuditOperation.PRODUCED, holderId, AuditDetail.of("cardSerial", cardId, serial));
			return expiry;
		});
	}

	private static void addCertificate(Session session, long cardId, CertificateKind kind, LocalDate issuedOn, Expiry expiry) {
		Certificate certificate = CardExpiries.certificate(kind, issuedOn, expiry);
		if (certificate != null) {
			session.cards().addCertificate(cardId, certificate);
		}
	}

	/**
	 * Renews the certificates of a card the resident holds (電子証明書の更新) on {@code on}: the live
	 * ones end that day, the new ones run as the rules give from it, never past the card. No
	 * signature certificate for a holder under 15.
	 */
	public ExpiryResult renewCertificates(long cardId, LocalDate on) {
		register.require(Permission.COUNTER_WORK, "renew certificates");
		if (on.isAfter(register.today())) {
			throw ServiceException.of("card.renewalInFuture", on);
		}
		return register.store().write(session -> {
			register.journal(session, onCard(useCase(Step.RENEW_CERTIFICATES), cardId).with("on", on));
			MyNumberCard card = card(session, cardId);
			if (!accepts(Step.RENEW_CERTIFICATES, card, null, null)) {
				throw ServiceException.of("card.renewalNotIssued", cardId, label(card.getStatus()));
			}
			if (on.isBefore(card.getIssuedOn())) {
				throw ServiceException.of("card.renewalBeforeIssue", on, card.getIssuedOn());
			}
			long holderId = session.cards().holderOf(cardId);
			LocalDate previous = card.getCertificates().stream().filter(certificate -> certificate.getRevokedOn() == null)
					.map(Certificate::getExpiresOn).min(LocalDate::compareTo).orElse(null);
			ExpiryResult renewed = new CardExpiries(register.calculator()).renewal(resident(session, holderId), card, on, previous);
			session.cards().revokeCertificates(cardId, on, "renewed on " + on);
			addCertificate(session, cardId, CertificateKind.USER, on, renewed.userCertificate());
			addCertificate(session, cardId, CertificateKind.SIGNATURE, on, renewed.signatureCertificate());
			register.audit(session, AuditOperation.RENEW_CERTIFICATES, holderId, AuditDetail.of("cardOn", cardId, on));
			return renewed;
		});
	}

	/**
	 * The validity change of a foreign resident's card after the period of stay was extended
	 * (有効期間変更): the resident's period now ends {@code residenceUntil}, and the card's new
	 * expiry is the rules' date for it (capped by the birthday rule). Certificates are not extended.
	 */
	public Expiry changeValidity(long cardId, LocalDate residenceUntil) {
		register.require(Permission.COUNTER_WORK, "change card validity");
		return register.store().write(session -> {
			MyNumberCard card = card(session, cardId);
			if (!CardLifecycle.HELD.contains(card.getStatus())) {
				throw ServiceException.of("card.validityNotHeld", cardId, label(card.getStatus()));
			}
			long holderId = session.cards().holderOf(cardId);
			Resident holder = resident(session, holderId);
			if (!ResidenceStatuses.hasPeriodOfStay(holder.getResidenceStatus())) {
				throw ServiceException.of("card.validityNoPeriod", cardId);
			}
			if (holder.getResidenceUntil() != null && !residenceUntil.isAfter(holder.getResidenceUntil())) {
				throw ServiceException.of("card.validityNotExtended", residenceUntil, holder.getResidenceUntil());
			}
			register.journal(session, onCard(useCase(Step.CHANGE_VALIDITY), cardId).with("residenceUntil", residenceUntil)
					.reading(Read.RESIDENT, holderId));
			LocalDate before = card.getExpiresOn();
			holder.setResidenceUntil(residenceUntil);
			Expiry expiry = new CardExpiries(register.calculator())
					.of(holder, card.getIssuedOn(), card.getApplication() == null ? null : card.getApplication().getReceivedOn()).card();
			session.residents().update(holder);
			session.cards().changeExpiry(cardId, expiry.date());
			register.audit(session, AuditOperation.CHANGE_VALIDITY, holderId,
					AuditDetail.of("validityChanged", cardId, before, expiry.date(), residenceUntil));
			return expiry;
		});
	}

	/**
	 * Records continued use (継続利用) of a card brought at a move-in, on {@code on}: the card was
	 * presented, the PIN entered, and its notes area written with the new address. The card no
	 * longer lapses on day 91.
	 */
	public void recordContinuedUse(long cardId, LocalDate on) {
		register.require(Permission.COUNTER_WORK, "record continued use");
		if (on.isAfter(register.today())) {
			throw ServiceException.of("continuedUse.future", on, register.today());
		}
		register.store().write(session -> {
			register.journal(session, onCard(useCase(Step.CONTINUED_USE), cardId).with("on", on));
			if (!accepts(Step.CONTINUED_USE, card(session, cardId), null, session)) {
				throw ServiceException.of("continuedUse.notDue", cardId);
			}
			LocalDate due = session.cards().continuedUseDue(cardId).orElseThrow();
			if (on.isAfter(due)) {
				throw ServiceException.of("continuedUse.late", cardId, on, due);
			}
			long holderId = session.cards().holderOf(cardId);
			Resident holder = resident(session, holderId);
			String address = Addresses.text(holder.getAddresses().get(holder.getAddresses().size() - 1).getAddress());
			session.cardNotes().add(cardId, null, on, "転入 " + address);
			session.cardNotes().markWritten(cardId, on);
			session.cards().setContinuedUseDue(cardId, null);
			register.audit(session, AuditOperation.CONTINUED_USE, holderId, AuditDetail.of("cardOn", cardId, on));
			return null;
		});
	}

	/** The clerk wrote the card's pending notes on the presented card today; returns how many. */
	public int recordNotesWritten(long cardId) {
		register.require(Permission.COUNTER_WORK, "record written notes");
		return register.store().write(session -> {
			register.journal(session, onCard(useCase(Step.NOTES_WRITTEN), cardId));
			card(session, cardId);
			int written = session.cardNotes().markWritten(cardId, register.today());
			register.audit(session, AuditOperation.NOTES_WRITTEN, session.cards().holderOf(cardId), AuditDetail.of("notesWritten", cardId, written));
			return written;
		});
	}

	/** The card has arrived at the office and waits for the resident. */
	public void readyForPickup(long cardId) {
		change(cardId, Step.READY_FOR_PICKUP, "mark cards ready for pickup", null);
	}

	/**
	 * Hands the card to the resident (a supervisor approves issuance). A card the resident held
	 * until now is returned in the same transaction: nobody holds two cards.
	 */
	public void issue(long cardId) {
		register.require(Permission.APPROVE, "issue cards");
		register.store().write(session -> {
			register.journal(session, onCard(useCase(Step.ISSUE), cardId));
			MyNumberCard card = card(session, cardId);
			requireStep(card, Step.ISSUE);
			long holderId = session.cards().holderOf(cardId);
			for (MyNumberCard old : resident(session, holderId).getCards()) {
				if (old.getId() != cardId && CardLifecycle.HELD.contains(old.getStatus())) {
					session.cards().changeStatus(old.getId(), transition(old.getStatus(), CardStatus.RETURNED, "replaced by card " + cardId));
					session.cards().revokeCertificates(old.getId(), register.today(), "card replaced");
				}
			}
			session.cards().changeStatus(cardId, transition(card.getStatus(), CardStatus.ISSUED, null));
			register.audit(session, AuditOperation.ISSUED, holderId, AuditDetail.of("card", cardId));
			return null;
		});
	}

	/** The resident reported the card lost: it is suspended until found or revoked. */
	public void suspend(long cardId, String reason) {
		change(cardId, Step.SUSPEND, "suspend cards", reason);
	}

	/**
	 * The lost card was found and is given back to use in person at the counter. Its
	 * certificates were suspended with it and are revoked now: new ones may be issued.
	 */
	public void reinstate(long cardId, String reason) {
		change(cardId, Step.REINSTATE, "reinstate cards", reason, "card found and reinstated");
	}

	/** Revokes the card and its certificates (a supervisor decides). */
	public void revoke(long cardId, String reason) {
		change(cardId, Step.REVOKE, "revoke cards", reason);
	}

	/** The resident handed the card back. */
	public void returned(long cardId, String reason) {
		change(cardId, Step.RETURN, "take cards back", reason);
	}

	/** A step after which the card's certificates end with it when the card ends. */
	private void change(long cardId, Step step, String action, String reason) {
		change(cardId, step, action, reason, CardLifecycle.isActive(step.to) ? null : step.to.getLiteral());
	}

	/** @param certificatesEnd why the step revokes the card's certificates, or null when it keeps them */
	private void change(long cardId, Step step, String action, String reason, String certificatesEnd) {
		register.require(step.permission, action);
		requireText(Literals.STATUS_TRANSITION__REASON, reason);
		register.store().write(session -> {
			register.journal(session, onCard(useCase(step), cardId).with("reason", reason));
			MyNumberCard card = card(session, cardId);
			requireStep(card, step);
			session.cards().changeStatus(cardId, transition(card.getStatus(), step.to, reason));
			if (certificatesEnd != null) {
				session.cards().revokeCertificates(cardId, register.today(), certificatesEnd);
			}
			register.audit(session, AuditOperation.of(step.to), session.cards().holderOf(cardId),
					reason == null ? AuditDetail.of("card", cardId) : AuditDetail.of("cardBecause", cardId, reason));
			return null;
		});
	}

	/** The journal's name of a step: {@code card.record-production}, {@code card.issue}, … */
	private static String useCase(Step step) {
		return "card." + step.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The journal entry of a use case on the card {@code cardId}, which it reads. */
	private static JournalDraft onCard(String useCase, long cardId) {
		return JournalDraft.of(useCase).with("card", cardId).reading(Read.CARD, cardId);
	}

	static String serial(String typed) {
		try {
			return CardSerial.normalize(typed);
		} catch (InvalidValueException e) {
			throw new ServiceException(e.problem());
		}
	}

	/** J-LIS produces a card after it received the application, and not in the future. */
	private void requirePlausibleIssue(MyNumberCard card, LocalDate issuedOn) {
		if (issuedOn.isAfter(register.today())) {
			throw ServiceException.of("card.issuedInFuture", issuedOn);
		}
		LocalDate received = card.getApplication() == null ? null : card.getApplication().getReceivedOn();
		if (received != null && issuedOn.isBefore(received)) {
			throw new ServiceException(new Problem("card.issuedBeforeApplication", issuedOn.toString(), received.toString()));
		}
	}

	/** What the clerk typed fits the field and holds no control character. */
	private static void requireText(EAttribute field, String text) {
		Optional<Problem> refused = TextFields.problem(TextFields.of(field), text);
		if (refused.isPresent()) {
			throw new ServiceException(refused.get());
		}
	}

	private static void requireStep(MyNumberCard card, Step step) {
		if (!accepts(step, card, null, null)) {
			throw ServiceException.of("card.transition", card.getId(), label(card.getStatus()), label(step.to));
		}
	}

	/** A card status as a message names it, in the message's language. */
	private static Label label(CardStatus status) {
		return new Label("cardStatus." + status.getLiteral());
	}

	/**
	 * Whether the card's state allows the step. Issuing hands over a card ready for pickup, and
	 * only reinstating lifts a suspension; nothing is revoked before J-LIS produced the card.
	 *
	 * @param holder the card's holder, needed for a validity change only
	 * @param session the store's, needed for continued use and written notes only
	 */
	private static boolean accepts(Step step, MyNumberCard card, Resident holder, Session session) {
		CardStatus status = card.getStatus();
		return switch (step) {
		case APPLY, RENEW -> false;
		case ISSUE -> status == CardStatus.READY;
		case REINSTATE -> status == CardStatus.SUSPENDED;
		case REVOKE -> status != CardStatus.APPLIED && CardLifecycle.allows(status, CardStatus.REVOKED);
		case RECORD_PRODUCTION, READY_FOR_PICKUP, SUSPEND, RETURN -> CardLifecycle.allows(status, step.to);
		case RENEW_CERTIFICATES -> status == CardStatus.ISSUED;
		case CHANGE_VALIDITY -> CardLifecycle.HELD.contains(status) && ResidenceStatuses.hasPeriodOfStay(holder.getResidenceStatus());
		case CONTINUED_USE -> CardLifecycle.HELD.contains(status) && session.cards().continuedUseDue(card.getId()).isPresent();
		case NOTES_WRITTEN -> CardLifecycle.HELD.contains(status) && session.cardNotes().of(card.getId()).stream().anyMatch(CardNote::pending);
		};
	}

	StatusTransition transition(CardStatus from, CardStatus to, String reason) {
		StatusTransition transition = ModelFactory.eINSTANCE.createStatusTransition();
		if (from != null) {
			transition.setFrom(from);
		}
		transition.setTo(to);
		transition.setDate(register.today());
		transition.setOperator(register.operator().id());
		transition.setReason(reason);
		return transition;
	}

	private static MyNumberCard card(Session session, long cardId) {
		return session.cards().find(cardId).orElseThrow(() -> ServiceException.of("card.unknown", cardId));
	}

	private static Resident resident(Session session, long residentId) {
		return session.residents().find(residentId).orElseThrow(() -> ServiceException.of("resident.unknown", residentId));
	}
}
