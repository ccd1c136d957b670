package org.madoguchi.app.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the workbench shell (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
	public static String AboutDialog_title;
	public static String AboutDialog_version;
	public static String AboutDialog_database;
	public static String AboutDialog_defaultDatabase;
	public static String AboutDialog_libraries;
	public static String AboutDialog_library;
	public static String AboutDialog_libraryVersion;
	public static String AboutDialog_licence;

	static {
		NLS.initializeMessages("org.madoguchi.app.internal.messages", Messages.class);
	}

	private Messages() {
	}
}
