package org.madoguchi.service;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.madoguchi.exchange.csv.CellProblem;
import org.madoguchi.exchange.csv.Column;
import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Household;
import org.madoguchi.model.HouseholdMember;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.model.StatusTransition;
import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.model.values.Kana;
import org.madoguchi.model.values.Problem;
import org.madoguchi.store.Session;

/**
 * Decides what an imported resident is: new, the same as a stored one (unchanged or updated), or
 * a suspected mis-linkage. A stored resident is found by Individual Number, else by resident
 * record code, else by all five facts. Kanji name, reading, birth date and sex must agree with
 * the stored resident (matching on fewer facts linked thousands of insurance records to the wrong
 * person in 2023); a different address is a move and
 * becomes a new entry of the address history.
 */
final class ResidentMatcher {

	enum Kind {
		NEW, UPDATED, UNCHANGED, REJECTED
	}

	record Outcome(Kind kind, CellProblem problem) {
		static Outcome rejected(Column column, String key, Object... arguments) {
			return new Outcome(Kind.REJECTED, new CellProblem(column, new Problem(ServiceException.class, key, arguments)));
		}
	}


	private final Register register;
	private final CardExpiries expiries;
	/** New residents of the current batch, inserted together at its end (one batched insert is far faster). */
	private final List<Resident> pending = new ArrayList<>();
	/** Serials given to cards in this batch: new residents' (not stored yet) and stored residents' (stored). */
	private final Set<String> pendingSerials = new HashSet<>();
	/** What the register held at the start of the batch, looked up in one query each (see {@link #prepare}). */
	private Map<String, Long> storedNumbers = Map.of();
	private Set<String> storedSerials = Set.of();

	ResidentMatcher(Register register) {
		this.register = register;
		this.expiries = new CardExpiries(register.calculator());
	}

	/**
	 * Looks up the Individual Numbers and card serials of a batch at once: a query per row was a
	 * fifth of an import's time. Rows of the batch that change the register keep these up to date
	 * through {@link #pendingSerials}; numbers are unique within a file (checked before matching).
	 */
	void prepare(Session session, List<Resident> batch) {
		// a batch whose transaction failed runs again from the start
		pending.clear();
		pendingSerials.clear();
		Set<String> numbers = new HashSet<>();
		Set<String> serials = new HashSet<>();
		for (Resident resident : batch) {
			if (resident.getIndividualNumber() != null) {
				numbers.add(resident.getIndividualNumber());
			}
			resident.getCards().stream().map(MyNumberCard::getSerial).filter(Objects::nonNull).forEach(serials::add);
		}
		storedNumbers = session.residents().idsByNumbers(numbers);
		storedSerials = session.cards().takenSerials(serials);
	}

	private boolean serialTaken(String serial) {
		return serial != null && (pendingSerials.contains(serial) || storedSerials.contains(serial));
	}

	Outcome apply(Session session, Resident incoming) {
		Optional<Long> existingId = find(session, incoming);
		MyNumberCard card = incoming.getCards().isEmpty() ? null : incoming.getCards().get(0);
		if (existingId.isEmpty()) {
			if (card != null && serialTaken(card.getSerial())) {
				return Outcome.rejected(Column.CARD_SERIAL, "import.serialTaken", card.getSerial());
			}
			try {
				incoming.getCards().forEach(each -> expiries.complete(incoming, each));
			} catch (ServiceException e) {
				return new Outcome(Kind.REJECTED, new CellProblem(Column.CARD_ISSUED_ON, e.problem()));
			}
			if (incoming.getIndividualNumber() == null) {
				// Matched by facts, not by number: later rows of the batch must be able to find it.
				session.residents().insert(incoming);
			} else {
				pending.add(incoming);
				if (card != null && card.getSerial() != null) {
					pendingSerials.add(card.getSerial());
				}
			}
			return new Outcome(Kind.NEW, null);
		}
		Resident stored = session.residents().find(existingId.get()).orElseThrow();
		List<String> differing = differingIdentity(stored, incoming);
		if (!differing.isEmpty()) {
			return Outcome.rejected(Column.INDIVIDUAL_NUMBER, "import.mislinkage", stored.getId(), String.join(", ", differing));
		}
		return update(session, stored, incoming, card);
	}

	/** Inserts the batch's new residents; call before the batch's transaction commits. */
	void flush(Session session) {
		session.residents().insertAll(pending);
		pending.clear();
		pendingSerials.clear();
	}

	private Optional<Long> find(Session session, Resident incoming) {
		if (incoming.getIndividualNumber() != null) {
			return Optional.ofNullable(storedNumbers.get(incoming.getIndividualNumber()));
		}
		if (incoming.getResidentCode() != null) {
			return session.residents().idByResidentCode(incoming.getResidentCode());
		}
		for (long candidate : session.residents().idsByReadingAndBirth(incoming.getFamilyNameKana(), incoming.getGivenNameKana(),
				incoming.getBirthDate())) {
			Resident stored = session.residents().find(candidate).orElseThrow();
			if (differingIdentity(stored, incoming).isEmpty() && sameAddress(current(stored), current(incoming))) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** The identity facts (file column names) on which the two disagree. */
	private static List<String> differingIdentity(Resident stored, Resident incoming) {
		List<String> differing = new ArrayList<>();
		if (!Objects.equals(stored.getFamilyName(), incoming.getFamilyName()) || !Objects.equals(emptyToNull(stored.getGivenName()),
				emptyToNull(incoming.getGivenName()))) {
			differing.add("family_name/given_name");
		}
		if (!Kana.searchKey(stored.getFamilyNameKana() + nullToEmpty(stored.getGivenNameKana()))
				.equals(Kana.searchKey(incoming.getFamilyNameKana() + nullToEmpty(incoming.getGivenNameKana())))) {
			differing.add("family_name_kana/given_name_kana");
		}
		if (!Objects.equals(stored.getBirthDate(), incoming.getBirthDate())) {
			differing.add("birth_date");
		}
		if (stored.getSex() != incoming.getSex()) {
			differing.add("sex");
		}
		return differing;
	}

	private Outcome update(Session session, Resident stored, Resident incoming, MyNumberCard card) {
		Outcome cardOutcome = card == null ? new Outcome(Kind.UNCHANGED, null) : card(session, stored, card);
		if (cardOutcome.kind() == Kind.REJECTED) {
			return cardOutcome;
		}
		boolean changed = cardOutcome.kind() == Kind.UPDATED;
		if (personChanged(stored, incoming)) {
			stored.setRomanName(incoming.getRomanName());
			stored.setNationality(incoming.getNationality());
			stored.setResidenceStatus(incoming.getResidenceStatus());
			stored.setResidenceUntil(incoming.getResidenceUntil());
			if (incoming.getResidentCode() != null) {
				stored.setResidentCode(incoming.getResidentCode());
			}
			session.residents().update(stored);
			changed = true;
		}
		if (householdChanged(stored, incoming)) {
			HouseholdMember member = incoming.getHousehold();
			session.residents().changeHousehold(stored.getId(), ((Household) member.eContainer()).getId(), member.getRelationship());
			changed = true;
		}
		AddressEntry moved = current(incoming);
		if (!sameAddress(current(stored), moved)) {
			boolean sameMunicipality = current(stored).getAddress().getMunicipalityCode().equals(moved.getAddress().getMunicipalityCode());
			moved.setNotification(sameMunicipality ? NotificationKind.MOVE_WITHIN : NotificationKind.MOVE_IN);
			moved.setNotifiedOn(register.today());
			if (moved.getSetOn() == null) {
				moved.setSetOn(register.today());
			}
			session.residents().addAddress(stored.getId(), moved);
			changed = true;
		}
		return new Outcome(changed ? Kind.UPDATED : Kind.UNCHANGED, null);
	}

	/**
	 * A row that names a household different from the stored one, or another relationship in it
	 * (世帯変更届). A row without a household leaves the stored membership as it is: every
	 * resident belongs to one, and an empty column means the file does not say.
	 */
	private static boolean householdChanged(Resident stored, Resident incoming) {
		HouseholdMember now = incoming.getHousehold();
		if (now == null) {
			return false;
		}
		HouseholdMember before = stored.getHousehold();
		return before == null || !((Household) before.eContainer()).getId().equals(((Household) now.eContainer()).getId())
				|| !Objects.equals(before.getRelationship(), now.getRelationship());
	}

	private static boolean personChanged(Resident stored, Resident incoming) {
		return !Objects.equals(emptyToNull(stored.getRomanName()), emptyToNull(incoming.getRomanName()))
				|| !Objects.equals(stored.getNationality(), incoming.getNationality())
				|| stored.getResidenceStatus() != incoming.getResidenceStatus()
				|| !Objects.equals(stored.getResidenceUntil(), incoming.getResidenceUntil())
				|| incoming.getResidentCode() != null && !incoming.getResidentCode().equals(stored.getResidentCode());
	}

	/** The card of an existing resident: a known serial changes status, a new one is added. */
	private Outcome card(Session session, Resident stored, MyNumberCard card) {
		Optional<MyNumberCard> known = stored.getCards().stream()
				.filter(each -> card.getSerial() != null ? card.getSerial().equals(each.getSerial())
						: each.getSerial() == null && each.getStatus() == CardStatus.APPLIED)
				.findFirst();
		if (known.isPresent()) {
			MyNumberCard existing = known.get();
			if (existing.getStatus() == card.getStatus()) {
				return new Outcome(Kind.UNCHANGED, null);
			}
			if (!CardLifecycle.allows(existing.getStatus(), card.getStatus())) {
				return Outcome.rejected(Column.CARD_STATUS, "import.cardTransition", existing.getSerial(), existing.getStatus().getLiteral(),
						card.getStatus().getLiteral());
			}
			session.cards().changeStatus(existing.getId(), transition(existing.getStatus(), card.getStatus()));
			return new Outcome(Kind.UPDATED, null);
		}
		if (serialTaken(card.getSerial())) {
			return Outcome.rejected(Column.CARD_SERIAL, "import.serialTaken", card.getSerial());
		}
		try {
			expiries.complete(stored, card);
		} catch (ServiceException e) {
			return new Outcome(Kind.REJECTED, new CellProblem(Column.CARD_ISSUED_ON, e.problem()));
		}
		if (CardLifecycle.HELD.contains(card.getStatus())) {
			for (MyNumberCard old : stored.getCards()) {
				if (CardLifecycle.HELD.contains(old.getStatus())) {
					session.cards().changeStatus(old.getId(), transition(old.getStatus(), CardStatus.RETURNED));
				}
			}
		}
		session.cards().insert(stored.getId(), card);
		if (card.getSerial() != null) {
			pendingSerials.add(card.getSerial());
		}
		return new Outcome(Kind.UPDATED, null);
	}

	private StatusTransition transition(CardStatus from, CardStatus to) {
		StatusTransition transition = ModelFactory.eINSTANCE.createStatusTransition();
		transition.setFrom(from);
		transition.setTo(to);
		transition.setDate(register.today());
		transition.setOperator(register.operator().id());
		transition.setReason("imported");
		return transition;
	}

	private static AddressEntry current(Resident resident) {
		return resident.getAddresses().get(resident.getAddresses().size() - 1);
	}

	private static boolean sameAddress(AddressEntry a, AddressEntry b) {
		Address x = a.getAddress();
		Address y = b.getAddress();
		return Objects.equals(x.getPostalCode(), y.getPostalCode()) && Objects.equals(x.getPrefecture(), y.getPrefecture())
				&& Objects.equals(x.getMunicipalityCode(), y.getMunicipalityCode())
				&& Objects.equals(nullToEmpty(x.getTown()) + nullToEmpty(x.getChome()), nullToEmpty(y.getTown()) + nullToEmpty(y.getChome()))
				&& Objects.equals(x.getNumber(), y.getNumber()) && Objects.equals(emptyToNull(x.getBuilding()), emptyToNull(y.getBuilding()));
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String emptyToNull(String text) {
		return text == null || text.isEmpty() ? null : text;
	}
}
