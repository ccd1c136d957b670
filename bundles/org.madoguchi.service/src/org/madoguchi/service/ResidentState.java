package org.madoguchi.service;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.Household;
import org.madoguchi.model.ModelPackage.Literals;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.Addresses;

/**
 * A resident record's state as data, kept with every change: the person's own fields by their
 * model names, the current address and the household with the relationship. What a cancellation
 * puts back is read from it; the Individual Number is not in it (it never changes by a notification).
 */
final class ResidentState {

	static final String ADDRESS = "address";
	static final String ADDRESSES = "addresses";
	static final String HOUSEHOLD = "household";
	static final String RELATIONSHIP = "relationship";
	static final String REMOVED_ON = "removedOn";
	static final String REMOVAL_REASON = "removalReason";
	static final String MOVES_OUT_ON = "movesOutOn";

	private final Properties values;

	private ResidentState(Properties values) {
		this.values = values;
	}

	/** The state of {@code resident} as stored, with its removal and planned move-out (null when none). */
	static ResidentState of(Resident resident, String removedOn, String removalReason, String movesOutOn) {
		Properties values = new Properties();
		for (EAttribute attribute : Literals.RESIDENT.getEAllAttributes()) {
			Object value = resident.eGet(attribute);
			if (attribute != Literals.RESIDENT__INDIVIDUAL_NUMBER && attribute != Literals.RESIDENT__ID && value != null
					&& resident.eIsSet(attribute)) {
				values.setProperty(attribute.getName(), EcoreUtil.convertToString(attribute.getEAttributeType(), value));
			}
		}
		if (!resident.getAddresses().isEmpty()) {
			AddressEntry current = resident.getAddresses().get(resident.getAddresses().size() - 1);
			values.setProperty(ADDRESS, Addresses.text(current.getAddress()));
		}
		values.setProperty(ADDRESSES, String.valueOf(resident.getAddresses().size()));
		if (resident.getHousehold() != null) {
			values.setProperty(HOUSEHOLD, ((Household) resident.getHousehold().eContainer()).getId());
			values.setProperty(RELATIONSHIP, String.valueOf(resident.getHousehold().getRelationship()));
		}
		put(values, REMOVED_ON, removedOn);
		put(values, REMOVAL_REASON, removalReason);
		put(values, MOVES_OUT_ON, movesOutOn);
		return new ResidentState(values);
	}

	private static void put(Properties values, String key, String value) {
		if (value != null) {
			values.setProperty(key, value);
		}
	}

	static ResidentState parse(String text) {
		Properties values = new Properties();
		try {
			values.load(new StringReader(text));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new ResidentState(values);
	}

	String get(String key) {
		return values.getProperty(key);
	}

	int addresses() {
		return Integer.parseInt(values.getProperty(ADDRESSES, "0"));
	}

	/** Sets the person's fields of {@code resident} to this state's (its number and id stay). */
	void restorePerson(Resident resident) {
		for (EAttribute attribute : Literals.RESIDENT.getEAllAttributes()) {
			if (attribute == Literals.RESIDENT__INDIVIDUAL_NUMBER || attribute == Literals.RESIDENT__ID) {
				continue;
			}
			String value = values.getProperty(attribute.getName());
			if (value == null) {
				resident.eUnset(attribute);
			} else {
				resident.eSet(attribute, EcoreUtil.createFromString(attribute.getEAttributeType(), value));
			}
		}
	}

	/** The state as text, one {@code name=value} line each in Properties' escaping, sorted by name. */
	String text() {
		StringWriter out = new StringWriter();
		try {
			values.store(out, null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString().lines().filter(line -> !line.startsWith("#")).sorted().collect(Collectors.joining("\n", "", "\n"));
	}
}
