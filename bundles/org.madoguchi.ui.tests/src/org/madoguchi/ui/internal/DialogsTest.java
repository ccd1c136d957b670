package org.madoguchi.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.model.ResidenceStatus;

/**
 * The dialogs behind Residents > Check Individual Number and Cards > Expiry calculator, driven as
 * a clerk would (in the dialogs' package, so that the fields can be filled without a modal loop).
 */
class DialogsTest {

	private Shell shell;

	@BeforeEach
	void open() {
		shell = new Shell(Display.getDefault());
	}

	@AfterEach
	void close() {
		shell.dispose();
	}

	private String expiry(String birth, String issued, String applied, ResidenceStatus status, String until) {
		ExpiryDialog dialog = new ExpiryDialog(shell);
		dialog.create();
		try {
			dialog.fill(birth, issued, applied, status, until);
			return dialog.calculate();
		} finally {
			dialog.close();
		}
	}

	@Test
	void numberCheckSaysWhyANumberIsWrongAndWarnsAboutCheckDigitZero() {
		assertEquals("Wrong check digit: the last digit is 0, but the check digit of the first 11 digits is 8.",
				new NumberCheckDialog.NumberValidator().isValid("1234-5678-9010"));
		assertNull(new NumberCheckDialog.NumberValidator().isValid("１２３４ ５６７８ ９０１８"));
		assertEquals("Valid: 1234 5678 9018", NumberCheckDialog.verdict("123456789018"));
		assertTrue(NumberCheckDialog.verdict("000000000000").contains("about 9 %"));
	}

	@Test
	void expiryDialogComputesWhatTheCommandLineComputes() {
		String result = expiry("S55.10.10", "2020-05-15", "", ResidenceStatus.NATIONAL, "");
		assertTrue(result.startsWith("Card: 2029年10月10日\n  10th birthday after the issue date (age 20 or over at issue) [jp-card-2016]"), result);
		assertTrue(result.contains("Renewal possible from 2029年7月10日"), result);
		String foreign = expiry("1990-01-01", "2022-06-01", "", ResidenceStatus.ENGINEER, "");
		assertEquals("The residence status engineer needs the end of the period of stay (--residence-until).", foreign);
	}
}
