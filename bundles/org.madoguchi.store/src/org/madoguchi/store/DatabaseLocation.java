package org.madoguchi.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the register lives: a folder holding an embedded H2 database (the default, no server
 * needed), or a PostgreSQL server given by a JDBC URL ({@code jdbc:postgresql://host/db?user=…}).
 */
public record DatabaseLocation(Path folder, String postgresUrl) {

	/** The file name of the H2 database inside its folder (H2 adds .mv.db). */
	static final String H2_NAME = "madoguchi";

	/** {@code --db} as given on the command line or in the preferences; null for the default. */
	public static DatabaseLocation of(String argument) {
		if (argument == null || argument.isBlank()) {
			return defaultLocation();
		}
		if (argument.startsWith("jdbc:postgresql:")) {
			return new DatabaseLocation(null, argument);
		}
		if (argument.startsWith("jdbc:")) {
			throw StoreException.of("location.unsupported", argument);
		}
		return new DatabaseLocation(Path.of(argument).toAbsolutePath().normalize(), null);
	}

	/** {@code $XDG_DATA_HOME/madoguchi/db}, or {@code ~/.local/share/madoguchi/db}. */
	public static DatabaseLocation defaultLocation() {
		String dataHome = System.getenv("XDG_DATA_HOME");
		Path base = dataHome == null || dataHome.isBlank() ? Path.of(System.getProperty("user.home"), ".local", "share")
				: Path.of(dataHome);
		return new DatabaseLocation(base.resolve("madoguchi").resolve("db"), null);
	}

	public boolean isEmbedded() {
		return folder != null;
	}

	/** Whether an embedded database already exists at this location (a server database always does). */
	public boolean exists() {
		return !isEmbedded() || Files.exists(h2File());
	}

	/** The H2 data file. */
	public Path h2File() {
		return folder.resolve(H2_NAME + ".mv.db");
	}

	@Override
	public String toString() {
		return isEmbedded() ? folder.toString() : postgresUrl.replaceAll("password=[^&]*", "password=***");
	}
}
