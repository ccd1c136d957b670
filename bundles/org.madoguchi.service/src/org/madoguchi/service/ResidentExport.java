package org.madoguchi.service;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import org.madoguchi.exchange.csv.Encodings;
import org.madoguchi.exchange.csv.ResidentFileWriter;
import org.madoguchi.model.Resident;
import org.madoguchi.service.internal.DraftFile;
import org.madoguchi.service.internal.Refusals;

/**
 * Writes every resident to a resident file (the import format): current address, household,
 * newest card. The file holds full Individual Numbers, so the export is a supervisor's and is audited.
 */
public final class ResidentExport {

	private static final int PAGE = 1_000;

	private final Register register;

	ResidentExport(Register register) {
		this.register = register;
	}

	/**
	 * Returns how many residents were written.
	 *
	 * @param encoding as the command line names it: {@code utf-8}, {@code utf-8-bom} (for Excel) or {@code cp932}
	 */
	public long exportFile(Path file, String encoding, Progress progress) {
		return Refusals.translated(() -> exportFile(file, Encodings.named(encoding), Encodings.withBom(encoding), progress));
	}

	private long exportFile(Path file, Charset encoding, boolean byteOrderMark, Progress progress) {
		register.require(Permission.SUPERVISE, "export residents");
		long total = register.queries().counts().residents();
		// written aside and moved into place: a failure (a name the encoding lacks) or a cancel leaves no half file
		long written = DraftFile.write(file, draft -> {
			long residents = 0;
			try (ResidentFileWriter writer = ResidentFileWriter.create(draft, encoding, byteOrderMark)) {
				long after = 0;
				while (true) {
					if (progress.isCanceled()) {
						throw ServiceException.of("export.cancelled");
					}
					long from = after;
					List<Resident> page = register.store().read(session -> session.residents().after(from, PAGE));
					if (page.isEmpty()) {
						break;
					}
					page.forEach(writer::write);
					residents += page.size();
					after = page.get(page.size() - 1).getId();
					progress.worked(residents, total);
				}
			}
			return residents;
		});
		register.store().write(session -> {
			register.audit(session, AuditOperation.EXPORT, null, AuditDetail.of("export", written, file));
			return null;
		});
		return written;
	}
}
