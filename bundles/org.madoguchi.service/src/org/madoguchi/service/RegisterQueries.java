package org.madoguchi.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.store.ResidentSummary;
import org.madoguchi.store.Statistics;
import org.madoguchi.store.Work;

/** Searching, counting, the audit trail, and the one audited way to see a full Individual Number. */
public final class RegisterQueries {

	/** Counts for {@code madoguchi stats}. */
	public record Counts(long residents, long households, Map<String, Long> cards, long certificates, long auditEntries,
			long civilServants) {
	}

	private final Register register;

	RegisterQueries(Register register) {
		this.register = register;
	}

	/** Current residents found by kana, kanji name, Individual Number, birth date or address; numbers masked. */
	public List<ResidentView> search(String text, int limit, int offset) {
		return search(text, limit, offset, false);
	}

	/**
	 * As {@link #search(String, int, int)}; with {@code removed}, removed records (除票) are found too.
	 * On a production register a search's first page is an audit entry (the access log counts an
	 * operator's bursts of searches); paging on through its results is not another search. An open
	 * demo register has no operators to review, and its searches stay reads, so that it can still
	 * be searched on a full disk.
	 */
	public List<ResidentView> search(String text, int limit, int offset, boolean removed) {
		register.require(Permission.READ_REGISTER, "search residents");
		Work<List<ResidentSummary>> search = session -> session.residents().search(text, limit, offset, removed);
		List<ResidentSummary> found = offset > 0 || register.isDemo() ? register.store().read(search) : register.store().write(session -> {
			register.audit(session, AuditOperation.SEARCH, null, removed ? AuditDetail.of("searchRemovedToo", searched(text)) : AuditDetail.of("search", searched(text)));
			return search.run(session);
		});
		return found.stream().map(RegisterQueries::view).toList();
	}

	/** The search text as the audit trail keeps it: a text holding an Individual Number's twelve digits masked, as the number is everywhere. */
	private static String searched(String text) {
		if (text.codePoints().filter(Character::isDigit).count() < 12) {
			return text;
		}
		String digits = text.codePoints().filter(Character::isDigit).map(digit -> '0' + Character.digit(digit, 10))
				.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
		return "●●●● ●●●● " + digits.substring(digits.length() - 4);
	}

	/** How many current residents {@link #search} finds: the length of the workbench's result table. */
	public long count(String text) {
		return count(text, false);
	}

	/** How many residents {@link #search(String, int, int, boolean)} finds. */
	public long count(String text, boolean removed) {
		register.require(Permission.READ_REGISTER, "search residents");
		return register.store().read(session -> session.residents().searchCount(text, removed));
	}

	/** Everyone in the resident's household, the head first. */
	public List<Housemate> household(long residentId) {
		register.require(Permission.READ_REGISTER, "open residents");
		return register.store().read(session -> session.residents().household(residentId)).stream()
				.map(member -> new Housemate(member.id(), member.name(), member.birthDate(), member.relationship())).toList();
	}

	/** Held cards and certificates expiring in each of the next {@code months} months, this month first. */
	public List<MonthlyExpiries> expiriesByMonth(int months) {
		register.require(Permission.READ_REGISTER, "count expiring cards");
		return register.store().read(session -> session.statistics().expiriesByMonth(register.today(), months)).stream()
				.map(month -> new MonthlyExpiries(month.month(), month.cards(), month.certificates())).toList();
	}

	/** The held cards and certificates expiring in {@code month}, soonest first. */
	public List<ExpiringDocument> expiring(YearMonth month, int limit) {
		register.require(Permission.READ_REGISTER, "list expiring cards");
		return register.store().read(session -> session.statistics().expiring(month.atDay(1), month.atEndOfMonth(), limit)).stream()
				.map(document -> new ExpiringDocument(document.residentId(), document.name(), document.kana(), document.document(),
						document.expiresOn()))
				.toList();
	}

	private static ResidentView view(ResidentSummary summary) {
		String masked = summary.individualNumber() == null ? null : IndividualNumber.mask(summary.individualNumber());
		return new ResidentView(summary.id(), summary.name(), summary.kana(), summary.birthDate(), summary.address(), masked);
	}

	/** The full Individual Number, grouped 4-4-4; every call is an audit entry. */
	public String showNumber(long residentId) {
		register.require(Permission.SHOW_NUMBER, "see Individual Numbers");
		return register.store().write(session -> {
			String number = session.residents().find(residentId)
					.orElseThrow(() -> ServiceException.of("resident.unknown", residentId)).getIndividualNumber();
			register.audit(session, AuditOperation.SHOW_NUMBER, residentId, AuditDetail.of("numberShown"));
			return number == null ? null : IndividualNumber.format(number);
		});
	}

	/** The audit trail, oldest first. */
	public List<AuditEntry> audit(Long residentId, LocalDate since, int limit) {
		return audit(null, residentId, since, null, limit);
	}

	/** The audit trail, oldest first; each filter that is not null narrows it (days inclusive). */
	public List<AuditEntry> audit(String operatorId, Long residentId, LocalDate from, LocalDate until, int limit) {
		register.require(Permission.READ_AUDIT, "read the audit trail");
		return register.store().read(session -> session.audit().entries(operatorId, residentId, from, until, limit)).stream()
				.map(entry -> new AuditEntry(entry.id(), entry.at(), entry.operatorId(), entry.operation(), entry.residentId(), entry.detail(),
						AuditDetail.read(entry.detailMessage(), entry.detail())))
				.toList();
	}

	public Counts counts() {
		return register.store().read(session -> {
			Statistics statistics = session.statistics();
			return new Counts(statistics.residents(), statistics.households(), statistics.cardsByStatus(), statistics.certificates(),
					statistics.auditEntries(), statistics.civilServants());
		});
	}
}
