package org.madoguchi.ui.internal.resident;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.ui.internal.Countries;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Messages;

/** The person's facts: names beside the registered one, birth, sex, nationality, since when a resident, and a foreigner's status of residence. */
final class PersonSection implements EditorSection {

	private Group group;

	@Override
	public void create(Composite page) {
		group = SectionControls.group(page, Messages.Editor_person, 4);
	}

	@Override
	public void show(ResidentRead read) {
		SectionControls.clear(group);
		Resident resident = read.record().resident();
		if (resident.getRomanName() != null) {
			SectionControls.pair(group, Messages.Editor_romanName, resident.getRomanName());
		}
		if (resident.getAlias() != null) {
			SectionControls.pair(group, Messages.Editor_alias, resident.getAlias());
		}
		SectionControls.pair(group, Messages.Editor_birth, Dates.show(resident.getBirthDate()));
		SectionControls.pair(group, Messages.Editor_sex, resident.getSex() == null ? "" : Messages.label(resident.getSex()));
		SectionControls.pair(group, Messages.Editor_nationality,
				resident.getNationality() == null ? Messages.Editor_japanese : Countries.name(resident.getNationality()));
		SectionControls.pair(group, Messages.Editor_residentSince, Dates.show(resident.getResidentSince()));
		if (resident.getResidenceStatus() != null && resident.getResidenceStatus() != ResidenceStatus.NATIONAL) {
			SectionControls.pair(group, Messages.Editor_residenceStatus, Messages.label(resident.getResidenceStatus()));
			SectionControls.pair(group, Messages.Editor_residenceUntil, Dates.show(resident.getResidenceUntil()));
		}
	}
}
