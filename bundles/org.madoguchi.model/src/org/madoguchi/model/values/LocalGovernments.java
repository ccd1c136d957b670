package org.madoguchi.model.values;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The official list of local government codes (総務省「都道府県コード及び市区町村コード」, the
 * sheet of prefectures and municipalities as of 2024-01-01), shipped with the model and read once.
 */
public final class LocalGovernments {

	/** The day the shipped list describes. */
	public static final String AS_OF = "2024-01-01";

	private static final String RESOURCE = "local-government-codes.csv";

	/** Read on first use: most commands never look a code up. */
	private static final class Holder {
		static final Map<String, LocalGovernment> BY_CODE = read();
	}

	/** The entry for a 6-digit code, if the list has it. */
	public static Optional<LocalGovernment> find(String code) {
		return Optional.ofNullable(code == null ? null : Holder.BY_CODE.get(code));
	}

	/** Every entry, in code order. */
	public static Collection<LocalGovernment> all() {
		return Holder.BY_CODE.values();
	}

	private static Map<String, LocalGovernment> read() {
		try (InputStream in = LocalGovernments.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the model bundle");
			}
			BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			lines.readLine(); // header
			Map<String, String> prefectures = new HashMap<>();
			Map<String, LocalGovernment> byCode = new LinkedHashMap<>();
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String[] cells = line.split(",", -1);
				String code = cells[0];
				String prefecture = code.startsWith("000", 2) ? cells[1] : prefectures.get(code.substring(0, 2));
				prefectures.putIfAbsent(code.substring(0, 2), prefecture);
				byCode.put(code, new LocalGovernment(code, prefecture, cells[1], cells[2]));
			}
			return Collections.unmodifiableMap(byCode);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private LocalGovernments() {
	}
}
