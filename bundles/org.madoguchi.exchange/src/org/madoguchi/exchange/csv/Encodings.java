package org.madoguchi.exchange.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The encodings offices exchange: UTF-8 (with or without BOM) and CP932 (Windows' Shift_JIS,
 * with the NEC and IBM extensions such as ① and 髙).
 */
public final class Encodings {

	public static final Charset CP932 = Charset.forName("windows-31j");

	/** The encoding named on the command line: utf-8, utf-8-bom (writing), cp932 / shift_jis / sjis. */
	public static Charset named(String name) {
		return switch (name.toLowerCase(Locale.ROOT).replace("_", "-")) {
		case "utf-8", "utf8", "utf-8-bom" -> StandardCharsets.UTF_8;
		case "cp932", "windows-31j", "ms932", "shift-jis", "sjis" -> CP932;
		default -> throw ResidentFileException.of("encoding.unknown", name);
		};
	}

	/** The encoding as offices name it in a message: CP932 rather than Java's windows-31j. */
	static String label(Charset encoding) {
		return encoding.equals(CP932) ? "CP932" : encoding.name();
	}

	/** Whether writing in {@code name} starts with a byte order mark. */
	public static boolean withBom(String name) {
		return name != null && name.toLowerCase(Locale.ROOT).replace("_", "-").equals("utf-8-bom");
	}

	/**
	 * The encoding of the whole file: a BOM says UTF-8; otherwise UTF-8 if every byte decodes as
	 * UTF-8, else CP932 if every byte decodes as CP932. Reading it all first means an import never
	 * stops half-way on an encoding error.
	 */
	public static Charset detect(Path file) {
		if (hasUtf8Bom(file)) {
			return StandardCharsets.UTF_8;
		}
		if (decodesCleanly(file, StandardCharsets.UTF_8)) {
			return StandardCharsets.UTF_8;
		}
		if (decodesCleanly(file, CP932)) {
			return CP932;
		}
		throw ResidentFileException.of("encoding.undetected", file.getFileName().toString());
	}

	/** Confirms that the whole file is in {@code encoding}. */
	public static void require(Path file, Charset encoding) {
		if (!decodesCleanly(file, encoding)) {
			throw ResidentFileException.of("encoding.wrong", file.getFileName().toString(), label(encoding));
		}
	}

	static boolean hasUtf8Bom(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(3);
			return head.length == 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static boolean decodesCleanly(Path file, Charset encoding) {
		CharsetDecoder decoder = encoding.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
		CharBuffer chars = CharBuffer.allocate(1 << 16);
		try (InputStream in = Files.newInputStream(file)) {
			boolean end = false;
			while (!end) {
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				end = read < 0;
				bytes.position(bytes.position() + Math.max(read, 0));
				bytes.flip();
				CoderResult result = decoder.decode(bytes, chars, end);
				if (result.isError()) {
					return false;
				}
				bytes.compact();
				chars.clear();
			}
			CoderResult flushed = decoder.flush(chars);
			return !flushed.isError();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private Encodings() {
	}
}
