package org.madoguchi.store.internal;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;

import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.JapaneseDates;
import org.madoguchi.model.values.Kana;

/**
 * What a clerk's search text is, and the indexed query that answers it: an Individual Number
 * (any spelling), a birth date (ISO or era), a kana reading prefix, or else a name prefix
 * followed by address prefix matches. Each branch runs on its own index.
 */
abstract sealed class SearchPlan permits SearchPlan.ByNumber, SearchPlan.ByBirthDate, SearchPlan.ByKana, SearchPlan.ByNameOrAddress {

	static SearchPlan of(String text) {
		String digits = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s\\-\u2010-\u2015\u2212\u30fc]", "");
		if (digits.matches("\\d{12}")) {
			return new ByNumber(digits);
		}
		LocalDate birthDate = date(text);
		if (birthDate != null) {
			return new ByBirthDate(birthDate);
		}
		if (Kana.isKana(text) && !text.isBlank()) {
			return new ByKana(Kana.searchKey(text));
		}
		return new ByNameOrAddress(SearchKeys.fold(text), SearchKeys.addressQuery(text));
	}

	private static LocalDate date(String text) {
		try {
			return JapaneseDates.parse(text);
		} catch (InvalidValueException e) {
			return null;
		}
	}

	/** The statement, ending with "limit ? offset ?". */
	abstract String sql(String columns);

	/** Binds the plan's parameters; returns the index of the limit parameter. */
	abstract int bind(PreparedStatement query) throws SQLException;

	static String prefix(String key) {
		return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	static final class ByNumber extends SearchPlan {
		private final String number;

		ByNumber(String number) {
			this.number = number;
		}

		@Override
		String sql(String columns) {
			return "select " + columns + " from resident where individual_number = ? order by id limit ? offset ?";
		}

		@Override
		int bind(PreparedStatement query) throws SQLException {
			query.setString(1, number);
			return 2;
		}
	}

	static final class ByBirthDate extends SearchPlan {
		private final LocalDate birthDate;

		ByBirthDate(LocalDate birthDate) {
			this.birthDate = birthDate;
		}

		@Override
		String sql(String columns) {
			return "select " + columns + " from resident where birth_date = ? order by kana_key, id limit ? offset ?";
		}

		@Override
		int bind(PreparedStatement query) throws SQLException {
			query.setDate(1, Date.valueOf(birthDate));
			return 2;
		}
	}

	static final class ByKana extends SearchPlan {
		private final String key;

		ByKana(String key) {
			this.key = key;
		}

		@Override
		String sql(String columns) {
			return "select " + columns + " from resident where kana_key like ? escape '\\' order by kana_key, id limit ? offset ?";
		}

		@Override
		int bind(PreparedStatement query) throws SQLException {
			query.setString(1, prefix(key));
			return 2;
		}
	}

	/** Name matches first, then address matches; each side limited on its own index before they are joined. */
	static final class ByNameOrAddress extends SearchPlan {
		private final String nameKey;
		private final String addressKey;

		ByNameOrAddress(String nameKey, String addressKey) {
			this.nameKey = nameKey;
			this.addressKey = addressKey;
		}

		@Override
		String sql(String columns) {
			String byName = "select " + columns + ", 0 as side, name_key as sort_key from resident where name_key like ? escape '\\' "
					+ "order by name_key, id limit ?";
			String byAddress = "select " + columns + ", 1 as side, address_key as sort_key from resident where address_key like ? escape '\\' "
					+ "and name_key not like ? escape '\\' order by address_key, id limit ?";
			return "select " + columns + " from ((" + byName + ") union all (" + byAddress + ")) found "
					+ "order by side, sort_key, id limit ? offset ?";
		}

		@Override
		int bind(PreparedStatement query) throws SQLException {
			// Paging past WINDOW rows of one side is not offered: a clerk narrows the search instead.
			query.setString(1, prefix(nameKey));
			query.setInt(2, WINDOW);
			query.setString(3, prefix(addressKey));
			query.setString(4, prefix(nameKey));
			query.setInt(5, WINDOW);
			return 6;
		}
	}

	/** How many rows each side of a name-or-address search may give before paging. */
	static final int WINDOW = 1_000;
}
