package org.madoguchi.model.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.madoguchi.model.ModelPackage;
import org.madoguchi.model.ModelPackage.Literals;
import org.madoguchi.model.Resident;
import org.madoguchi.model.validation.Finding;
import org.madoguchi.model.validation.ModelValidation;
import org.madoguchi.model.values.TextFields;

/** What every text field of the register may hold, as the validator (the workbench's forms, the import) checks it. */
class TextFieldsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

	@Test
	void everyTextAttributeOfTheModelHasAMaximum() {
		long attributes = 0;
		for (Object classifier : ModelPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass) {
				for (EAttribute attribute : eClass.getEAttributes()) {
					if (attribute.getEAttributeType().getInstanceClass() == String.class) {
						attributes++;
						assertDoesNotThrow(() -> TextFields.of(attribute), attribute.getName());
					}
				}
			}
		}
		assertEquals(attributes, TextFields.all().size());
	}

	@Test
	void aControlCharacterIsRefusedInEveryTextField() {
		for (TextFields.Field field : TextFields.all()) {
			for (int control : new int[] { 0x00, 0x07, 0x09, 0x0a, 0x1b, 0x7f, 0x85, 0x9b, 0x2028 }) {
				List<Finding> findings = findingsWith(field, "a" + Character.toString(control) + "b");
				assertTrue(findings.stream().anyMatch(finding -> finding.feature() == field.attribute()
						&& finding.problem().key().equals("text.control")), field.attribute().getName() + ": " + findings);
			}
		}
	}

	@Test
	void aValueLongerThanItsFieldIsRefusedAndOneAsLongIsNot() {
		for (TextFields.Field field : TextFields.all()) {
			if (!field.formatted()) {
				assertTrue(findingsWith(field, "ア".repeat(field.maximum() + 1)).stream().anyMatch(finding -> finding.feature() == field.attribute()
						&& finding.problem().key().equals("text.tooLong")), field.attribute().getName());
				assertTrue(findingsWith(field, "ア".repeat(field.maximum())).stream().noneMatch(finding -> finding.feature() == field.attribute()),
						field.attribute().getName());
			}
		}
	}

	@Test
	void aCodeTypedWithItsSeparatorsIsNotTooLong() {
		Resident resident = Residents.yamadaHanako();
		resident.setIndividualNumber("1234 5678 9018");
		resident.getAddresses().get(0).getAddress().setPostalCode("〒100-0001");
		assertEquals(List.of(), ModelValidation.validate(resident, TODAY));
	}

	@Test
	void aNameWithAnEscapeSequenceIsOneFindingThatShowsTheCharacter() {
		Resident resident = Residents.yamadaHanako();
		resident.setGivenNameKana("ハ\u001b]0;pwned\u0007ナコ");
		List<Finding> findings = ModelValidation.validate(resident, TODAY);
		assertEquals(1, findings.size(), "the kana check does not quote the character too: " + findings);
		assertEquals(Literals.RESIDENT__GIVEN_NAME_KANA, findings.get(0).feature());
		assertEquals("Control character U+001B in given name reading (character 2): only visible text is kept.",
				findings.get(0).problem().english());
		assertEquals("名（よみ）に制御文字 U+001B があります（2文字目）。制御文字は登録できません。", findings.get(0).problem().japanese());
	}

	@Test
	void aTooLongNameSaysHowLongItIsAndWhatIsKept() {
		Resident resident = Residents.yamadaHanako();
		resident.setFamilyName("山".repeat(9_000));
		List<Finding> findings = ModelValidation.validate(resident, TODAY);
		assertEquals(1, findings.size(), findings.toString());
		assertEquals("Too long: family name has 9,000 characters; the register keeps at most 100.", findings.get(0).problem().english());
		assertEquals("長すぎます: 氏は9,000文字ですが、登録できるのは100文字までです。", findings.get(0).problem().japanese());
	}

	@Test
	void visibleTextWritesControlCharactersAsEscapes() {
		assertEquals("\\u001B]0;pwned\\u0007 山田", TextFields.visible("\u001b]0;pwned\u0007 山田"));
		assertEquals("two\\u000Alines\\u009B\\u007F", TextFields.visible("two\nlines\u009b\u007f"));
		assertEquals("山田　花子", TextFields.visible("山田　花子"));
	}

	/** The validator's findings on an object of the field's class holding {@code text} in it. */
	private static List<Finding> findingsWith(TextFields.Field field, String text) {
		EObject object = EcoreUtil.create(field.attribute().getEContainingClass());
		object.eSet(field.attribute(), text);
		return ModelValidation.validate(object, TODAY);
	}
}
