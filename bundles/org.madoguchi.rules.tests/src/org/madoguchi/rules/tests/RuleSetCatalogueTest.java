package org.madoguchi.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.rules.RuleSet;
import org.madoguchi.rules.StayCategory;
import org.madoguchi.rules.expiry.RuleSetCatalogue;

class RuleSetCatalogueTest {

	private final RuleSetCatalogue catalogue = RuleSetCatalogue.bundled();

	@Test
	void theReceiptDateChoosesTheRuleSet() {
		assertEquals("jp-card-2016", catalogue.forReceipt(LocalDate.of(2015, 10, 5)).getId());
		assertEquals("jp-card-2016", catalogue.forReceipt(LocalDate.of(2022, 3, 31)).getId());
		assertEquals("jp-card-2022", catalogue.forReceipt(LocalDate.of(2022, 4, 1)).getId());
		assertEquals("jp-card-2022", catalogue.forReceipt(LocalDate.of(2030, 1, 1)).getId());
	}

	@Test
	void everyResidenceStatusIsInExactlyOneStayCategoryOfEachSet() {
		for (RuleSet ruleSet : catalogue.ruleSets()) {
			for (ResidenceStatus status : ResidenceStatus.VALUES) {
				List<String> categories = ruleSet.getStayCategories().stream()
						.filter(category -> category.getStatuses().contains(status)).map(StayCategory::getName).toList();
				assertEquals(1, categories.size(), ruleSet.getId() + " " + status + " " + categories);
			}
		}
	}

	@Test
	void setsDifferInTheAgeOfMajorityOnly() {
		List<RuleSet> sets = catalogue.ruleSets();
		assertEquals(2, sets.size());
		assertEquals(LocalDate.of(2022, 4, 1), sets.get(0).getReceivedBefore());
		assertEquals(LocalDate.of(2022, 4, 1), sets.get(1).getReceivedFrom());
	}
}
