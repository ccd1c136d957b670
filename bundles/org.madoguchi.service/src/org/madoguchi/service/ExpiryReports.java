package org.madoguchi.service;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.Nationality;
import org.madoguchi.model.values.PersonNames;
import org.madoguchi.reports.Document;
import org.madoguchi.reports.ExpiryWorkbook;
import org.madoguchi.reports.ReportParameters;
import org.madoguchi.reports.ReportRow;
import org.madoguchi.rules.CardExpiryTerm;
import org.madoguchi.rules.ResidencePeriodTerm;
import org.madoguchi.rules.expiry.Expiry;
import org.madoguchi.rules.expiry.ExpiryRequest;
import org.madoguchi.rules.expiry.ExpiryResult;
import org.madoguchi.service.internal.DraftFile;
import org.madoguchi.service.internal.WriterThread;
import org.madoguchi.store.HeldCard;

/**
 * The renewal and expiry lists supervisors hand to colleagues, as Excel workbooks. Every date is
 * the rules calculator's, computed from the holder's facts, with the reason that decided it.
 */
public final class ExpiryReports {

	/** Which list. */
	public enum Kind {
		/** Cards and certificates whose expiry lies in (as-of, as-of + days]. */
		EXPIRING("有効期限到来一覧"),
		/** Cards whose renewal window is open and for which no application exists. */
		RENEWALS_DUE("更新申請勧奨一覧"),
		/** Foreign residents whose card expiry comes from the period of stay. */
		FOREIGN_RESIDENCE("在留期間による有効期限一覧");

		private final String title;

		Kind(String title) {
			this.title = title;
		}
	}

	/** What is expiring: the card, the certificates, or both. */
	public enum Documents {
		CARD, CERTIFICATE, ALL
	}

	/**
	 * @param within days after the as-of date (required for EXPIRING, optional for FOREIGN_RESIDENCE)
	 * @param municipalityCode only residents of this municipality, or null
	 */
	public record Request(Kind kind, LocalDate asOf, Integer within, Documents documents, String municipalityCode, boolean withNumber,
			Path out) {
	}

	private final Register register;

	ExpiryReports(Register register) {
		this.register = register;
	}

	/** Writes the report; returns the number of rows. */
	public long write(Request request, Progress progress) {
		register.require(Permission.SUPERVISE, "make reports");
		if (request.withNumber()) {
			register.require(Permission.SHOW_NUMBER, "see Individual Numbers");
		}
		// the cards by status alone: the register's other counts scan whole tables
		Map<String, Long> cards = register.store().read(session -> session.statistics().cardsByStatus());
		long total = CardLifecycle.HELD.stream().mapToLong(status -> cards.get(status.getLiteral())).sum();
		TreeSet<String> ruleSets = new TreeSet<>();
		long[] seen = { 0 };
		// written aside and moved into place: a cancel or a failure leaves no half workbook
		long rows = DraftFile.write(request.out(), draft -> {
			try (ExpiryWorkbook workbook = new ExpiryWorkbook(request.asOf(), request.withNumber());
					WriterThread<ReportRow> writer = new WriterThread<>("Writing " + request.out().getFileName(), workbook::add)) {
				register.store().read(session -> {
					session.heldCards().each(request.municipalityCode(), card -> {
						if (progress.isCanceled()) {
							throw ServiceException.of("report.cancelled");
						}
						ExpiryResult expiry = expiry(card);
						if (expiry != null) {
							ruleSets.add(expiry.ruleSet().getId());
							rows(request, card, expiry).forEach(writer::accept);
						}
						if (++seen[0] % 10_000 == 0) {
							progress.worked(seen[0], total);
						}
					});
					return null;
				});
				writer.finish();
				progress.worked(total, total);
				try (OutputStream out = Files.newOutputStream(draft)) {
					workbook.finish(new ReportParameters(request.kind().title, request.asOf(), request.within(),
							request.documents().name().toLowerCase(Locale.ROOT), request.municipalityCode(), List.copyOf(ruleSets),
							register.clock().instant(), register.operator().id(), request.withNumber()), out);
				}
				return workbook.rows();
			}
		});
		register.store().write(session -> {
			register.audit(session, request.withNumber() ? AuditOperation.REPORT_WITH_NUMBERS : AuditOperation.REPORT, null,
					AuditDetail.of("report", request.kind().title, rows, request.out()));
			return null;
		});
		return rows;
	}

	private ExpiryResult expiry(HeldCard card) {
		if (card.issuedOn() == null) {
			return null;
		}
		try {
			return register.calculator().calculate(new ExpiryRequest(card.birthDate(), card.issuedOn(),
					card.receivedOn() == null || card.receivedOn().isAfter(card.issuedOn()) ? card.issuedOn() : card.receivedOn(),
					ResidenceStatus.get(card.residenceStatus()), card.residenceUntil(), false));
		} catch (InvalidValueException e) {
			return null;
		}
	}

	private static List<ReportRow> rows(Request request, HeldCard card, ExpiryResult expiry) {
		boolean byPeriod = expiry.card().decidedBy() instanceof ResidencePeriodTerm;
		return switch (request.kind()) {
		case EXPIRING -> Stream.of(
				row(request, card, expiry, Document.CARD, expiry.card(), byPeriod),
				card.signatureCertificate() ? row(request, card, expiry, Document.SIGNATURE_CERTIFICATE, expiry.signatureCertificate(), byPeriod)
						: null,
				card.userCertificate() ? row(request, card, expiry, Document.USER_CERTIFICATE, expiry.userCertificate(), byPeriod) : null)
				.filter(row -> row != null && wanted(request, row)).toList();
		case RENEWALS_DUE -> !card.applicationPending() && !request.asOf().isBefore(expiry.card().renewalFrom())
				&& !request.asOf().isAfter(expiry.card().date()) ? List.of(row(request, card, expiry, Document.CARD, expiry.card(), byPeriod))
						: List.of();
		case FOREIGN_RESIDENCE -> byPeriod && inWindowIfGiven(request, expiry.card().date())
				? List.of(row(request, card, expiry, Document.CARD, expiry.card(), true))
				: List.of();
		};
	}

	private static boolean wanted(Request request, ReportRow row) {
		boolean kind = request.documents() == Documents.ALL
				|| (request.documents() == Documents.CERTIFICATE) == row.document().isCertificate();
		return kind && row.expiry().isAfter(request.asOf()) && !row.expiry().isAfter(request.asOf().plusDays(request.within()));
	}

	private static boolean inWindowIfGiven(Request request, LocalDate date) {
		return request.within() == null || date.isAfter(request.asOf()) && !date.isAfter(request.asOf().plusDays(request.within()));
	}

	private static ReportRow row(Request request, HeldCard card, ExpiryResult result, Document document, Expiry expiry, boolean byPeriod) {
		if (!expiry.isIssued()) {
			return null;
		}
		boolean notice = expiry.noticeSent() && (!(expiry.decidedBy() instanceof CardExpiryTerm) || result.card().noticeSent());
		return new ReportRow(card.residentId(), PersonNames.full(card.familyName(), card.givenName()),
				PersonNames.full(card.familyNameKana(), card.givenNameKana()), card.birthDate(),
				card.address(), card.town(), card.household(), card.serial(), document, expiry.date(), expiry.renewalFrom(),
				expiry.reason().japanese(), !Nationality.isNational(card.nationality()), byPeriod ? card.residenceUntil() : null, notice,
				request.withNumber() ? card.individualNumber() : null);
	}
}
