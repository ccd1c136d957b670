package org.madoguchi.store.internal;

import java.sql.Date;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;

import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.JapaneseDates;
import org.madoguchi.model.values.Kana;

/**
 * What a clerk's search text is, and the indexed queries that answer it: an Individual Number
 * (any spelling), a birth date (ISO or era), a kana reading prefix, or else a name prefix and
 * then address prefix matches. Each part is one range scan of one index, read in index order and
 * stopped at the end of the page, so that a search stays fast however many residents match.
 */
record SearchPlan(List<Part> parts) {

	/** The condition of a blank search: the whole register in reading order. */
	static final String EVERYONE = "1 = 1";
	/** What leaves out removed records (除票). */
	static final String CURRENT = " and removed_on is null";

	/**
	 * One indexed query: {@code condition} with its {@code parameters}, ordered by {@code order}
	 * (an indexed column; ties by id).
	 */
	record Part(String condition, List<Object> parameters, String order) {

		String sql(String columns) {
			return "select " + columns + " from resident where " + condition + " order by " + order + ", id limit ?";
		}

		String countSql() {
			return "select count(*) from resident where " + condition;
		}
	}

	/** The plan for {@code text}; without {@code removed}, removed records (除票) are left out, as a current resident is meant. */
	static SearchPlan of(String text, boolean removed) {
		SearchPlan plan = of(text);
		return removed ? plan : new SearchPlan(plan.parts().stream()
				.map(part -> new Part(part.condition() + CURRENT, part.parameters(), part.order())).toList());
	}

	static SearchPlan of(String text) {
		if (text.isBlank()) {
			return new SearchPlan(List.of(new Part(EVERYONE, List.of(), "kana_key")));
		}
		String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-\u2010-\u2015\u2212\u30fc]", "");
		if (digits.matches("\\d{12}")) {
			return new SearchPlan(List.of(new Part("individual_number = ?", List.of(digits), "individual_number")));
		}
		LocalDate birthDate = date(text);
		if (birthDate != null) {
			return new SearchPlan(List.of(new Part("birth_date = ?", List.of(Date.valueOf(birthDate)), "birth_date")));
		}
		if (Kana.isKana(text) && !text.isBlank()) {
			return new SearchPlan(List.of(new Part("kana_key like ? escape '\\'", List.of(prefix(Kana.searchKey(text))), "kana_key")));
		}
		String name = prefix(SearchKeys.fold(text));
		String address = prefix(SearchKeys.addressQuery(text));
		return new SearchPlan(List.of(new Part("name_key like ? escape '\\'", List.of(name), "name_key"),
				new Part("address_key like ? escape '\\' and name_key not like ? escape '\\'", List.of(address, name), "address_key")));
	}

	private static LocalDate date(String text) {
		try {
			return JapaneseDates.parse(text);
		} catch (InvalidValueException e) {
			return null;
		}
	}

	static String prefix(String key) {
		return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}
}
