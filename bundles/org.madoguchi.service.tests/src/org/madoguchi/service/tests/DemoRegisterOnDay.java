package org.madoguchi.service.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.DatabaseLocation;

/**
 * An open demo register of its own for each test, in a fresh folder, whose today is a set day:
 * what the test sees does not depend on the day it runs. Register it with {@code @RegisterExtension}.
 */
final class DemoRegisterOnDay implements BeforeEachCallback, AfterEachCallback {

	private final LocalDate today;
	private Path folder;
	private Register register;

	DemoRegisterOnDay(LocalDate today) {
		this.today = today;
	}

	Register register() {
		return register;
	}

	@Override
	public void beforeEach(ExtensionContext context) throws IOException {
		folder = Files.createTempDirectory("register");
		register = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("db").toString()), Login.none(), RegisterClock.fixedAt(today));
	}

	@Override
	public void afterEach(ExtensionContext context) throws IOException {
		register.close();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
