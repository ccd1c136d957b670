package org.madoguchi.ui.internal.resident;

import org.eclipse.swt.widgets.Composite;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.ModelPackage.Literals;
import org.madoguchi.ui.internal.Messages;

/**
 * The fields of an address and its dates (a move within, the destination of a move-out, a
 * move-in's new and previous address), bound to a draft {@link AddressEntry} and checked by the
 * model as they are typed.
 */
final class AddressForm {

	private AddressForm() {
	}

	/** The address with the day the move takes effect and the day it was notified. */
	static void create(ModelForm form, Composite parent, AddressEntry entry) {
		create(form, parent, entry, Messages.Address_setOn, Messages.Address_notifiedOn);
	}

	/**
	 * The address with its dates under other names (a move-out's planned day); a null label leaves
	 * that date out (a previous address has none).
	 */
	static void create(ModelForm form, Composite parent, AddressEntry entry, String setOnLabel, String notifiedOnLabel) {
		Composite grid = form.create(parent, entry);
		form.text(grid, Messages.Address_postalCode, entry.getAddress(), Literals.ADDRESS__POSTAL_CODE);
		form.text(grid, Messages.Address_prefecture, entry.getAddress(), Literals.ADDRESS__PREFECTURE);
		form.text(grid, Messages.Address_municipalityCode, entry.getAddress(), Literals.ADDRESS__MUNICIPALITY_CODE);
		form.text(grid, Messages.Address_municipality, entry.getAddress(), Literals.ADDRESS__MUNICIPALITY_NAME);
		form.text(grid, Messages.Address_town, entry.getAddress(), Literals.ADDRESS__TOWN);
		form.text(grid, Messages.Address_chome, entry.getAddress(), Literals.ADDRESS__CHOME);
		form.text(grid, Messages.Address_number, entry.getAddress(), Literals.ADDRESS__NUMBER);
		form.text(grid, Messages.Address_building, entry.getAddress(), Literals.ADDRESS__BUILDING);
		if (setOnLabel != null) {
			form.date(grid, setOnLabel, entry, Literals.ADDRESS_ENTRY__SET_ON);
		}
		if (notifiedOnLabel != null) {
			form.date(grid, notifiedOnLabel, entry, Literals.ADDRESS_ENTRY__NOTIFIED_ON);
		}
		form.validate();
	}
}
