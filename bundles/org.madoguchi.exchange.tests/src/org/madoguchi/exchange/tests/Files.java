package org.madoguchi.exchange.tests;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;

/** Resident files written for a test. */
final class Files {

	static final String HEADER = "individual_number,family_name,given_name,family_name_kana,given_name_kana,birth_date,sex,"
			+ "postal_code,prefecture,municipality_code,town,address_number";

	static Path write(Path folder, String name, String content, Charset encoding) throws IOException {
		Path file = folder.resolve(name);
		java.nio.file.Files.write(file, content.getBytes(encoding));
		return file;
	}

	private Files() {
	}
}
