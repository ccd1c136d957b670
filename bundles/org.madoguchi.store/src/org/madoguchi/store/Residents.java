package org.madoguchi.store;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.Resident;

/** Residents with their address history, household membership, cards and certificates. */
public interface Residents {

	/** Stores new residents with everything they contain and sets their ids (batched: fast for big files). */
	void insertAll(List<Resident> residents);

	/** Stores one new resident; returns its id. */
	default long insert(Resident resident) {
		insertAll(List.of(resident));
		return resident.getId();
	}

	/** The resident with addresses, household membership, cards, certificates and card history. */
	Optional<Resident> find(long id);

	/** The id of the resident with this Individual Number (12 ASCII digits). */
	Optional<Long> idByNumber(String individualNumber);

	/** The ids of the residents with these Individual Numbers, by number; numbers nobody has are left out. */
	Map<String, Long> idsByNumbers(Collection<String> individualNumbers);

	/** The id of the resident with this resident record code (住民票コード). */
	Optional<Long> idByResidentCode(String residentCode);

	/** Residents whose reading (folded as search keys are) and birth date are these. */
	List<Long> idsByReadingAndBirth(String familyNameKana, String givenNameKana, LocalDate birthDate);

	/** Saves the person's own fields (names, birth, status, numbers); the history is added to separately. */
	void update(Resident resident);

	/**
	 * Moves the resident into the household with this code (created when new) with this
	 * relationship (続柄), or out of any household with a null code. 世帯主 makes the resident the
	 * household's head; a head who leaves, or takes another relationship, leaves the old household
	 * without a head until its new head is recorded. A household its last member left is removed.
	 */
	void changeHousehold(long residentId, String householdCode, String relationship);

	/** Adds an address to the resident's history; it becomes the current address. Nothing is overwritten. */
	void addAddress(long residentId, AddressEntry entry);

	/**
	 * Withdraws the current address (a cancelled change had added it): it stays stored but leaves the
	 * history, and the address before it is current again.
	 */
	void withdrawCurrentAddress(long residentId);

	/** The record's version: it grows with every change saved to the record. Empty for an unknown resident. */
	Optional<Integer> version(long residentId);

	/** Why and since when the record is a removed record (除票); empty for a current resident. */
	Optional<Removal> removal(long residentId);

	/** Makes the record a removed record as of {@code on}, for {@code reason}; its planned move-out is done. */
	void remove(long residentId, LocalDate on, String reason);

	/** Makes a removed record current again, with no planned move-out (a cancelled removal). */
	void reinstate(long residentId);

	/** The day a move-out notified before the move takes effect; null for none. */
	void planMoveOut(long residentId, LocalDate on);

	/** The planned move-out of a current resident, if one was notified. */
	Optional<LocalDate> plannedMoveOut(long residentId);

	/** Current residents whose planned move-out day is {@code day} or earlier, by id. */
	List<Long> movingOutBy(LocalDate day);

	/**
	 * Current residents found by kana prefix, Individual Number, birth date, kanji name prefix or
	 * address prefix, whichever the text is; sorted by reading (or name/address) and paged. Removed
	 * records (除票) are left out.
	 */
	default List<ResidentSummary> search(String text, int limit, int offset) {
		return search(text, limit, offset, false);
	}

	/** As {@link #search(String, int, int)}; current residents only, or with {@code removed} removed records (除票) too. */
	List<ResidentSummary> search(String text, int limit, int offset, boolean removed);

	/** How many current residents {@link #search} finds for {@code text}: every one for a blank text. */
	default long searchCount(String text) {
		return searchCount(text, false);
	}

	/** How many residents {@link #search(String, int, int, boolean)} finds. */
	long searchCount(String text, boolean removed);

	/** A resident of the household with this code (its head when it has one); empty when there is no such household. */
	Optional<Long> memberOf(String householdCode);

	/** Everyone in the resident's household (the resident too), the head first; empty for a resident without one. */
	List<Housemate> household(long residentId);

	/**
	 * The residents after {@code afterId} in id order, at most {@code limit}, complete as
	 * {@link #find} gives them: a page of the whole register, for the export.
	 */
	List<Resident> after(long afterId, int limit);
}
