package org.madoguchi.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.madoguchi.service.internal.CentralKeys;
import org.madoguchi.service.internal.DraftFile;
import org.madoguchi.store.JournalEntry;
import org.madoguchi.store.Session;
import org.madoguchi.store.SyncConflict;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Central's reply to a branch office, signed with central's key: how far central took the
 * office's journal (the acknowledgement), what became of each office entry kept as a conflict
 * (pending, applied when a supervisor kept the office's side, superseded when central's), and every
 * entry central holds that the office has not received (its own counter's and other offices'),
 * in the order central applied them; and central's state of each resident of a decided conflict,
 * which the office takes as it is. A zip of {@value SyncFiles#MANIFEST}, {@value #OUTCOMES},
 * {@value ChangeFiles#ENTRIES}, {@value #STATES} and {@value SyncFiles#SIGNATURE}.
 */
final class CentralReplies {

	static final String FORMAT = "madoguchi-reply-1";
	static final String OUTCOMES = "outcomes.jsonl";
	static final String STATES = "states.jsonl";
	private static final int PAGE = 1000;

	/**
	 * A reply written.
	 *
	 * @param acknowledged the office's last entry central took
	 * @param entries how many entries of others it carries
	 */
	record Written(String office, long acknowledged, long entries, long conflicts) {
	}

	private CentralReplies() {
	}

	/** Writes the reply to {@code office}, which had received central's entries up to place {@code receivedOrder}. */
	static Written write(Register register, String office, long receivedOrder, Path file) {
		PrivateKey key = register.store().write(session -> CentralKeys.privateKey(session.settings(), register.databaseKey()));
		return DraftFile.write(file, draft -> register.store().read(session -> write(register, session, office, receivedOrder, key, draft)));
	}

	private static Written write(Register register, Session session, String office, long receivedOrder, PrivateKey key, Path draft) {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(draft))) {
			List<SyncConflict> kept = session.conflicts().list(true).stream().filter(conflict -> conflict.office().equals(office)).toList();
			MessageDigest outcomesDigest = SyncFiles.sha256();
			long conflicts = outcomes(kept, SyncFiles.part(zip, OUTCOMES, outcomesDigest));
			zip.closeEntry();
			MessageDigest statesDigest = SyncFiles.sha256();
			long states = states(session, kept, SyncFiles.part(zip, STATES, statesDigest));
			zip.closeEntry();
			MessageDigest entriesDigest = SyncFiles.sha256();
			long[] through = { receivedOrder, 0 };
			OutputStream entries = SyncFiles.part(zip, ChangeFiles.ENTRIES, entriesDigest);
			for (List<JournalEntry> page = session.journal().inOrderAfter(receivedOrder, office, PAGE); !page.isEmpty();
					page = session.journal().inOrderAfter(through[0], office, PAGE)) {
				for (JournalEntry entry : page) {
					JsonObject line = ChangeJournal.Entry.of(entry).json();
					line.addProperty("office", entry.office());
					SyncFiles.writeLine(entries, line.toString());
					through[0] = entry.order();
					through[1]++;
				}
			}
			entries.flush();
			zip.closeEntry();
			long acknowledged = session.offices().lastTaken(office);
			JsonObject manifest = new JsonObject();
			manifest.addProperty("format", FORMAT);
			manifest.addProperty("office", office);
			manifest.addProperty("schemaVersion", register.store().schemaVersion());
			manifest.addProperty("createdAt", register.now().toString());
			manifest.addProperty("acknowledged", acknowledged);
			manifest.addProperty("from", receivedOrder);
			manifest.addProperty("through", through[0]);
			manifest.addProperty("count", through[1]);
			manifest.addProperty("entriesSha256", HexFormat.of().formatHex(entriesDigest.digest()));
			manifest.addProperty("outcomesCount", conflicts);
			manifest.addProperty("outcomesSha256", HexFormat.of().formatHex(outcomesDigest.digest()));
			manifest.addProperty("statesCount", states);
			manifest.addProperty("statesSha256", HexFormat.of().formatHex(statesDigest.digest()));
			SyncFiles.writeSigned(zip, manifest, key);
			return new Written(office, acknowledged, through[1], conflicts);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 is part of every Java 17", e);
		}
	}

	/** Each of the office's entries central kept as a conflict, with what became of it; returns how many. */
	private static long outcomes(List<SyncConflict> kept, OutputStream out) throws IOException {
		long count = 0;
		for (SyncConflict conflict : kept) {
			JsonObject line = new JsonObject();
			line.addProperty("sequence", conflict.sequence());
			if (conflict.residentId() != null) {
				line.addProperty("resident", conflict.residentId());
			}
			line.addProperty("useCase", conflict.useCase());
			line.addProperty("outcome", outcome(conflict));
			line.addProperty("conflict", conflict.id());
			if (conflict.centralSide() != null) {
				JsonObject by = JsonParser.parseString(conflict.centralSide()).getAsJsonObject();
				line.addProperty("supersededBy", by.get("office").getAsString() + "/" + by.get("sequence").getAsLong() + " " + by.get("useCase").getAsString());
			}
			SyncFiles.writeLine(out, line.toString());
			count++;
		}
		out.flush();
		return count;
	}

	/** Central's state of each resident of a decided conflict, once; returns how many. */
	private static long states(Session session, List<SyncConflict> kept, OutputStream out) throws IOException {
		Set<Long> residents = new LinkedHashSet<>();
		kept.stream().filter(conflict -> !conflict.pending() && conflict.residentId() != null).forEach(conflict -> residents.add(conflict.residentId()));
		for (long resident : residents) {
			JsonObject tables = new JsonObject();
			session.residentStates().of(resident).forEach(tables::addProperty);
			JsonObject line = new JsonObject();
			line.addProperty("resident", resident);
			line.add("state", tables);
			SyncFiles.writeLine(out, line.toString());
		}
		out.flush();
		return residents.size();
	}

	/** {@code pending}, {@code applied} (a supervisor kept the office's entry) or {@code superseded} (central's state kept). */
	private static String outcome(SyncConflict conflict) {
		if (conflict.pending()) {
			return "pending";
		}
		return OfficeConflicts.Keep.OFFICE.code().equals(conflict.status()) ? "applied" : "superseded";
	}
}
