package org.madoguchi.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.CardApplication;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Household;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.ModelPackage.Literals;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.Addresses;
import org.madoguchi.model.values.Nationality;
import org.madoguchi.model.values.PersonNames;
import org.madoguchi.model.values.Problem;
import org.madoguchi.service.JournalDraft.Read;
import org.madoguchi.store.Housemate;
import org.madoguchi.store.Removal;
import org.madoguchi.store.ResidentChange;
import org.madoguchi.store.Session;
import org.madoguchi.store.Work;

/**
 * The resident changes (住民異動) of the counter. Each is one transaction: the record's change,
 * the change with the record's state before and after it, the consequences for the card and the
 * audit entry. A change is checked against the record first: not before its current state, not
 * in the future, notified on or after the day it took effect, of the kind the municipality says,
 * and nothing but a correction on a removed record.
 */
public final class ResidentChangeActions {

	/** Move-in, move within, move after the fact and household change: within 14 days (初日不算入: D + 14 inclusive). */
	static final int NOTIFICATION_DAYS = 14;
	/** The note a card that goes on abroad carries; the nightly run's removal leaves such a card as it is. */
	static final String ABROAD_NOTE = "国外転出";

	/** The 転出証明書's planned move-out day: a card continues when the move-in is notified within 30 days of it. */
	static final int MOVE_OUT_CERTIFICATE_DAYS = 30;
	/** Continued use (継続利用) of a card after a move-in: within 90 days of the notification; the card lapses on day 91. */
	static final int CONTINUED_USE_DAYS = 90;
	static final String HEAD = "世帯主";
	/** Since 1995 every child is recorded as 子. */
	static final String CHILD = "子";
	/** The person's fields a correction may change (not the Individual Number, nor the store's id). */
	private static final List<EAttribute> CORRECTABLE = List.of(Literals.RESIDENT__FAMILY_NAME, Literals.RESIDENT__GIVEN_NAME,
			Literals.RESIDENT__FAMILY_NAME_KANA, Literals.RESIDENT__GIVEN_NAME_KANA, Literals.RESIDENT__ROMAN_NAME, Literals.RESIDENT__ALIAS,
			Literals.RESIDENT__BIRTH_DATE, Literals.RESIDENT__SEX, Literals.RESIDENT__NATIONALITY, Literals.RESIDENT__REGISTERED_DOMICILE,
			Literals.RESIDENT__RESIDENT_SINCE, Literals.RESIDENT__RESIDENCE_STATUS, Literals.RESIDENT__RESIDENCE_UNTIL);
	/** A change of these lapses the signature certificate. */
	private static final List<EAttribute> ON_THE_SIGNATURE_CERTIFICATE = List.of(Literals.RESIDENT__FAMILY_NAME,
			Literals.RESIDENT__GIVEN_NAME, Literals.RESIDENT__BIRTH_DATE, Literals.RESIDENT__SEX);
	/** The card shows these: a change of them is written in its notes area. */
	private static final List<EAttribute> ON_THE_CARD_NOTES = List.of(Literals.RESIDENT__FAMILY_NAME, Literals.RESIDENT__GIVEN_NAME);

	/** What a change does to the record, in its transaction. */
	@FunctionalInterface
	interface Step {
		void apply(Session session, Resident resident, CardConsequences cards);
	}

	private final Register register;
	/** Each change is run and rolled back: what it would do, and nothing recorded. */
	private final boolean preview;

	ResidentChangeActions(Register register) {
		this(register, false);
	}

	private ResidentChangeActions(Register register, boolean preview) {
		this.register = register;
		this.preview = preview;
	}

	/**
	 * The same changes, each checked and run in a transaction that is rolled back: the counter's
	 * "what would happen" before Save. The outcome's consequences are those the change would have,
	 * worded ahead ("the signature certificate will lapse"), or the change is refused as it would
	 * be; its ids name nothing that stays, and nothing is recorded, not even an audit entry.
	 */
	public ResidentChangeActions preview() {
		return new ResidentChangeActions(register, true);
	}

	private <T> T write(Work<T> work) {
		return preview ? register.store().rehearse(work) : register.store().write(work);
	}

	/** A move within our municipality (転居) to {@code entry}'s address on its day: the signature certificate lapses, the card needs a note. */
	public ChangeOutcome moveWithin(ChangeTarget target, AddressEntry entry) {
		JournalDraft draft = draft(ChangeKind.MOVE_WITHIN, target).with("entry", entry);
		entry.setNotification(NotificationKind.MOVE_WITHIN);
		ResidentActions.normalize(entry.getAddress());
		register.residents().requireValid(entry);
		requireOurs("address", entry.getAddress(), true);
		return change(target, draft, ChangeKind.MOVE_WITHIN, entry.getSetOn(), entry.getNotifiedOn(), NOTIFICATION_DAYS, null,
				(session, resident, cards) -> {
					session.residents().addAddress(resident.getId(), entry);
					addressChanged(cards, entry.getSetOn(), "転居", entry.getAddress());
				});
	}

	/**
	 * A move-in (転入) of a person new to the register: the record is made with the previous address
	 * and the new one, in an existing household or a new one with the person as 世帯主. A card the
	 * person brings continues only when the move-in is notified within 14 days of moving in and
	 * within 30 days of the planned move-out day; continued use (継続利用) is then due within 90 days
	 * of the notification. Otherwise the card lapses (廃止) on the day of the notification.
	 */
	public ChangeOutcome moveIn(MoveIn move) {
		register.require(Permission.COUNTER_WORK, "record move-ins");
		JournalDraft draft = JournalDraft.of(useCase(ChangeKind.MOVE_IN)).with("move", move);
		requireDates(ChangeKind.MOVE_IN, move.movedOn(), move.notifiedOn());
		requireOurs("address", move.address(), true);
		if (move.previousAddress() != null) {
			requireOurs("previousAddress", move.previousAddress(), false);
		}
		if (move.plannedMoveOut() != null && move.plannedMoveOut().isAfter(move.movedOn())) {
			throw ServiceException.of("moveIn.plannedAfterMove", move.plannedMoveOut(), move.movedOn());
		}
		Resident person = move.person();
		if (move.previousAddress() != null) {
			person.getAddresses().add(entry(move.previousAddress(), null, null, NotificationKind.MOVE_OUT));
		}
		person.getAddresses().add(entry(move.address(), move.movedOn(), move.notifiedOn(), NotificationKind.MOVE_IN));
		if (person.getResidentSince() == null) {
			person.setResidentSince(move.movedOn());
		}
		register.residents().prepare(person);
		if (move.card() != null) {
			MyNumberCard card = broughtCard(move.card());
			person.getCards().add(card);
			new CardExpiries(register.calculator()).complete(person, card);
			register.residents().requireValid(card);
		}
		return write(session -> {
			register.journal(session, draft);
			long residentId = ResidentActions.insertNew(session, person);
			joinHousehold(session, residentId, move.householdId(), move.relationship());
			CardConsequences cards = new CardConsequences(register, session, residentId);
			cards.held().ifPresent(card -> {
				boolean inTime = !move.notifiedOn().isAfter(move.movedOn().plusDays(NOTIFICATION_DAYS)) && (move.plannedMoveOut() == null
						|| !move.notifiedOn().isAfter(move.plannedMoveOut().plusDays(MOVE_OUT_CERTIFICATE_DAYS)));
				if (inTime) {
					LocalDate due = move.notifiedOn().plusDays(CONTINUED_USE_DAYS);
					session.cards().setContinuedUseDue(card.getId(), due);
					cards.lapseSignatureCertificate(move.notifiedOn(), "address changed on " + move.movedOn());
					cards.add(CardConsequences.problem("consequence.continues", String.valueOf(card.getId()), due.toString()));
				} else {
					cards.lapse(card, move.notifiedOn(), "move-in notified on " + move.notifiedOn() + ", too late for the card to continue");
				}
			});
			return finish(session, ChangeKind.MOVE_IN, residentId, move.movedOn(), move.notifiedOn(), NOTIFICATION_DAYS, null, null, cards);
		});
	}

	/** A birth (出生), entered ex officio: the newborn joins the household as 子, at its head's address. */
	public ChangeOutcome birth(Resident newborn, LocalDate bornOn, LocalDate notifiedOn, String householdId) {
		register.require(Permission.COUNTER_WORK, "record births");
		JournalDraft draft = JournalDraft.of(useCase(ChangeKind.BIRTH)).with("newborn", newborn).with("bornOn", bornOn)
				.with("notifiedOn", notifiedOn).with("household", householdId);
		requireDates(ChangeKind.BIRTH, bornOn, notifiedOn);
		newborn.setBirthDate(bornOn);
		newborn.setResidentSince(bornOn);
		return write(session -> {
			register.journal(session, draft);
			Housemate head = session.residents().household(householdMember(session, householdId)).get(0);
			Resident headRecord = resident(session, head.id());
			AddressEntry home = EcoreUtil.copy(headRecord.getAddresses().get(headRecord.getAddresses().size() - 1));
			home.setSetOn(bornOn);
			home.setNotifiedOn(notifiedOn);
			home.setNotification(NotificationKind.BIRTH);
			// the unit of work may run again: the newborn has one address, however often
			newborn.getAddresses().clear();
			newborn.getAddresses().add(home);
			register.residents().prepare(newborn);
			long residentId = ResidentActions.insertNew(session, newborn);
			session.residents().changeHousehold(residentId, householdId, CHILD);
			CardConsequences cards = new CardConsequences(register, session, residentId);
			return finish(session, ChangeKind.BIRTH, residentId, bornOn, notifiedOn, -1, null, null, cards);
		});
	}

	/** A household change (世帯変更): a new head, leaving to a household of one's own, or joining another. */
	public ChangeOutcome changeHousehold(ChangeTarget target, HouseholdChange change) {
		JournalDraft draft = draft(ChangeKind.HOUSEHOLD_CHANGE, target).with("change", change);
		return change(target, draft, ChangeKind.HOUSEHOLD_CHANGE, change.changedOn(), change.notifiedOn(), NOTIFICATION_DAYS,
				change.kind().name(), (session, resident, cards) -> {
					long id = resident.getId();
					switch (change.kind()) {
					case NEW_HEAD -> {
						String household = requireHousehold(resident);
						requireRelationship(change.relationship());
						for (Housemate member : session.residents().household(id)) {
							if (HEAD.equals(member.relationship()) && member.id() != id) {
								session.residents().changeHousehold(member.id(), household, change.relationship());
							}
						}
						session.residents().changeHousehold(id, household, HEAD);
					}
					case LEAVE -> session.residents().changeHousehold(id, "H" + id + "-" + session.residents().version(id).orElseThrow(), HEAD);
					case JOIN -> {
						householdMember(session, change.householdId());
						requireRelationship(change.relationship());
						session.residents().changeHousehold(id, change.householdId(), change.relationship());
					}
					default -> throw new IllegalArgumentException(change.kind().name());
					}
				});
	}

	/**
	 * A correction (職権修正・誤記修正) of one of the person's fields, by its name in the notification
	 * file ({@code familyName}, {@code birthDate}, …), with its reason; also of a removed record. A
	 * corrected name, birth date or sex lapses the signature certificate; a corrected name needs a note.
	 */
	public ChangeOutcome correct(ChangeTarget target, String field, String value, String reason) {
		EAttribute attribute = CORRECTABLE.stream().filter(candidate -> candidate.getName().equals(field)).findFirst()
				.orElseThrow(() -> ServiceException.of("correction.field", field));
		if (reason == null || reason.isBlank()) {
			throw ServiceException.of("correction.reason", field);
		}
		LocalDate today = register.today();
		JournalDraft draft = draft(ChangeKind.CORRECTION, target).with("field", field).with("value", value).with("reason", reason);
		return change(target, draft, ChangeKind.CORRECTION, today, today, -1, reason, (session, resident, cards) -> {
			try {
				resident.eSet(attribute, value == null || value.isBlank() ? null : EcoreUtil.createFromString(attribute.getEAttributeType(), value));
			} catch (RuntimeException e) {
				throw ServiceException.of("correction.value", field, value);
			}
			register.residents().requireValid(resident);
			session.residents().update(resident);
			if (ON_THE_SIGNATURE_CERTIFICATE.contains(attribute)) {
				cards.lapseSignatureCertificate(today, field + " corrected on " + today);
			}
			if (ON_THE_CARD_NOTES.contains(attribute)) {
				cards.note(today, "修正 " + PersonNames.of(resident));
			}
		});
	}

	/**
	 * A move-out (転出): notified before the move with its planned day, or within 14 days after it.
	 * The record is removed (除票) as of that day: today or earlier at once, a later day by the
	 * nightly run. Abroad, a Japanese national's valid card goes on when continued use abroad was
	 * asked for by the day before the move (its signature certificate lapses on the move-out day);
	 * else the card lapses on the move-out day.
	 */
	public ChangeOutcome moveOut(ChangeTarget target, MoveOut move) {
		if (move.destination() != null) {
			requireOurs("destination", move.destination(), false);
		}
		JournalDraft draft = draft(ChangeKind.MOVE_OUT, target).with("move", move);
		return change(target, draft, ChangeKind.MOVE_OUT, move.plannedOn(), move.notifiedOn(), NOTIFICATION_DAYS, null,
				(session, resident, cards) -> {
					if (move.keepCardAbroad() && (!move.abroad() || !Nationality.isNational(resident.getNationality()))) {
						throw ServiceException.of("moveOut.keepCardAbroad");
					}
					if (move.keepCardAbroad() && !move.notifiedOn().isBefore(move.plannedOn())) {
						throw ServiceException.of("moveOut.keepCardTooLate", move.notifiedOn(), move.plannedOn().minusDays(1));
					}
					session.residents().planMoveOut(resident.getId(), move.plannedOn());
					if (move.keepCardAbroad()) {
						cards.note(move.notifiedOn(), ABROAD_NOTE + " " + move.plannedOn());
						cards.lapseSignatureCertificate(move.plannedOn(), "moved abroad on " + move.plannedOn());
					}
					if (!move.plannedOn().isAfter(register.today())) {
						removeMovedOut(session, resident.getId(), move.plannedOn(), cards, move.keepCardAbroad());
					} else {
						cards.add(CardConsequences.problem("consequence.removalPlanned", move.plannedOn().toString()));
					}
				});
	}

	/**
	 * The move-out day has come: the record is removed, a card that did not go on abroad lapses, a
	 * pending application is cancelled (also run by the nightly job, in its transaction).
	 */
	void removeMovedOut(Session session, long residentId, LocalDate on, CardConsequences cards, boolean cardGoesOnAbroad) {
		// a card whose continued use after a move-in is still due lapses at a further move-out, abroad too
		boolean continuedUseDue = cards.held().flatMap(card -> session.cards().continuedUseDue(card.getId())).isPresent();
		session.residents().remove(residentId, on, ChangeKind.MOVE_OUT.code());
		if (!cardGoesOnAbroad || continuedUseDue) {
			cards.lapseHeldCard(on, "moved out on " + on);
		}
		cards.cancelPendingApplications(on, "resident moved out on " + on);
	}

	/** Whether the resident's card carries the note of a move abroad with continued use. */
	static boolean cardGoesOnAbroad(Session session, CardConsequences cards) {
		return cards.held().map(card -> session.cardNotes().of(card.getId()).stream().anyMatch(note -> note.text().startsWith(ABROAD_NOTE)))
				.orElse(false);
	}

	/** A death (死亡), entered ex officio: the record is removed as of the day; the card and both certificates lapse that day. */
	public ChangeOutcome death(ChangeTarget target, LocalDate diedOn, LocalDate notifiedOn) {
		JournalDraft draft = draft(ChangeKind.DEATH, target).with("diedOn", diedOn).with("notifiedOn", notifiedOn);
		return change(target, draft, ChangeKind.DEATH, diedOn, notifiedOn, -1, null, (session, resident, cards) -> {
			session.residents().remove(resident.getId(), diedOn, ChangeKind.DEATH.code());
			cards.lapseHeldCard(diedOn, "died on " + diedOn);
			cards.cancelPendingApplications(diedOn, "resident died on " + diedOn);
		});
	}

	/** A change of name from the family register (marriage, adoption, …): the signature certificate lapses, the card needs a note. */
	public ChangeOutcome changeName(ChangeTarget target, NameChange name) {
		JournalDraft draft = draft(ChangeKind.NAME_CHANGE, target).with("name", name);
		return change(target, draft, ChangeKind.NAME_CHANGE, name.changedOn(), name.notifiedOn(), -1, name.reason(),
				(session, resident, cards) -> {
					resident.setFamilyName(name.familyName());
					resident.setGivenName(name.givenName());
					resident.setFamilyNameKana(name.familyNameKana());
					resident.setGivenNameKana(name.givenNameKana());
					register.residents().requireValid(resident);
					session.residents().update(resident);
					cards.lapseSignatureCertificate(name.changedOn(), "name changed on " + name.changedOn());
					cards.note(name.changedOn(), "氏名変更 " + PersonNames.of(resident));
				});
	}

	/**
	 * Cancels a change entered in error (取消し): the record returns to its state before the change
	 * (person, address, household, removal); the change stays in the history, marked, beside the
	 * cancellation. Only the record's latest change in force is cancelled: later ones first.
	 * A card that lapsed or a certificate that was revoked stays so: J-LIS revoked it.
	 */
	public ChangeOutcome cancel(long changeId, String reason) {
		register.require(Permission.COUNTER_WORK, "cancel changes");
		return write(session -> {
			ResidentChange current = session.changes().find(changeId).orElseThrow(() -> ServiceException.of("change.unknown", changeId));
			register.journal(session, JournalDraft.of(useCase(ChangeKind.CANCEL)).with("change", changeId).with("reason", reason)
					.reading(Read.RESIDENT, current.residentId()));
			if (current.cancelled() || current.cancels() != null) {
				throw ServiceException.of("change.notCancellable", changeId);
			}
			if (current.before() == null) {
				throw ServiceException.of("change.creationNotCancellable", changeId);
			}
			long residentId = current.residentId();
			long latest = session.changes().of(residentId).stream().filter(change -> !change.cancelled() && change.cancels() == null)
					.mapToLong(ResidentChange::id).max().orElseThrow();
			if (latest != changeId) {
				throw ServiceException.of("change.notLatest", changeId, latest);
			}
			Resident resident = resident(session, residentId);
			String before = state(session, resident).text();
			ResidentState back = ResidentState.parse(current.before());
			back.restorePerson(resident);
			session.residents().update(resident);
			ResidentState after = ResidentState.parse(current.after());
			if (after.addresses() > back.addresses()) {
				session.residents().withdrawCurrentAddress(residentId);
			}
			String household = back.get(ResidentState.HOUSEHOLD);
			if (household == null ? after.get(ResidentState.HOUSEHOLD) != null
					: !household.equals(after.get(ResidentState.HOUSEHOLD))
							|| !back.get(ResidentState.RELATIONSHIP).equals(after.get(ResidentState.RELATIONSHIP))) {
				session.residents().changeHousehold(residentId, household, back.get(ResidentState.RELATIONSHIP));
			}
			if (back.get(ResidentState.REMOVED_ON) == null) {
				session.residents().reinstate(residentId);
				String planned = back.get(ResidentState.MOVES_OUT_ON);
				session.residents().planMoveOut(residentId, planned == null ? null : LocalDate.parse(planned));
			}
			session.cardNotes().withdrawPending(changeId);
			LocalDate today = register.today();
			long id = session.changes().add(new ResidentChange(0, residentId, ChangeKind.CANCEL.code(), today, null, 0,
					register.operator().id(), register.now(), reason, changeId, null, before,
					state(session, resident(session, residentId)).text()));
			session.changes().markCancelled(changeId, id);
			register.audit(session, AuditOperation.CANCEL_CHANGE, residentId, reason == null
					? AuditDetail.of("changeCancelled", changeId, AuditDetail.changeKind(current.kind()))
					: AuditDetail.of("changeCancelledBecause", changeId, AuditDetail.changeKind(current.kind()), reason));
			return new ChangeOutcome(residentId, id, ChangeKind.CANCEL, 0, List.of());
		});
	}

	/** The person's fields a correction may change, by the names the notification file gives them. */
	public static List<String> correctableFields() {
		return CORRECTABLE.stream().map(EAttribute::getName).toList();
	}

	/** The record's version now: a change prepared on it is saved only while it is still the version. */
	public int version(long residentId) {
		register.require(Permission.READ_REGISTER, "open residents");
		return register.store().read(session -> session.residents().version(residentId))
				.orElseThrow(() -> ServiceException.of("resident.unknown", residentId));
	}

	/** Every change of the record, oldest first, cancelled ones and cancellations included, with the states before and after. */
	public List<ChangeView> history(long residentId) {
		register.require(Permission.READ_REGISTER, "open residents");
		return register.store().read(session -> session.changes().of(residentId)).stream().map(ChangeView::of).toList();
	}

	/**
	 * Records a change: checks it against the record and the version the clerk opened, applies
	 * {@code step}, stores the change with both states, writes the card's notes, audits.
	 *
	 * @param periodDays the notification period in days, or -1 for a change entered ex officio
	 */
	private ChangeOutcome change(ChangeTarget target, JournalDraft draft, ChangeKind kind, LocalDate on, LocalDate notifiedOn, int periodDays,
			String reason, Step step) {
		register.require(Permission.COUNTER_WORK, "record resident changes");
		requireDates(kind, on, notifiedOn);
		return write(session -> {
			register.journal(session, draft);
			long residentId = target.residentId();
			Resident resident = resident(session, residentId);
			requireCurrentVersion(session, target);
			Optional<Removal> removal = session.residents().removal(residentId);
			if (removal.isPresent() && kind != ChangeKind.CORRECTION) {
				throw ServiceException.of("change.removed", residentId, removal.get().on(), removal.get().reason());
			}
			LocalDate stateDate = stateDate(session, resident);
			if (stateDate != null && on.isBefore(stateDate)) {
				throw ServiceException.of("change.beforeState", field(kind), on, stateDate);
			}
			String before = state(session, resident).text();
			CardConsequences cards = new CardConsequences(register, session, residentId);
			step.apply(session, resident, cards);
			return finish(session, kind, residentId, on, notifiedOn, periodDays, reason, before, cards);
		});
	}

	/**
	 * The end of every change: the days late, the change stored with the record's state after it,
	 * the card's notes, the audit entry.
	 */
	private ChangeOutcome finish(Session session, ChangeKind kind, long residentId, LocalDate on, LocalDate notifiedOn, int periodDays,
			String reason, String before, CardConsequences cards) {
		int daysLate = periodDays < 0 || notifiedOn == null ? 0
				: (int) Math.max(0, ChronoUnit.DAYS.between(on.plusDays(periodDays), notifiedOn));
		if (daysLate > 0) {
			cards.add(CardConsequences.problem("consequence.late", String.valueOf(daysLate)));
		}
		String after = state(session, resident(session, residentId)).text();
		long changeId = session.changes().add(new ResidentChange(0, residentId, kind.code(), on, notifiedOn, daysLate,
				register.operator().id(), register.now(), reason, null, null, before, after));
		cards.recordedAs(changeId);
		register.audit(session, kind.audit(), residentId, notifiedOn == null ? AuditDetail.of("changeOn", AuditDetail.changeKind(kind.code()), on)
				: daysLate > 0 ? AuditDetail.of("changeNotifiedLate", AuditDetail.changeKind(kind.code()), on, notifiedOn, daysLate)
						: AuditDetail.of("changeNotified", AuditDetail.changeKind(kind.code()), on, notifiedOn));
		return new ChangeOutcome(residentId, changeId, kind, daysLate, preview ? ahead(cards.done()) : cards.done());
	}

	/** The consequences of a change not made, as they would be: each key's {@code .ahead} wording. */
	private static List<Problem> ahead(List<Problem> consequences) {
		return consequences.stream().map(done -> new Problem(done.catalogue(), done.key() + ".ahead", done.arguments())).toList();
	}

	/** The journal's name of a change: {@code change.move-in}, … */
	private static String useCase(ChangeKind kind) {
		return "change." + kind.code();
	}

	/** The journal entry of a change of {@code target}'s record, which it reads. */
	private static JournalDraft draft(ChangeKind kind, ChangeTarget target) {
		return JournalDraft.of(useCase(kind)).with("target", target).reading(Read.RESIDENT, target.residentId());
	}

	/** No change takes effect in the future (a planned move-out may), and none is notified before it took effect (a move-out may). */
	private void requireDates(ChangeKind kind, LocalDate on, LocalDate notifiedOn) {
		if (on == null) {
			throw ServiceException.of("change.dateMissing", field(kind));
		}
		LocalDate today = register.today();
		if (kind != ChangeKind.MOVE_OUT && on.isAfter(today)) {
			throw ServiceException.of("change.future", field(kind), on, today);
		}
		if (notifiedOn != null) {
			if (notifiedOn.isAfter(today)) {
				throw ServiceException.of("change.future", "notifiedOn", notifiedOn, today);
			}
			if (kind != ChangeKind.MOVE_OUT && notifiedOn.isBefore(on)) {
				throw ServiceException.of("change.notifiedBefore", notifiedOn, field(kind), on);
			}
		}
	}

	/** The name of the date field a change is dated by, as the notification file spells it. */
	static String field(ChangeKind kind) {
		return switch (kind) {
		case MOVE_IN, MOVE_WITHIN -> "movedOn";
		case MOVE_OUT -> "plannedOn";
		case BIRTH -> "bornOn";
		case DEATH -> "diedOn";
		default -> "changedOn";
		};
	}

	/** Someone else changed the record since it was opened: refused, naming who and when. */
	private static void requireCurrentVersion(Session session, ChangeTarget target) {
		if (target.openedVersion() == null) {
			return;
		}
		int version = session.residents().version(target.residentId()).orElseThrow();
		if (version != target.openedVersion()) {
			List<ResidentChange> changes = session.changes().of(target.residentId());
			if (changes.isEmpty()) {
				throw ServiceException.of("change.staleUnknown", target.residentId());
			}
			ResidentChange last = changes.get(changes.size() - 1);
			throw ServiceException.of("change.stale", target.residentId(), last.operator(), last.recordedAt().toString(), last.kind());
		}
	}

	/** The day the record's current state dates from: its latest change in force, or else its current address. */
	private static LocalDate stateDate(Session session, Resident resident) {
		LocalDate latest = resident.getAddresses().isEmpty() ? null
				: resident.getAddresses().get(resident.getAddresses().size() - 1).getSetOn();
		for (ResidentChange change : session.changes().of(resident.getId())) {
			if (!change.cancelled() && change.cancels() == null && (latest == null || change.on().isAfter(latest))) {
				latest = change.on();
			}
		}
		return latest;
	}

	/** The record's state now, as the change history keeps it. */
	static ResidentState state(Session session, Resident resident) {
		Optional<Removal> removal = session.residents().removal(resident.getId());
		return ResidentState.of(resident, removal.map(r -> r.on().toString()).orElse(null), removal.map(Removal::reason).orElse(null),
				session.residents().plannedMoveOut(resident.getId()).map(LocalDate::toString).orElse(null));
	}

	/** A change of address: the signature certificate lapses on the day, and the card needs the new address in its notes. */
	private static void addressChanged(CardConsequences cards, LocalDate on, String kind, Address address) {
		cards.lapseSignatureCertificate(on, "address changed on " + on);
		cards.note(on, kind + " " + Addresses.text(address));
	}

	/**
	 * A move within stays in our municipality; a move-in comes from elsewhere, a move-out goes
	 * elsewhere. Checked when the office set its municipality.
	 */
	private void requireOurs(String field, Address address, boolean ours) {
		Optional<String> municipality = register.settings().municipality();
		if (municipality.isPresent() && address.getMunicipalityCode() != null
				&& municipality.get().equals(address.getMunicipalityCode()) != ours) {
			throw ServiceException.of(ours ? "change.notOurs" : "change.ours", field, address.getMunicipalityCode(), municipality.get());
		}
	}

	private static AddressEntry entry(Address address, LocalDate setOn, LocalDate notifiedOn, NotificationKind kind) {
		ResidentActions.normalize(address);
		AddressEntry entry = ModelFactory.eINSTANCE.createAddressEntry();
		entry.setAddress(address);
		entry.setSetOn(setOn);
		entry.setNotifiedOn(notifiedOn);
		entry.setNotification(kind);
		return entry;
	}

	/** The card a person moving in brings, with its expiry and certificates from the rules. */
	private MyNumberCard broughtCard(BroughtCard brought) {
		MyNumberCard card = ModelFactory.eINSTANCE.createMyNumberCard();
		card.setSerial(CardActions.serial(brought.serial()));
		card.setIssuedOn(brought.issuedOn());
		CardApplication application = ModelFactory.eINSTANCE.createCardApplication();
		application.setReceivedOn(brought.appliedOn() == null ? brought.issuedOn() : brought.appliedOn());
		card.setApplication(application);
		CardStatus status = brought.status() == null ? CardStatus.ISSUED : brought.status();
		card.setStatus(status);
		card.getTransitions().add(register.cards().transition(null, status, "brought at the move-in"));
		return card;
	}

	/** Puts a new resident in the household {@code householdId} with the relationship, or in a new one as its head. */
	private static void joinHousehold(Session session, long residentId, String householdId, String relationship) {
		if (householdId == null) {
			session.residents().changeHousehold(residentId, "H" + residentId, HEAD);
			return;
		}
		householdMember(session, householdId);
		requireRelationship(relationship);
		session.residents().changeHousehold(residentId, householdId, relationship);
	}

	/** A member of the household with this code; refused when there is no such household. */
	private static long householdMember(Session session, String householdId) {
		return session.residents().memberOf(householdId).orElseThrow(() -> ServiceException.of("household.unknown", householdId));
	}

	private static String requireHousehold(Resident resident) {
		if (resident.getHousehold() == null) {
			throw ServiceException.of("household.none", resident.getId());
		}
		return ((Household) resident.getHousehold().eContainer()).getId();
	}

	private static void requireRelationship(String relationship) {
		if (relationship == null || relationship.isBlank()) {
			throw ServiceException.of("household.relationship");
		}
	}

	private static Resident resident(Session session, long residentId) {
		return session.residents().find(residentId).orElseThrow(() -> ServiceException.of("resident.unknown", residentId));
	}
}
