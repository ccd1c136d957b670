package org.madoguchi.service;

import java.nio.file.Path;
import java.util.Objects;

import org.madoguchi.store.StoreException;

/**
 * Where the register lives: a folder holding an embedded H2 database (the default, no server
 * needed), or a PostgreSQL server given by a JDBC URL ({@code jdbc:postgresql://host/db?user=…}).
 */
public final class DatabaseLocation {

	private final org.madoguchi.store.DatabaseLocation database;

	private DatabaseLocation(org.madoguchi.store.DatabaseLocation database) {
		this.database = database;
	}

	/** {@code --db} as given on the command line or in the preferences; null or blank for the default. */
	public static DatabaseLocation of(String argument) {
		try {
			return new DatabaseLocation(org.madoguchi.store.DatabaseLocation.of(argument));
		} catch (StoreException e) {
			throw ServiceException.of("location.unsupported", argument);
		}
	}

	/** {@code $XDG_DATA_HOME/madoguchi/db}, or {@code ~/.local/share/madoguchi/db}. */
	public static DatabaseLocation defaultLocation() {
		return new DatabaseLocation(org.madoguchi.store.DatabaseLocation.defaultLocation());
	}

	/** The folder of an embedded database; null for a server database. */
	public Path folder() {
		return database.folder();
	}

	public boolean isEmbedded() {
		return database.isEmbedded();
	}

	/** Whether an embedded database already exists at this location (a server database always does). */
	public boolean exists() {
		return database.exists();
	}

	org.madoguchi.store.DatabaseLocation database() {
		return database;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof DatabaseLocation location && database.equals(location.database);
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(database);
	}

	/** The folder, or the URL with its password hidden. */
	@Override
	public String toString() {
		return database.toString();
	}
}
