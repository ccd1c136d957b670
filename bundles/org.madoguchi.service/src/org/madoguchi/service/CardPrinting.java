package org.madoguchi.service;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

import org.madoguchi.model.Address;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.model.values.Addresses;
import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.model.values.JapaneseDates;
import org.madoguchi.model.values.Nationality;
import org.madoguchi.model.values.PersonNames;
import org.madoguchi.print.CardFace;
import org.madoguchi.print.CardLayout;
import org.madoguchi.print.CardPrinter;
import org.madoguchi.print.MaskingFace;
import org.madoguchi.print.MaskingPrinter;
import org.madoguchi.print.PdfPreview;
import org.madoguchi.service.internal.DraftFile;
import org.madoguchi.service.internal.Refusals;
import org.madoguchi.store.Official;
import org.madoguchi.store.Session;

/**
 * Printing cards and masking cards. Each card is the requested resident's own (its holder is
 * checked: a document must be about the person it was asked for), every page's
 * subject is checked against the request, and every printed card is an audit entry. The PDF is
 * written aside and moved into place only when all is well.
 */
public final class CardPrinting {

	/** Cards that can be printed: produced, or further along and still valid. */
	/** Which cards: residents by ID, the cards that arrived (became ready) on a day, or all cards now ready. */
	public record Selection(List<Long> residentIds, LocalDate batchDay, boolean allReady) {
	}

	private final Register register;
	private final CardLayout layout;

	/** @param layoutFile the municipality's layout, or null for the standard one */
	CardPrinting(Register register, Path layoutFile) {
		this.register = register;
		this.layout = Refusals.translated(() -> layoutFile == null ? CardLayout.standard() : CardLayout.of(layoutFile));
	}

	/** The same printing with the layout a municipality adjusted (a copy of the standard layout file). */
	public CardPrinting withLayout(Path layoutFile) {
		return new CardPrinting(register, layoutFile);
	}

	/** The pending notes of cards, printed at their lines of this layout's notes area. */
	public CardNotesPrinting notes() {
		return new CardNotesPrinting(register, layout);
	}

	/** Prints the selected cards; returns how many. A cancel leaves neither the file nor audit entries. */
	public int printCards(Selection selection, Sheet sheet, boolean proof, Path out, Progress progress) {
		return Refusals.translated(() -> print(selection, paper(sheet), proof, out, progress));
	}

	private int print(Selection selection, org.madoguchi.print.Sheet sheet, boolean proof, Path out, Progress progress) {
		register.require(Permission.SUPERVISE, "print cards");
		List<CardFace> faces = faces(selection);
		List<Long> requested = faces.stream().map(CardFace::residentId).toList();
		write(out, stream -> checkSubjects(requested, new CardPrinter(layout).print(faces, sheet, proof, stream, reporting(progress, faces.size())),
				true));
		register.store().write(session -> {
			for (CardFace face : faces) {
				register.audit(session, proof ? AuditOperation.PRINT_PROOF : AuditOperation.PRINT_CARD, face.residentId(),
						AuditDetail.of("cardTo", face.serial(), out.getFileName()));
			}
			return null;
		});
		return faces.size();
	}

	/**
	 * The front of the first selected card as a PNG image at {@code dpi}, laid out as it will be
	 * printed (the print wizard's preview); nothing is written but the audit entry.
	 */
	public byte[] preview(Selection selection, boolean proof, float dpi) {
		return Refusals.translated(() -> drawPreview(selection, proof, dpi));
	}

	private byte[] drawPreview(Selection selection, boolean proof, float dpi) {
		register.require(Permission.SUPERVISE, "print cards");
		CardFace first = faces(selection).get(0);
		Path scratch;
		try {
			scratch = Files.createTempFile("madoguchi-preview-", ".pdf");
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot draw the preview", e);
		}
		try {
			try (OutputStream stream = Files.newOutputStream(scratch)) {
				new CardPrinter(layout).print(List.of(first), org.madoguchi.print.Sheet.CARD, proof, stream);
			}
			byte[] image = PdfPreview.firstPage(scratch, dpi);
			register.store().write(session -> {
				register.audit(session, AuditOperation.PRINT_PREVIEW, first.residentId(), AuditDetail.of("card", first.serial()));
				return null;
			});
			return image;
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot draw the preview", e);
		} finally {
			try {
				Files.deleteIfExists(scratch);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** The faces of the selected cards, in order; refused when there is none. */
	private List<CardFace> faces(Selection selection) {
		List<CardFace> faces = register.store().read(session -> {
			List<Long> ids = selection.residentIds() != null ? selection.residentIds()
					: session.cards().holdersWithStatus(CardStatus.READY, selection.allReady() ? null : selection.batchDay());
			List<CardFace> built = new ArrayList<>();
			for (long id : ids) {
				built.add(face(session, id, selection.residentIds() == null));
			}
			return built;
		});
		if (faces.isEmpty()) {
			throw ServiceException.of("print.nothing");
		}
		return faces;
	}

	/** Prints masking cards for the given officials, or for all with {@code null}; returns how many. */
	public int printMasking(List<String> officialIds, Sheet sheet, Path out) {
		return Refusals.translated(() -> printMasking(officialIds, paper(sheet), out));
	}

	private static org.madoguchi.print.Sheet paper(Sheet sheet) {
		return org.madoguchi.print.Sheet.valueOf(sheet.name());
	}

	private int printMasking(List<String> officialIds, org.madoguchi.print.Sheet sheet, Path out) {
		register.require(Permission.SUPERVISE, "print masking cards");
		List<MaskingFace> faces = register.store().read(session -> {
			List<String> ids = officialIds != null ? officialIds : session.civilServants().officialIds();
			List<MaskingFace> built = new ArrayList<>();
			for (String id : ids) {
				Official official = session.civilServants().find(id).orElseThrow(() -> ServiceException.of("print.unknownOfficial", id));
				built.add(new MaskingFace(official.residentId(), official.officialId(), official.ministry(), official.bureau(),
						official.position()));
			}
			return built;
		});
		if (faces.isEmpty()) {
			throw ServiceException.of("print.nothing");
		}
		List<Long> requested = faces.stream().map(MaskingFace::residentId).toList();
		write(out, stream -> checkSubjects(requested, new MaskingPrinter(layout).print(faces, sheet, stream), false));
		register.store().write(session -> {
			for (MaskingFace face : faces) {
				register.audit(session, AuditOperation.PRINT_MASKING, face.residentId(), AuditDetail.of("maskingTo", face.officialId(), out.getFileName()));
			}
			return null;
		});
		return faces.size();
	}

	/** The face of the resident's card, after checking that the card is theirs. */
	private CardFace face(Session session, long residentId, boolean onlyReady) {
		Resident resident = session.residents().find(residentId).orElseThrow(() -> ServiceException.of("resident.unknown", residentId));
		session.residents().removal(residentId).ifPresent(removal -> {
			throw ServiceException.of("print.removed", residentId, removal.reason() + " " + removal.on());
		});
		MyNumberCard card = null;
		for (MyNumberCard candidate : resident.getCards()) {
			boolean wanted = onlyReady ? candidate.getStatus() == CardStatus.READY : CardLifecycle.PRINTABLE.contains(candidate.getStatus());
			if (wanted && candidate.getIssuedOn() != null) {
				card = candidate;
			}
		}
		if (card == null) {
			throw ServiceException.of("print.noCard", residentId, resident.getFamilyName());
		}
		if (session.cards().holderOf(card.getId()) != residentId) {
			throw ServiceException.of("print.wrongHolder", card.getId(), residentId);
		}
		if (resident.getIndividualNumber() == null) {
			throw ServiceException.of("print.noNumber", residentId);
		}
		boolean national = Nationality.isNational(resident.getNationality());
		Address address = resident.getAddresses().get(resident.getAddresses().size() - 1).getAddress();
		String birth = national ? JapaneseDates.eraKanji(resident.getBirthDate()) + "生" : JapaneseDates.westernKanji(resident.getBirthDate()) + "生";
		String certificate = card.getCertificates().stream().filter(each -> each.getKind() == CertificateKind.USER && each.getRevokedOn() == null)
				.map(each -> JapaneseDates.westernKanji(each.getExpiresOn())).findFirst().orElse(null);
		return new CardFace(residentId, name(resident, national), Addresses.text(address), birth, resident.getSex() == Sex.MALE ? "男" : "女",
				JapaneseDates.westernKanji(card.getExpiresOn()) + "まで有効", certificate,
				(Addresses.municipalityName(address) == null ? "市区町村" : Addresses.municipalityName(address)) + "長",
				resident.getPhoto() == null ? null : Path.of(resident.getPhoto()), resident.getIndividualNumber(), card.getSerial());
	}

	/** Nationals: kanji name; foreign residents: the residence-card name in Roman letters, then the alias if registered. */
	static String name(Resident resident, boolean national) {
		if (national) {
			return PersonNames.of(resident);
		}
		String roman = resident.getRomanName() != null ? resident.getRomanName() : PersonNames.of(resident);
		return resident.getAlias() == null ? roman : roman + "（通称 " + resident.getAlias() + "）";
	}

	/**
	 * The fronts, in page order, must be about exactly the residents requested, in order; with
	 * backs, each back page must be about the same residents as the front before it.
	 */
	static void checkSubjects(List<Long> requested, List<List<Long>> pages, boolean withBacks) {
		List<Long> seen = new ArrayList<>();
		int step = withBacks ? 2 : 1;
		for (int page = 0; page < pages.size(); page += step) {
			if (withBacks && !pages.get(page).equals(pages.get(page + 1))) {
				throw ServiceException.of("print.subjectMismatch", page + 2);
			}
			seen.addAll(pages.get(page));
		}
		if (!seen.equals(requested)) {
			throw ServiceException.of("print.subjectMismatch", pages.size());
		}
	}

	/** Tells {@code progress} how many of {@code total} are printed; stops the printing when the user cancelled. */
	static IntConsumer reporting(Progress progress, int total) {
		return printed -> {
			if (progress.isCanceled()) {
				throw ServiceException.of("print.cancelled");
			}
			progress.worked(printed, total);
		};
	}

	/** Writes to a draft beside {@code out}, then moves it into place. */
	static void write(Path out, PdfWork work) {
		DraftFile.write(out, draft -> {
			try (OutputStream stream = Files.newOutputStream(draft)) {
				work.write(stream);
			}
			return null;
		});
	}

	@FunctionalInterface
	interface PdfWork {
		void write(OutputStream out) throws IOException;
	}
}
