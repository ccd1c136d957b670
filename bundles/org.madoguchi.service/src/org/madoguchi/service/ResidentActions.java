package org.madoguchi.service;

import org.eclipse.emf.ecore.EObject;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.Resident;
import org.madoguchi.model.validation.ModelValidation;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.PostalCode;

/** Registering residents and recording their moves. */
public final class ResidentActions {

	private final Register register;

	ResidentActions(Register register) {
		this.register = register;
	}

	/** Registers a new resident (with addresses, household membership and cards); returns the id. */
	public long register(Resident resident) {
		register.require(Permission.COUNTER_WORK, "register residents");
		normalize(resident);
		requireValid(resident);
		return register.store().write(session -> {
			String number = resident.getIndividualNumber();
			if (number != null) {
				session.residents().idByNumber(number).ifPresent(existing -> {
					throw ServiceException.of("number.duplicate", IndividualNumber.format(number), existing);
				});
			}
			long id = session.residents().insert(resident);
			register.audit(session, AuditOperation.REGISTER, id, null);
			return id;
		});
	}

	/**
	 * Records a move: the new address is added to the history (the old one is kept) and becomes
	 * the current address. The notification kind says whether it is a move-in, within or out.
	 */
	public void move(long residentId, AddressEntry entry) {
		register.require(Permission.COUNTER_WORK, "record moves");
		entry.getAddress().setPostalCode(PostalCode.normalize(entry.getAddress().getPostalCode()));
		requireValid(entry);
		register.store().write(session -> {
			if (session.residents().find(residentId).isEmpty()) {
				throw ServiceException.of("resident.unknown", residentId);
			}
			session.residents().addAddress(residentId, entry);
			register.audit(session, AuditOperation.of(entry.getNotification()), residentId,
					entry.getAddress().getMunicipalityName() + entry.getAddress().getTown());
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

	/** Numbers and postal codes as stored: 12 and 7 ASCII digits. Invalid ones are left for validation to name. */
	private static void normalize(Resident resident) {
		if (resident.getIndividualNumber() != null && IndividualNumber.isValid(resident.getIndividualNumber())) {
			resident.setIndividualNumber(IndividualNumber.normalize(resident.getIndividualNumber()));
		}
		for (AddressEntry entry : resident.getAddresses()) {
			try {
				entry.getAddress().setPostalCode(PostalCode.normalize(entry.getAddress().getPostalCode()));
			} catch (InvalidValueException e) {
				// left as typed: the validator names the field and the reason
			}
		}
	}

	private void requireValid(EObject object) {
		var findings = ModelValidation.validate(object, register.today());
		if (!findings.isEmpty()) {
			throw new ServiceException(findings.get(0).problem());
		}
	}
}
