package org.madoguchi.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A nationality is chosen by the country's name in the reader's language and kept as its ISO alpha-3 code. */
class CountriesTest {

	@Test
	void japanComesFirstAndEveryCountryIsNamedWithItsCode() {
		List<String> choices = Countries.choices();
		assertEquals("Japan (JPN)", choices.get(0));
		assertTrue(choices.contains("South Korea (KOR)"), "named in the workbench's language: " + choices.subList(0, 5));
		assertTrue(choices.size() > 200);
	}

	@Test
	void aChoiceANameOrATypedCodeGivesTheCodeKept() {
		assertEquals("JPN", Countries.code("Japan (JPN)"));
		assertEquals("KOR", Countries.code("South Korea"));
		assertEquals("JPN", Countries.code("japan"), "a name in any case");
		assertEquals("VNM", Countries.code(" vnm "));
		assertEquals("XXA", Countries.code("XXA"), "a code the platform does not know is kept as typed");
		assertEquals("XXA", Countries.choice("XXA"));
		assertNull(Countries.code("  "));
	}
}
