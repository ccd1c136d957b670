package org.madoguchi.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.Problem;
import org.madoguchi.service.ServiceException;

/**
 * What a clerk reads when something refuses: the service's and the model's reasons in the
 * workbench's language, a form's own sentence as it is, and a fault of the workbench said as a
 * fault, never as a bare Java message.
 */
class FailuresTest {

	@Test
	void refusalsAreSaidInTheWorkbenchsLanguage() {
		Problem wrongDigit = new Problem("localGovernmentCode.checkDigit", 7, 6);
		assertEquals(wrongDigit.in(Locale.getDefault()), Failures.message(new InvalidValueException(wrongDigit)));
		ServiceException refused = new ServiceException(new Problem(ServiceException.class, "settings.idleLock", 500, 240));
		assertEquals(refused.problem().in(Locale.getDefault()), Failures.message(refused));
		assertEquals("Card serial: required", Failures.message(new UnreadableInput("Card serial: required")));
	}

	@Test
	void aFaultIsSaidAsOneWithItsOwnWordsInside() {
		String raw = "For input string: \"abc\"";
		String said = Failures.message(new NumberFormatException(raw));
		assertNotEquals(raw, said, "not the bare Java message");
		assertTrue(said.startsWith(Messages.Failure_unexpected.substring(0, Messages.Failure_unexpected.indexOf("{0}"))), said);
		assertTrue(said.contains(raw), "kept for the IT staff: " + said);
		assertTrue(Failures.message(new NullPointerException()).contains("NullPointerException"), "a fault without words is named");
	}
}
