package org.madoguchi.service;

import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EObject;
import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.Resident;
import org.madoguchi.model.validation.ModelValidation;
import org.madoguchi.model.values.Addresses;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.LocalGovernmentCode;
import org.madoguchi.model.values.PostalCode;
import org.madoguchi.service.JournalDraft.Read;
import org.madoguchi.store.Session;

/** Registering residents and recording their moves. */
public final class ResidentActions {

	private final Register register;

	ResidentActions(Register register) {
		this.register = register;
	}

	/** Registers a new resident (with addresses, household membership and cards); returns the id. */
	public long register(Resident resident) {
		register.require(Permission.COUNTER_WORK, "register residents");
		JournalDraft draft = JournalDraft.of("resident.register").with("resident", resident);
		prepare(resident);
		return register.store().write(session -> {
			register.journal(session, draft);
			long id = insertNew(session, resident);
			register.audit(session, AuditOperation.REGISTER, id, null);
			return id;
		});
	}

	/** Normalizes a new resident's numbers and refuses it (field and reason) unless it is valid, and demo data in production. */
	void prepare(Resident resident) {
		normalize(resident);
		if (!register.isDemo()) {
			refuseDemoData(resident);
		}
		requireValid(resident);
		if (resident.getHousehold() != null) {
			requireValid(resident.getHousehold().eContainer());
		}
	}

	/** Stores a prepared resident, unless another resident has the number; returns the id. */
	static long insertNew(Session session, Resident resident) {
		String number = resident.getIndividualNumber();
		if (number != null) {
			session.residents().idByNumber(number).ifPresent(existing -> {
				throw ServiceException.of("number.duplicate", IndividualNumber.format(number), existing);
			});
		}
		return session.residents().insert(resident);
	}

	/**
	 * Records a move: the new address is added to the history (the old one is kept) and becomes
	 * the current address. The notification kind says whether it is a move-in, within or out.
	 */
	public void move(long residentId, AddressEntry entry) {
		register.require(Permission.COUNTER_WORK, "record moves");
		JournalDraft draft = JournalDraft.of("resident.move").with("resident", residentId).with("entry", entry).reading(Read.RESIDENT,
				residentId);
		normalize(entry.getAddress());
		requireValid(entry);
		register.store().write(session -> {
			register.journal(session, draft);
			if (session.residents().find(residentId).isEmpty()) {
				throw ServiceException.of("resident.unknown", residentId);
			}
			session.residents().addAddress(residentId, entry);
			register.audit(session, AuditOperation.of(entry.getNotification()), residentId, AuditDetail.of("address", Addresses.text(entry.getAddress())));
			return null;
		});
	}

	/**
	 * The resident's record for display. The Individual Number in it is masked; a role that may see
	 * it asks {@link RegisterQueries#showNumber}, which is audited.
	 */
	public Resident open(long residentId) {
		register.require(Permission.READ_REGISTER, "open residents");
		return register.store().write(session -> {
			Resident resident = session.residents().find(residentId)
					.orElseThrow(() -> ServiceException.of("resident.unknown", residentId));
			register.audit(session, AuditOperation.VIEW_RESIDENT, residentId, null);
			if (resident.getIndividualNumber() != null) {
				resident.setIndividualNumber(IndividualNumber.mask(resident.getIndividualNumber()));
			}
			return resident;
		});
	}

	/**
	 * Numbers and codes as stored: 12, 7 and 6 ASCII digits. Invalid ones are left as typed, for
	 * the validator to name the field and the reason.
	 */
	private static void normalize(Resident resident) {
		resident.setIndividualNumber(normalized(resident.getIndividualNumber(), IndividualNumber::normalize));
		for (AddressEntry entry : resident.getAddresses()) {
			normalize(entry.getAddress());
		}
	}

	static void normalize(Address address) {
		address.setPostalCode(normalized(address.getPostalCode(), PostalCode::normalize));
		address.setMunicipalityCode(normalized(address.getMunicipalityCode(), LocalGovernmentCode::normalize));
	}

	private static String normalized(String typed, UnaryOperator<String> rule) {
		try {
			return typed == null ? null : rule.apply(typed);
		} catch (InvalidValueException e) {
			return typed;
		}
	}

	/** A production register takes no demo data: neither a resident made by the generator nor a number of its range. */
	private static void refuseDemoData(Resident resident) {
		if (resident.isSynthetic()) {
			throw ServiceException.of("demo.production");
		}
		String number = resident.getIndividualNumber();
		if (number != null && IndividualNumber.isValid(number) && IndividualNumber.isSynthetic(number)) {
			throw ServiceException.of("number.synthetic", IndividualNumber.format(number));
		}
	}

	void requireValid(EObject object) {
		var findings = ModelValidation.validate(object, register.today());
		if (!findings.isEmpty()) {
			throw new ServiceException(findings.get(0).problem());
		}
	}
}
