package org.madoguchi.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.madoguchi.model.Address;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.Addresses;
import org.madoguchi.model.values.Label;
import org.madoguchi.model.values.Nationality;
import org.madoguchi.model.values.TextFields;
import org.madoguchi.print.PickupNotice;
import org.madoguchi.print.PickupNoticePrinter;
import org.madoguchi.store.Session;

/**
 * Pickup notices (交付通知書): a letter to each resident whose card is ready for pickup, addressed
 * for a window envelope. As with printed cards, a supervisor's; each letter is checked to be about
 * the resident it is printed for, and each is an audit entry.
 */
public final class PickupNotices {

	/** How long a card waits at the counter when no deadline is given. */
	static final int DEFAULT_DAYS_TO_PICK_UP = 60;

	/**
	 * Which letters and what they say.
	 *
	 * @param batchDay the cards that became ready that day, or null for every card ready now
	 * @param window the counter the resident comes to (市民課 3番窓口), or null
	 * @param deadline the last day the card waits, or null for {@value #DEFAULT_DAYS_TO_PICK_UP} days from today
	 */
	public record Request(LocalDate batchDay, String window, LocalDate deadline) {
	}

	private static final Label WINDOW = new Label("pickupWindow");
	private static final int WINDOW_LENGTH = 100;

	private final Register register;

	PickupNotices(Register register) {
		this.register = register;
	}

	/** The deadline a request without one gets: {@value #DEFAULT_DAYS_TO_PICK_UP} days from today. */
	public LocalDate defaultDeadline() {
		return register.today().plusDays(DEFAULT_DAYS_TO_PICK_UP);
	}

	/**
	 * Writes one letter per card ready for pickup to {@code out}; returns how many. A cancel leaves
	 * neither the file nor audit entries.
	 */
	public int print(Request request, Path out, Progress progress) {
		register.require(Permission.SUPERVISE, "print pickup notices");
		LocalDate deadline = request.deadline() != null ? request.deadline() : defaultDeadline();
		if (deadline.isBefore(register.today())) {
			throw ServiceException.of("print.deadlinePassed", deadline);
		}
		TextFields.problem(request.window(), WINDOW, WINDOW_LENGTH).ifPresent(problem -> {
			throw new ServiceException(problem);
		});
		String office = register.office();
		List<PickupNotice> notices = register.store().read(session -> {
			List<PickupNotice> built = new ArrayList<>();
			for (long id : session.cards().holdersWithStatus(CardStatus.READY, request.batchDay())) {
				built.add(notice(session, id, office, request.window(), deadline));
			}
			return built;
		});
		if (notices.isEmpty()) {
			throw ServiceException.of("print.nothing");
		}
		List<Long> requested = notices.stream().map(PickupNotice::residentId).toList();
		CardPrinting.write(out, stream -> CardPrinting.checkSubjects(requested, new PickupNoticePrinter().print(notices, stream,
				CardPrinting.reporting(progress, notices.size())), false));
		register.store().write(session -> {
			for (PickupNotice notice : notices) {
				register.audit(session, AuditOperation.PRINT_PICKUP_NOTICE, notice.residentId(),
						AuditDetail.of("noticeTo", notice.noticeNumber(), out.getFileName()));
			}
			return null;
		});
		return notices.size();
	}

	private static PickupNotice notice(Session session, long residentId, String office, String window, LocalDate deadline) {
		Resident resident = session.residents().find(residentId).orElseThrow(() -> ServiceException.of("resident.unknown", residentId));
		MyNumberCard card = resident.getCards().stream().filter(each -> each.getStatus() == CardStatus.READY).reduce((first, second) -> second)
				.orElseThrow(() -> ServiceException.of("print.noReadyCard", residentId, resident.getFamilyName()));
		if (session.cards().holderOf(card.getId()) != residentId) {
			throw ServiceException.of("print.wrongHolder", card.getId(), residentId);
		}
		Address address = resident.getAddresses().get(resident.getAddresses().size() - 1).getAddress();
		String from = office.isBlank() ? Addresses.municipalityName(address) : office;
		return new PickupNotice(residentId, noticeNumber(card.getId()), address.getPostalCode(), Addresses.text(address),
				CardPrinting.name(resident, Nationality.isNational(resident.getNationality())), from, window, deadline);
	}

	/** The card's ID in nine digits and a Luhn check digit: the counter finds the card from it, a typo is caught. */
	static String noticeNumber(long cardId) {
		String digits = String.format("%09d", cardId);
		int sum = 0;
		for (int i = 0; i < digits.length(); i++) {
			int digit = digits.charAt(digits.length() - 1 - i) - '0';
			int weighted = i % 2 == 0 ? digit * 2 : digit;
			sum += weighted > 9 ? weighted - 9 : weighted;
		}
		return digits + (10 - sum % 10) % 10;
	}
}
