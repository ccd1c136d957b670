package org.madoguchi.model.values;

import org.madoguchi.model.Address;

/** An address written out as on the resident register and the card: prefecture to building. */
public final class Addresses {

	public static String text(Address address) {
		return nullToEmpty(address.getPrefecture()) + nullToEmpty(municipalityName(address)) + nullToEmpty(address.getTown())
				+ nullToEmpty(address.getChome()) + nullToEmpty(address.getNumber())
				+ (address.getBuilding() == null || address.getBuilding().isBlank() ? "" : "\u3000" + address.getBuilding());
	}

	/**
	 * The municipality's name: as stored, or from the list of local government codes for an address
	 * that carries only the code (a resident file has no name column).
	 */
	public static String municipalityName(Address address) {
		String stored = address.getMunicipalityName();
		if (stored != null && !stored.isBlank()) {
			return stored;
		}
		return LocalGovernments.find(address.getMunicipalityCode()).map(LocalGovernment::name).orElse(null);
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}

	private Addresses() {
	}
}
