package org.madoguchi.product.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident files for the tests: resident {@code i} always has the same Individual Number and facts, so files may overlap. */
final class ResidentFiles {

	static final String HEADER = "individual_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,"
			+ "postal_code,prefecture,municipality_code,town,address_number\r\n";

	/** A file of the residents {@code from} (inclusive) to {@code to} (exclusive). */
	static Path write(Path file, int from, int to) throws IOException {
		StringBuilder rows = new StringBuilder(HEADER);
		for (int i = from; i < to; i++) {
			rows.append(number(i)).append(",山田,太郎,ヤマダ,タロウ,1980-01-01,男,1000001,東京都,131016,千代田,").append(i + 1).append("番1号\r\n");
		}
		return Files.writeString(file, rows, StandardCharsets.UTF_8);
	}

	/** The Individual Number of resident {@code i}: 900, i in 8 digits, and the check digit. */
	static String number(int i) {
		String base = String.format("900%08d", i);
		int[] weights = { 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2 };
		int sum = 0;
		for (int digit = 0; digit < 11; digit++) {
			sum += (base.charAt(digit) - '0') * weights[digit];
		}
		int remainder = sum % 11;
		return base + (remainder <= 1 ? 0 : 11 - remainder);
	}

	private ResidentFiles() {
	}
}
