package org.madoguchi.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * What change files and central's replies share: a zip of JSON-lines parts and a manifest that
 * holds each part's SHA-256 and number of lines, signed with Ed25519; a part or a manifest that
 * does not match is said to be damaged, naming the part.
 */
final class SyncFiles {

	static final String MANIFEST = "manifest.json";
	static final String SIGNATURE = "manifest.sig";

	private SyncFiles() {
	}

	/** A file's manifest, its bytes as signed, and the signature. */
	record Signed(JsonObject manifest, byte[] bytes, byte[] signature) {

		/** Whether the signature is {@code key}'s over the manifest's bytes. */
		boolean by(PublicKey key) {
			try {
				Signature check = Signature.getInstance("Ed25519");
				check.initVerify(key);
				check.update(bytes);
				return check.verify(signature);
			} catch (GeneralSecurityException | IllegalArgumentException e) {
				return false;
			}
		}
	}

	/** The manifest of {@code zip}, which must be a file of {@code format}, with its signature (not yet checked). */
	static Signed manifest(ZipFile zip, Path file, String format) {
		byte[] bytes = bytes(zip, MANIFEST, file);
		JsonObject manifest;
		try {
			manifest = JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
		} catch (JsonParseException | IllegalStateException e) {
			throw damaged(file, MANIFEST);
		}
		String found = manifest.has("format") ? manifest.get("format").getAsString() : "-";
		if (!format.equals(found)) {
			// the other kind of file, brought to the other side
			throw found.equals(CentralReplies.FORMAT) ? ServiceException.of("sync.replyAtCentral", file)
					: found.equals(ChangeFiles.FORMAT) ? ServiceException.of("sync.changeFileAtOffice", file)
							: ServiceException.of("sync.format", file, found, format);
		}
		byte[] signature;
		try {
			signature = Base64.getMimeDecoder().decode(bytes(zip, SIGNATURE, file));
		} catch (IllegalArgumentException e) {
			throw damaged(file, SIGNATURE);
		}
		return new Signed(manifest, bytes, signature);
	}

	/** Refuses a file written by a register of a newer schema than {@code own}: it may hold what this one cannot apply. */
	static void requireSchema(JsonObject manifest, Path file, int own) {
		int schema = manifest.get("schemaVersion").getAsInt();
		if (schema > own) {
			throw ServiceException.of("sync.newerSchema", file, schema, own);
		}
	}

	static ZipFile open(Path file) {
		if (!Files.isRegularFile(file)) {
			throw ServiceException.of("sync.noFile", file);
		}
		try {
			return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw ServiceException.of("sync.notAChangeFile", file);
		}
	}

	/** Reads a part whole, each line to {@code check}, and compares its SHA-256 and its number of lines with the manifest's. */
	static void checkPart(ZipFile zip, Path file, String name, String sha256, long count, Consumer<JsonObject> check) throws IOException {
		MessageDigest digest = sha256();
		long[] lines = { 0 };
		try (InputStream in = new DigestInputStream(part(zip, name, file), digest)) {
			readLines(in, file, name, line -> {
				lines[0]++;
				check.accept(line);
			});
		} catch (IOException e) {
			throw damaged(file, name);
		}
		if (!HexFormat.of().formatHex(digest.digest()).equals(sha256) || lines[0] != count) {
			throw damaged(file, name);
		}
	}

	static InputStream part(ZipFile zip, String name, Path file) throws IOException {
		ZipEntry entry = zip.getEntry(name);
		if (entry == null) {
			throw damaged(file, name);
		}
		return zip.getInputStream(entry);
	}

	/** A small part whole; a part the zip cannot inflate is as damaged as one that does not match. */
	static byte[] bytes(ZipFile zip, String name, Path file) {
		try (InputStream in = part(zip, name, file)) {
			return in.readAllBytes();
		} catch (IOException e) {
			throw damaged(file, name);
		}
	}

	static ServiceException damaged(Path file, String part) {
		return ServiceException.of("sync.damaged", file, part);
	}

	static void lines(ZipFile zip, String name, Consumer<JsonObject> each) throws IOException {
		try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
			readLines(in, Path.of(zip.getName()), name, each);
		}
	}

	static void readLines(InputStream in, Path file, String name, Consumer<JsonObject> each) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			JsonObject json;
			try {
				json = JsonParser.parseString(line).getAsJsonObject();
			} catch (JsonParseException | IllegalStateException e) {
				throw damaged(file, name);
			}
			each.accept(json);
		}
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("SHA-256 is part of every Java 17", e);
		}
	}

	/** A new part of the zip, whose bytes {@code digest} sees. */
	static OutputStream part(ZipOutputStream zip, String name, MessageDigest digest) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		return new DigestOutputStream(zip, digest);
	}

	static void writeLine(OutputStream out, String line) {
		try {
			out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes the manifest and its signature with {@code key}, the last two parts of a file. */
	static void writeSigned(ZipOutputStream zip, JsonObject manifest, PrivateKey key) throws IOException, GeneralSecurityException {
		byte[] bytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
		zip.putNextEntry(new ZipEntry(MANIFEST));
		zip.write(bytes);
		zip.closeEntry();
		Signature signature = Signature.getInstance("Ed25519");
		signature.initSign(key);
		signature.update(bytes);
		zip.putNextEntry(new ZipEntry(SIGNATURE));
		zip.write(Base64.getEncoder().encode(signature.sign()));
		zip.closeEntry();
	}
}
