package org.madoguchi.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.madoguchi.service.internal.DraftFile;
import org.madoguchi.service.internal.OfficeKeys;
import org.madoguchi.store.JournalEntry;
import org.madoguchi.store.Session;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The change files a branch office carries to central: its journal entries, signed with the
 * office's Ed25519 key. A file is a zip of {@value #MANIFEST} (format, office, schema version,
 * the entries' range and SHA-256, the audit chain's head), {@value #ENTRIES} (one JSON object per
 * entry, in sequence order) and {@value #SIGNATURE} (the Base64 Ed25519 signature of the
 * manifest's bytes, which cover the entries through their SHA-256).
 */
public final class ChangeFiles {

	static final String FORMAT = "madoguchi-sync-1";
	static final String MANIFEST = "manifest.json";
	static final String ENTRIES = "entries.jsonl";
	static final String SIGNATURE = "manifest.sig";
	private static final int PAGE = 1000;

	/**
	 * What a file carries.
	 *
	 * @param first the first entry's sequence number; 0 when there is none
	 */
	public record Summary(String office, long first, long last, long count) {
	}

	private final Register register;

	ChangeFiles(Register register) {
		this.register = register;
	}

	/**
	 * Writes every entry of this office's journal to {@code file}, signed (a supervisor's, as the
	 * entries hold what the counter typed; audited). Exporting again writes the same entries.
	 */
	public Summary export(Path file) {
		register.require(Permission.SUPERVISE, "export change files");
		String office = register.journal().office();
		PrivateKey key = officeKey(office);
		Summary summary = DraftFile.write(file, draft -> register.store().read(session -> write(session, office, key, draft)));
		register.store().write(session -> {
			register.audit(session, AuditOperation.SYNC_EXPORT, null,
					file + ": " + summary.count() + " entries" + (summary.count() == 0 ? "" : " " + summary.first() + "–" + summary.last()));
			return null;
		});
		return summary;
	}

	/** The signing key of the office whose register this is; refused where there is none (a central register). */
	private PrivateKey officeKey(String office) {
		org.madoguchi.store.DatabaseLocation location = register.store().location();
		OfficeKeys keys = location.isEmbedded() ? new OfficeKeys(location.folder()) : null;
		if (keys == null || !keys.exist() || !office.equals(keys.office())) {
			throw ServiceException.of("sync.notOffice", location.toString());
		}
		return keys.privateKey(register.databaseKey());
	}

	private Summary write(Session session, String office, PrivateKey key, Path draft) {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(draft))) {
			zip.putNextEntry(new ZipEntry(ENTRIES));
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			OutputStream entries = new DigestOutputStream(zip, digest);
			long first = 0;
			long last = 0;
			long count = 0;
			for (List<JournalEntry> page = session.journal().after(office, 0, PAGE); !page.isEmpty(); page = session.journal().after(office, last,
					PAGE)) {
				for (JournalEntry entry : page) {
					entries.write((line(entry) + "\n").getBytes(StandardCharsets.UTF_8));
					first = count == 0 ? entry.sequence() : first;
					last = entry.sequence();
					count++;
				}
			}
			entries.flush();
			zip.closeEntry();
			JsonObject manifest = new JsonObject();
			manifest.addProperty("format", FORMAT);
			manifest.addProperty("office", office);
			manifest.addProperty("schemaVersion", register.store().schemaVersion());
			manifest.addProperty("createdAt", register.now().toString());
			manifest.addProperty("first", first);
			manifest.addProperty("last", last);
			manifest.addProperty("count", count);
			manifest.addProperty("entriesSha256", HexFormat.of().formatHex(digest.digest()));
			session.audit().head().ifPresent(head -> {
				manifest.addProperty("auditHeadEntry", head.entryId());
				manifest.addProperty("auditHeadSha256", head.hash());
			});
			byte[] manifestBytes = manifest.toString().getBytes(StandardCharsets.UTF_8);
			zip.putNextEntry(new ZipEntry(MANIFEST));
			zip.write(manifestBytes);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(SIGNATURE));
			zip.write(Base64.getEncoder().encode(sign(key, manifestBytes)));
			zip.closeEntry();
			return new Summary(office, first, last, count);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 and SHA-256 are part of every Java 17", e);
		}
	}

	/** An entry as a line of the file: its fields, with its input and reads as the JSON they are. */
	private static String line(JournalEntry entry) {
		JsonObject line = new JsonObject();
		line.addProperty("sequence", entry.sequence());
		line.addProperty("operator", entry.operator());
		line.addProperty("recordedAt", entry.recordedAt().toString());
		line.addProperty("useCase", entry.useCase());
		line.add("input", JsonParser.parseString(entry.input()));
		line.add("reads", JsonParser.parseString(entry.reads()));
		return line.toString();
	}

	private static byte[] sign(PrivateKey key, byte[] bytes) throws GeneralSecurityException {
		Signature signature = Signature.getInstance("Ed25519");
		signature.initSign(key);
		signature.update(bytes);
		return signature.sign();
	}
}
