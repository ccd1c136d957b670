package org.madoguchi.model.tests;

import static org.madoguchi.testing.ChiyodaAddresses.address;
import static org.madoguchi.testing.ChiyodaAddresses.entry;

import java.time.LocalDate;

import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.testing.ResidentBuilder;

/** A well-formed resident to start each validation test from. */
final class Residents {

	static Resident yamadaHanako() {
		return ResidentBuilder.resident("山田", "花子", "ヤマダ", "ハナコ").born(LocalDate.of(1990, 10, 10)).sex(Sex.FEMALE)
				.number("123456789018")
				.livingAt(entry(address("1000001", "千代田", "1丁目", "1番1号"), LocalDate.of(2020, 4, 1), 2, NotificationKind.MOVE_IN))
				.build();
	}

	private Residents() {
	}
}
