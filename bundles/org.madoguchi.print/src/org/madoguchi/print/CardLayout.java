package org.madoguchi.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

/**
 * Where every field of the card front, the card back and the masking card goes: data, not code
 * (layout/card-layout.json), so that a municipality can adjust it. The masking card's windows are
 * the front's photo and name boxes themselves, so that they always line up.
 */
public record CardLayout(double width, double height, double cornerRadius, Map<String, Box> front, Map<String, Box> back,
		Map<String, Box> masking) {

	static final List<String> FRONT_FIELDS = List.of("title", "nameLabel", "name", "addressLabel", "address", "birthDate", "sex",
			"expiry", "certificateExpiry", "notes", "organDonation", "issuer", "photo", "securityCode");
	static final List<String> BACK_FIELDS = List.of("numberLabel", "number", "name", "birthDate", "qr", "serial");
	static final List<String> MASKING_FIELDS = List.of("title", "ministry", "bureau", "officialId", "signature");

	/** The layout shipped with Madoguchi. */
	public static CardLayout standard() {
		try (InputStream in = CardLayout.class.getResourceAsStream("/layout/card-layout.json")) {
			return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "the standard layout");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A municipality's own layout file. */
	public static CardLayout of(Path file) {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parse(reader, file.toString());
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read the layout " + file, e);
		}
	}

	private static CardLayout parse(Reader reader, String source) {
		CardLayout layout;
		try {
			layout = new Gson().fromJson(reader, CardLayout.class);
		} catch (JsonParseException e) {
			throw PrintException.because(e, "layout.json", source, e.getMessage());
		}
		layout.requireFields(source);
		return layout;
	}

	private void requireFields(String source) {
		require(source, "front", front, FRONT_FIELDS);
		require(source, "back", back, BACK_FIELDS);
		require(source, "masking", masking, MASKING_FIELDS);
		for (Map<String, Box> side : List.of(front, back, masking)) {
			for (Map.Entry<String, Box> field : side.entrySet()) {
				Box box = field.getValue();
				if (box.x() < 0 || box.y() < 0 || box.x() + box.w() > width || box.y() + box.h() > height) {
					throw PrintException.of("layout.outside", source, field.getKey());
				}
			}
		}
	}

	private static void require(String source, String side, Map<String, Box> boxes, List<String> fields) {
		if (boxes == null) {
			throw PrintException.of("layout.noSide", source, side);
		}
		for (String field : fields) {
			if (!boxes.containsKey(field)) {
				throw PrintException.of("layout.noField", source, side, field);
			}
		}
	}
}
