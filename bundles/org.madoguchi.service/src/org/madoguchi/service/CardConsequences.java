package org.madoguchi.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.madoguchi.model.CardStatus;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.Resident;
import org.madoguchi.model.StatusTransition;
import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.model.values.Problem;
import org.madoguchi.store.Session;

/**
 * What a resident change does to the resident's card (domain rules of 住民異動), applied in the
 * change's transaction and listed for the clerk. A card that lapses (失効・廃止) becomes revoked
 * with the reason, its certificates revoked on the same day.
 */
final class CardConsequences {

	private final Register register;
	private final Session session;
	private final long residentId;
	private final List<Problem> done = new ArrayList<>();
	/** Notes wait for the change's id: the change is stored last, with the state after everything. */
	private final List<Runnable> notes = new ArrayList<>();
	private long changeId;

	CardConsequences(Register register, Session session, long residentId) {
		this.register = register;
		this.session = session;
		this.residentId = residentId;
	}

	/** The card the resident holds (issued or suspended), if any. */
	Optional<MyNumberCard> held() {
		Resident resident = session.residents().find(residentId).orElseThrow();
		return resident.getCards().stream().filter(card -> CardLifecycle.HELD.contains(card.getStatus())).findFirst();
	}

	/** A change of name, address, birth date or sex: the signature certificate lapses that day; the user certificate stays. */
	void lapseSignatureCertificate(LocalDate on, String reason) {
		held().ifPresent(card -> {
			boolean live = card.getCertificates().stream()
					.anyMatch(certificate -> certificate.getKind() == CertificateKind.SIGNATURE && certificate.getRevokedOn() == null);
			if (live) {
				session.cards().revokeCertificate(card.getId(), CertificateKind.SIGNATURE, on, reason);
				done.add(problem("consequence.signatureLapsed", String.valueOf(card.getId()), on.toString()));
			}
		});
	}

	/** A change of what the card shows: a pending note for its notes area (追記欄). */
	void note(LocalDate on, String text) {
		held().ifPresent(card -> {
			notes.add(() -> session.cardNotes().add(card.getId(), changeId == 0 ? null : changeId, on, text));
			done.add(problem("consequence.note", String.valueOf(card.getId()), text));
		});
	}

	/** Writes the pending notes, naming the change they come from (0: none). */
	void recordedAs(long change) {
		this.changeId = change;
		notes.forEach(Runnable::run);
		notes.clear();
	}

	void lapseHeldCard(LocalDate on, String reason) {
		held().ifPresent(card -> lapse(card, on, reason));
	}

	/** The card lapses on {@code on}: revoked with the reason, its certificates revoked the same day. */
	void lapse(MyNumberCard card, LocalDate on, String reason) {
		CardEndings ending = new CardEndings(register);
		ending.lapse(card.getId(), residentId, card.getStatus(), on, reason);
		ending.store(session);
		done.add(problem("consequence.cardLapsed", String.valueOf(card.getId()), on.toString(), reason));
	}

	/** An application of a resident who is removed is cancelled. */
	void cancelPendingApplications(LocalDate on, String reason) {
		Resident resident = session.residents().find(residentId).orElseThrow();
		for (MyNumberCard card : resident.getCards()) {
			if (CardLifecycle.PENDING.contains(card.getStatus())) {
				StatusTransition transition = register.cards().transition(card.getStatus(), CardStatus.REVOKED, reason);
				transition.setDate(on);
				session.cards().changeStatus(card.getId(), transition);
				register.audit(session, AuditOperation.REVOKED, residentId, AuditDetail.of("applicationBecause", card.getId(), reason));
				done.add(problem("consequence.applicationCancelled", String.valueOf(card.getId())));
			}
		}
	}

	void add(Problem consequence) {
		done.add(consequence);
	}

	List<Problem> done() {
		return List.copyOf(done);
	}

	static Problem problem(String key, Object... arguments) {
		return new Problem(ServiceException.class, key, arguments);
	}
}
