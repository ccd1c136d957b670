package org.madoguchi.ui.internal.wizards;

import java.time.LocalDate;

import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.testing.ChiyodaAddresses;
import org.madoguchi.testing.ResidentBuilder;

/** The resident the wizard tests work on: 小林 学, a Japanese man born 1980-05-05, of 神田小川町 1丁目2番3号. */
final class OgawamachiResident {

	private OgawamachiResident() {
	}

	/** Not yet in a register; moved in on {@code since}, notified the same day. */
	static Resident since(LocalDate since) {
		Resident person = ResidentBuilder.resident("小林", "学", "コバヤシ", "マナブ").born(LocalDate.of(1980, 5, 5)).sex(Sex.MALE).national()
				.number("123456789018").livingAt(ChiyodaAddresses.entry(ChiyodaAddresses.address("1010052", "神田小川町", "1丁目", "2番3号"),
						since, 0, NotificationKind.MOVE_IN))
				.build();
		person.setNationality("JPN");
		return person;
	}
}
