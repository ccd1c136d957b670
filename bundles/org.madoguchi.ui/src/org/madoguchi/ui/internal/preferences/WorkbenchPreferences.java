package org.madoguchi.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * What this workstation remembers (in the workbench's data folder): the register it opens, the
 * default window of expiry reports, the idle time before the counter locks, and the language
 * (read by ./madoguchi at start, as -nl). The office's name belongs to the register.
 */
public final class WorkbenchPreferences {

	static final String NODE = "org.madoguchi.ui";
	static final String DATABASE = "database";
	static final String REPORT_WINDOW = "reportWindowDays";
	static final String IDLE_LOCK = "idleLockMinutes";
	/** Also read by the ./madoguchi launcher: keep the key and the two-letter values. */
	static final String LANGUAGE = "language";
	static final int DEFAULT_REPORT_WINDOW = 90;
	static final int DEFAULT_IDLE_LOCK = 5;

	private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);

	/** The register the workbench opens when ./madoguchi gets no --db; empty for the default. */
	public String database() {
		return node.get(DATABASE, "");
	}

	public void setDatabase(String location) {
		node.put(DATABASE, location);
		flush();
	}

	public int reportWindowDays() {
		return node.getInt(REPORT_WINDOW, DEFAULT_REPORT_WINDOW);
	}

	/** Minutes without a key or mouse event before the counter locks; 0 never. */
	public int idleLockMinutes() {
		return node.getInt(IDLE_LOCK, DEFAULT_IDLE_LOCK);
	}

	/** "ja", "en", or empty for the system's language. */
	public String language() {
		return node.get(LANGUAGE, "");
	}

	void save(String database, int reportWindow, int idleLock, String language) {
		node.put(DATABASE, database);
		node.putInt(REPORT_WINDOW, reportWindow);
		node.putInt(IDLE_LOCK, idleLock);
		node.put(LANGUAGE, language);
		flush();
	}

	private void flush() {
		try {
			node.flush();
		} catch (BackingStoreException e) {
			throw new IllegalStateException("The preferences could not be saved: " + e.getMessage(), e);
		}
	}
}
