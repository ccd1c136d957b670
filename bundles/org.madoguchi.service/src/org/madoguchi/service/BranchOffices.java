package org.madoguchi.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.madoguchi.service.internal.OfficeKeys;
import org.madoguchi.service.internal.Refusals;
import org.madoguchi.store.RegisteredOffice;
import org.madoguchi.store.Session;

/**
 * The branch offices whose change files the central register takes: each registered with its
 * code, its name and the public key it signs its files with (a supervisor's; audited).
 */
public final class BranchOffices {

	/** The longest office code (as the journal's column takes it). */
	static final int CODE_LENGTH = 16;
	/** The longest office name. */
	static final int NAME_LENGTH = 100;

	/**
	 * A registered office.
	 *
	 * @param fingerprint the first 16 bytes of its key's SHA-256, to compare with what the office's own register shows
	 * @param idBlock the block of ids its register hands out (0: registered before blocks existed)
	 */
	public record Office(String code, String name, String fingerprint, Instant addedAt, long idBlock) {
	}

	private final Register register;

	BranchOffices(Register register) {
		this.register = register;
	}

	/**
	 * Registers the office {@code code} with the public key in {@code keyFile} (a PEM file as
	 * {@code replica create --key-out} writes it). Neither the code nor the key may be taken.
	 */
	public Office add(String code, String name, Path keyFile) {
		register.require(Permission.SUPERVISE, "add branch offices");
		String office = code(code);
		String officeName = name == null ? "" : name.strip();
		if (officeName.isEmpty() || officeName.length() > NAME_LENGTH) {
			throw ServiceException.of("office.name", NAME_LENGTH);
		}
		String keyText = read(keyFile);
		PublicKey key = OfficeKeys.fromPem(keyText).orElseThrow(() -> ServiceException.of("office.keyFile", keyFile));
		long idBlock = OfficeKeys.idBlock(keyText).orElseThrow(() -> ServiceException.of("office.keyFileBlock", keyFile));
		String text = OfficeKeys.text(key);
		Instant now = register.now();
		register.store().write(session -> {
			String own = ChangeJournal.office(session);
			if (!own.equals(ChangeJournal.CENTRAL)) {
				throw ServiceException.of("office.notCentral", own);
			}
			session.offices().find(office).ifPresent(existing -> {
				throw ServiceException.of("office.exists", office, existing.name());
			});
			session.offices().withKey(text).ifPresent(existing -> {
				throw ServiceException.of("office.keyTaken", existing.code());
			});
			requireFreeIdBlock(session, idBlock);
			session.offices().add(new RegisteredOffice(office, officeName, text, now, idBlock));
			register.audit(session, AuditOperation.ADD_OFFICE, null,
					AuditDetail.of("officeAdded", office, officeName, OfficeKeys.fingerprint(key), idBlock));
			return null;
		});
		return new Office(office, officeName, OfficeKeys.fingerprint(key), now, idBlock);
	}

	/** Refuses {@code idBlock} when a registered office hands out its ids; block 0 is central's. */
	static void requireFreeIdBlock(Session session, long idBlock) {
		if (idBlock < 1) {
			throw ServiceException.of("office.idBlockCentral", idBlock);
		}
		session.offices().withIdBlock(idBlock).ifPresent(existing -> {
			throw ServiceException.of("office.idBlockTaken", idBlock, existing.code(), nextFreeIdBlock(session));
		});
	}

	/** The block after every registered office's, which {@code replica create} gives when none is asked. */
	static long nextFreeIdBlock(Session session) {
		return session.offices().all().stream().mapToLong(RegisteredOffice::idBlock).max().orElse(0) + 1;
	}

	/**
	 * This branch office's own code and the public key it signs its change files with, to send to
	 * central again (refused on a register that is no branch office's).
	 *
	 * @param keyFile the public key and the block of ids, as {@code replica create --key-out} wrote them
	 */
	public record OwnKey(String office, String fingerprint, long idBlock, String keyFile) {
	}

	/** The code and public key of the branch office whose register this is. */
	public OwnKey own() {
		register.require(Permission.READ_REGISTER, "read the office's key");
		String office = register.journal().office();
		return ownKey(office, Replicas.keys(register, office).publicKey());
	}

	/** Writes the key file of the branch office whose register this is to {@code file}, as {@code replica create} did. */
	public OwnKey writeOwnKey(Path file) {
		OwnKey own = own();
		OfficeKeys.writeKeyFile(file, own.keyFile());
		return own;
	}

	private OwnKey ownKey(String office, PublicKey key) {
		long idBlock = register.store().read(session -> session.settings().get(ChangeJournal.ID_BLOCK)).map(Long::parseLong).orElse(0L);
		return new OwnKey(office, OfficeKeys.fingerprint(key), idBlock, OfficeKeys.keyFile(key, idBlock));
	}

	/** Every registered office, by code. */
	public List<Office> list() {
		register.require(Permission.SUPERVISE, "list branch offices");
		return register.store().read(session -> session.offices().all()).stream()
				.map(office -> new Office(office.code(), office.name(), OfficeKeys.fingerprint(OfficeKeys.fromText(office.publicKey())),
						office.addedAt(), office.idBlock()))
				.toList();
	}

	/**
	 * An office code as typed, in the form the register keeps: full-width letters and digits as
	 * ASCII, upper case; 1 to 16 letters, digits, {@code -} and {@code _}, beginning with a letter or
	 * digit, and not {@value ChangeJournal#CENTRAL}, the central register's own.
	 */
	static String code(String typed) {
		String code = Normalizer.normalize(typed == null ? "" : typed.strip(), Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z0-9][A-Z0-9_-]{0," + (CODE_LENGTH - 1) + "}")) {
			throw ServiceException.of("office.code", typed, CODE_LENGTH);
		}
		if (code.equalsIgnoreCase(ChangeJournal.CENTRAL)) {
			throw ServiceException.of("office.central", ChangeJournal.CENTRAL);
		}
		return code;
	}

	private static String read(Path keyFile) {
		return Refusals.translated(() -> {
			try {
				return Files.readString(keyFile, StandardCharsets.ISO_8859_1);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}
}
