package org.madoguchi.service.tests;

import java.nio.file.Path;
import java.time.LocalDate;

import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.Role;

/**
 * A production register with its supervisor sato, the clerk suzuki and the auditor tanaka, whose
 * today is {@link #TODAY} whatever day the tests run.
 */
final class ProductionOffice {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	private final DatabaseLocation location;

	private ProductionOffice(DatabaseLocation location) {
		this.location = location;
	}

	static ProductionOffice createIn(Path folder) {
		DatabaseLocation location = DatabaseLocation.of(folder.resolve("office").toString());
		try (Register supervisor = Register.initSecure(location, "sato", "佐藤", "supervisor-pass".toCharArray(), "千代田区役所",
				RegisterClock.fixedAt(TODAY))) {
			supervisor.operators().add("suzuki", "鈴木", Role.CLERK, "clerk-password".toCharArray());
			supervisor.operators().add("tanaka", "田中", Role.AUDITOR, "auditor-password".toCharArray());
		}
		return new ProductionOffice(location);
	}

	DatabaseLocation location() {
		return location;
	}

	/** The register as {@code operator} logs in with {@code password}. */
	Register as(String operator, String password) {
		return Register.open(location, new Login(operator, password::toCharArray), RegisterClock.fixedAt(TODAY));
	}
}
