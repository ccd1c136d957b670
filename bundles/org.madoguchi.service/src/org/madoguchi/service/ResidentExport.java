package org.madoguchi.service;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

import org.madoguchi.exchange.csv.ResidentFileWriter;
import org.madoguchi.model.Resident;

/**
 * Writes every resident to a resident file (the import format): current address, household,
 * newest card. The file holds full Individual Numbers, so the export is a supervisor's and is audited.
 */
public final class ResidentExport {

	private static final int PAGE = 1_000;

	private final Register register;

	public ResidentExport(Register register) {
		this.register = register;
	}

	/** Returns how many residents were written. */
	public long exportFile(Path file, Charset encoding, boolean byteOrderMark, Progress progress) {
		register.require(Permission.SUPERVISE, "export residents");
		long total = register.queries().counts().residents();
		long written = 0;
		try (ResidentFileWriter writer = ResidentFileWriter.create(file, encoding, byteOrderMark)) {
			long after = 0;
			while (!progress.isCanceled()) {
				long from = after;
				List<Resident> page = register.store().read(session -> session.residents().ids(from, PAGE).stream()
						.map(id -> session.residents().find(id).orElseThrow()).toList());
				if (page.isEmpty()) {
					break;
				}
				page.forEach(writer::write);
				written += page.size();
				after = page.get(page.size() - 1).getId();
				progress.worked(written, total);
			}
		}
		long count = written;
		register.store().write(session -> {
			session.audit().append(register.operator().id(), "export", null, count + " residents with their Individual Numbers to " + file);
			return null;
		});
		return written;
	}
}
