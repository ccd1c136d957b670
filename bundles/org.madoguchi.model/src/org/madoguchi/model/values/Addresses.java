package org.madoguchi.model.values;

import org.madoguchi.model.Address;

/** An address written out as on the resident register and the card: prefecture to building. */
public final class Addresses {

	public static String text(Address address) {
		return nullToEmpty(address.getPrefecture()) + nullToEmpty(address.getMunicipalityName()) + nullToEmpty(address.getTown())
				+ nullToEmpty(address.getChome()) + nullToEmpty(address.getNumber())
				+ (address.getBuilding() == null || address.getBuilding().isBlank() ? "" : "\u3000" + address.getBuilding());
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private Addresses() {
	}
}
