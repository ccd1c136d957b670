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
 * The official list of local government codes (総務省「都道府県コード及び市区町村コード」 as of
 * 2024-01-01: the sheet of prefectures and municipalities, and the wards from the sheet of designated
 * cities), shipped with the model and read once.
 * <p>
 * The list is in code order, and a designated city's wards follow the city: an entry whose name is
 * the name of the city (市) just before it and a ward's (区) is that city's ward (札幌市 {@code 011002},
 * then 札幌市中央区 {@code 011011}, …). No other entry is named so: the special wards of Tokyo
 * (千代田区) carry no city's name.
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
			LocalGovernment municipality = null; // the last entry that is no ward
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				String[] cells = line.split(",", -1);
				String code = cells[0];
				String name = cells[1];
				String prefecture = code.startsWith("000", 2) ? name : prefectures.get(code.substring(0, 2));
				prefectures.putIfAbsent(code.substring(0, 2), prefecture);
				String city = isWardOf(municipality, code, name) ? municipality.code() : null;
				LocalGovernment entry = new LocalGovernment(code, prefecture, name, cells[2], city);
				byCode.put(code, entry);
				if (!entry.isWard()) {
					municipality = entry;
				}
			}
			return Collections.unmodifiableMap(byCode);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean isWardOf(LocalGovernment city, String code, String name) {
		return city != null && !city.isPrefecture() && city.code().startsWith(code.substring(0, 2)) && city.name().endsWith("市")
				&& name.length() > city.name().length() && name.startsWith(city.name()) && name.endsWith("区");
	}

	private LocalGovernments() {
	}
}
