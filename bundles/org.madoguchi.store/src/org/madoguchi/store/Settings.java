package org.madoguchi.store;

import java.util.Optional;

/** Facts about the database itself: demo or production, the office name, … */
public interface Settings {
	Optional<String> get(String name);

	void put(String name, String value);

	/** Removes the setting {@code name}, if there is one. */
	void remove(String name);
}
