package org.madoguchi.reports;

/** What expires: the card or one of its electronic certificates. */
public enum Document {
	CARD("カード本体"),
	SIGNATURE_CERTIFICATE("署名用電子証明書"),
	USER_CERTIFICATE("利用者証明用電子証明書");

	private final String label;

	Document(String label) {
		this.label = label;
	}

	/** The name on the report. */
	public String label() {
		return label;
	}

	public boolean isCertificate() {
		return this != CARD;
	}
}
