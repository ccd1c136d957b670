package org.madoguchi.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.madoguchi.model.values.Problem;
import org.madoguchi.service.Register;
import org.madoguchi.service.ServiceException;
import org.osgi.service.prefs.BackingStoreException;

/**
 * What this workstation remembers (in the workbench's data folder): the register it opens (as a
 * supervisor last set it here), the default window of expiry reports, and the language (read by
 * ./madoguchi at start, as -nl). The office's name and the settings that protect the counter (the
 * idle lock, the register's location) belong to the register.
 */
public final class WorkbenchPreferences {

	static final String NODE = "org.madoguchi.ui";
	static final String DATABASE = "database";
	static final String REPORT_WINDOW = "reportWindowDays";
	/** Also read by the ./madoguchi launcher: keep the key and the two-letter values. */
	static final String LANGUAGE = "language";
	static final int DEFAULT_REPORT_WINDOW = 90;

	private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(NODE);

	/** The register the workbench opens when ./madoguchi gets no --db; empty for the default. */
	public String database() {
		return node.get(DATABASE, "");
	}

	/**
	 * Opens {@code location} at the next start: a supervisor's change, recorded in the register in
	 * use as the office's register location (audited); refused for other roles before anything changes here.
	 */
	public void moveRegister(Register register, String location) {
		register.settings().setRegisterLocation(location);
		node.put(DATABASE, location.strip());
		flush();
	}

	/**
	 * Opens the register where the office keeps it (the location a supervisor stored in {@code register})
	 * from the next start on, when this workstation still points elsewhere.
	 */
	public void follow(Register register) {
		register.settings().registerLocation().filter(location -> !location.equals(database())).ifPresent(location -> {
			node.put(DATABASE, location);
			flush();
		});
	}

	public int reportWindowDays() {
		return node.getInt(REPORT_WINDOW, DEFAULT_REPORT_WINDOW);
	}

	/** "ja", "en", or empty for the system's language. */
	public String language() {
		return node.get(LANGUAGE, "");
	}

	void save(int reportWindow, String language) {
		node.putInt(REPORT_WINDOW, reportWindow);
		node.put(LANGUAGE, language);
		flush();
	}

	private void flush() {
		try {
			node.flush();
		} catch (BackingStoreException e) {
			throw new ServiceException(new Problem(WorkbenchPreferences.class, "preferences.notSaved", e.getMessage()));
		}
	}
}
