package org.madoguchi.ui.internal;

import org.eclipse.osgi.util.NLS;

/** Strings of the workbench's dialogs (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
	public static String NumberCheck_title;
	public static String NumberCheck_prompt;
	public static String NumberCheck_valid;
	public static String NumberCheck_weak;
	public static String Expiry_title;
	public static String Expiry_birth;
	public static String Expiry_issued;
	public static String Expiry_applied;
	public static String Expiry_status;
	public static String Expiry_residenceUntil;
	public static String Expiry_calculate;
	public static String Expiry_card;
	public static String Expiry_userCertificate;
	public static String Expiry_signatureCertificate;
	public static String Expiry_renewalFrom;
	public static String Expiry_notIssued;

	static {
		NLS.initializeMessages("org.madoguchi.ui.internal.messages", Messages.class);
	}

	private Messages() {
	}
}
