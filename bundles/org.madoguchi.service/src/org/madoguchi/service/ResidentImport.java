package org.madoguchi.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import com.carrotsearch.hppc.LongIntHashMap;

import org.madoguchi.exchange.csv.CellProblem;
import org.madoguchi.exchange.csv.Column;
import org.madoguchi.exchange.csv.CsvRow;
import org.madoguchi.exchange.csv.Encodings;
import org.madoguchi.exchange.csv.ParsedRow;
import org.madoguchi.exchange.csv.RejectsFileWriter;
import org.madoguchi.exchange.csv.ResidentFileReader;
import org.madoguchi.exchange.csv.ResidentRowParser;
import org.madoguchi.model.values.IndividualNumber;
import org.madoguchi.model.values.Problem;
import org.madoguchi.service.internal.DraftFile;
import org.madoguchi.service.internal.ReadAhead;
import org.madoguchi.service.internal.Refusals;
import org.madoguchi.store.ImportReject;
import org.madoguchi.store.ImportRun;
import org.madoguchi.store.Session;

/**
 * Imports a resident file. The whole file is checked first (encoding, CSV structure, header), so
 * that a broken file imports nothing. Then rows are taken in batches; each batch commits with
 * the run's counts and rejects, so that a killed import, run again on the same file, resumes
 * after its last batch. A bad row never stops the file: it goes to the rejects file with its
 * line, column and reason in Japanese and English.
 */
public final class ResidentImport {

	/**
	 * What an import did. {@code read}: the rows of the file done so far, by this run and earlier
	 * ones; {@code imported}, {@code updated}, {@code unchanged} and {@code rejected}: this run's
	 * rows. {@code resumed}: what earlier runs of the same file (killed or cancelled) had done, whose
	 * rows this run did not do again; null when this run started the file.
	 */
	public record Summary(long read, long imported, long updated, long unchanged, long rejected, Earlier resumed, Path rejectsFile) {

		/** The rows rejected by this run and earlier ones: the rejects file holds them all. */
		public long rejectedInAll() {
			return rejected + (resumed == null ? 0 : resumed.rejected());
		}

		/**
		 * {@code read: N, imported: N, updated: N, unchanged: N, rejected: N}, and for a resumed
		 * import what the earlier runs had done, in parentheses.
		 */
		public String text() {
			String counts = String.format("read: %d, imported: %d, updated: %d, unchanged: %d, rejected: %d", read, imported, updated,
					unchanged, rejected);
			return resumed == null ? counts
					: counts + String.format(" (resumed after %d rows done by an earlier run: imported %d, updated %d, unchanged %d, rejected %d)",
							resumed.rows(), resumed.imported(), resumed.updated(), resumed.unchanged(), resumed.rejected());
		}
	}

	/** What earlier runs of a resumed import had done: the first {@code rows} rows of the file. */
	public record Earlier(long rows, long imported, long updated, long unchanged, long rejected) {
	}

	/** The header and first rows of a file as the import will read them, and the encoding it will read them in. */
	public record Preview(Charset encoding, List<String> header, List<List<String>> rows) {
	}

	static final int BATCH = 1_000;
	/** Reading the file again after lost commits, at most this often: each needs its host killed again. */
	private static final int MAXIMUM_PASSES = 10;

	private final Register register;

	ResidentImport(Register register) {
		this.register = register;
	}

	/**
	 * The header and up to {@code rows} rows of {@code file} (the import wizard shows them before
	 * importing, so that a wrong encoding shows at once).
	 *
	 * @param encoding the file's encoding as the command line names it ({@code utf-8}, {@code cp932}), or null to detect UTF-8 or CP932
	 */
	public Preview preview(Path file, String encoding, int rows) {
		return Refusals.translated(() -> {
			Charset charset = encoding == null ? Encodings.detect(file) : Encodings.named(encoding);
			try (ResidentFileReader reader = ResidentFileReader.open(file, charset)) {
				List<List<String>> first = new ArrayList<>();
				while (first.size() < rows && reader.hasNext()) {
					first.add(reader.next().original());
				}
				return new Preview(charset, reader.header(), first);
			}
		});
	}

	/**
	 * @param encoding the file's encoding as the command line names it ({@code utf-8}, {@code cp932}), or null to detect UTF-8 or CP932
	 * @param rejectsFile where rejected rows go (default: beside the input, {@code <name>.rejects.csv})
	 */
	public Summary importFile(Path file, String encoding, Path rejectsFile, Progress progress) {
		return Refusals.translated(() -> importFile(file, encoding == null ? null : Encodings.named(encoding), rejectsFile, progress));
	}

	private Summary importFile(Path file, Charset encoding, Path rejectsFile, Progress progress) {
		register.require(Permission.SUPERVISE, "import residents");
		Path rejectsPath = rejectsFile != null ? rejectsFile : file.resolveSibling(file.getFileName() + ".rejects.csv");
		// refused before a row is imported: the rejects are written at the end
		DraftFile.requireWritable(rejectsPath);
		Charset charset = encoding == null ? Encodings.detect(file) : encoding;
		if (encoding != null) {
			Encodings.require(file, encoding);
		}
		FileFacts facts = FileFacts.of(file);
		long rows = facts.rows();
		String runName = "import:" + facts.digest();
		ImportRun run = register.store().write(session -> {
			ImportRun existing = session.importRuns().find(runName).orElse(null);
			if (existing == null || existing.finished()) {
				session.importRuns().forget(runName);
				ImportRun fresh = ImportRun.start(runName);
				session.importRuns().save(fresh);
				return fresh;
			}
			return existing;
		});
		// where this run took the import up: its summary counts what it did apart from earlier runs
		ImportRun earlier = run;
		List<String> header = null;
		for (int pass = 1; header == null; pass++) {
			try {
				header = importRows(file, charset, rows, run, progress);
			} catch (ProgressLost lost) {
				if (pass == MAXIMUM_PASSES) {
					throw lost;
				}
				run = lost.stored;
			}
		}
		ImportRun last = register.store().read(session -> session.importRuns().find(runName)).orElse(ImportRun.start(runName));
		boolean finished = !progress.isCanceled();
		Summary counts = summary(earlier, last, null);
		List<ImportReject> rejects = register.store().write(session -> {
			if (finished) {
				session.importRuns().save(new ImportRun(last.name(), last.linesDone(), last.rowsRead(), last.imported(), last.updated(),
						last.rejected(), true));
			}
			register.audit(session, AuditOperation.IMPORT, null, AuditDetail.of("import", file.getFileName(), counts.text()));
			return session.importRuns().rejects(runName);
		});
		if (!rejects.isEmpty()) {
			List<String> columns = header;
			// it holds the rows as read (names, full numbers): written aside, readable by its owner only
			DraftFile.write(rejectsPath, draft -> {
				RejectsFileWriter.write(draft, columns, rejects.stream().map(reject -> new RejectsFileWriter.Reject(reject.line(),
						reject.columns(), reject.reasonJapanese(), reject.reasonEnglish(), reject.original())).toList());
				return null;
			});
		}
		return summary(earlier, last, rejects.isEmpty() ? null : rejectsPath);
	}

	/** This run's counts: where the run stands now less where it stood when this run took it up. */
	private static Summary summary(ImportRun earlier, ImportRun last, Path rejectsFile) {
		long imported = last.imported() - earlier.imported();
		long updated = last.updated() - earlier.updated();
		long rejected = last.rejected() - earlier.rejected();
		long unchanged = last.rowsRead() - earlier.rowsRead() - imported - updated - rejected;
		Earlier resumed = earlier.rowsRead() == 0 ? null
				: new Earlier(earlier.rowsRead(), earlier.imported(), earlier.updated(),
						earlier.rowsRead() - earlier.imported() - earlier.updated() - earlier.rejected(), earlier.rejected());
		return new Summary(last.rowsRead(), imported, updated, unchanged, rejected, resumed, rejectsFile);
	}

	/**
	 * Reads the file from where {@code run} got to and imports the rest, batch by batch; returns the
	 * file's header. Each batch checks in its transaction that the register's progress is where this
	 * pass expects it: a batch found done already (a commit whose answer was lost, or an import of the
	 * same file running beside this one) is passed over; progress found behind (commits lost when the
	 * process hosting the register was killed) throws {@link ProgressLost}, to read again from there.
	 */
	private List<String> importRows(Path file, Charset charset, long rows, ImportRun run, Progress progress) {
		ResidentMatcher matcher = new ResidentMatcher(register);
		ResidentRowParser parser = new ResidentRowParser(register.today(), register.operator().id());
		LinesByNumber numbersSeen = new LinesByNumber();
		try (ResidentFileReader reader = ResidentFileReader.open(file, charset)) {
			long position = 0;
			while (position < run.rowsRead() && reader.hasNext()) {
				remember(numbersSeen, parser.parse(reader.next()));
				position++;
			}
			try (ReadAhead<ParsedRow> batches = new ReadAhead<>("Reading " + file.getFileName(), () -> nextBatch(reader, parser))) {
				while (!progress.isCanceled()) {
					List<ParsedRow> batch = batches.next();
					if (batch.isEmpty()) {
						break;
					}
					long from = position;
					ImportRun stored = register.store().write(session -> {
						ImportRun now = session.importRuns().find(run.name()).orElse(ImportRun.start(run.name()));
						if (now.rowsRead() >= from + batch.size()) {
							return now;
						}
						if (now.rowsRead() != from) {
							throw new ProgressLost(now);
						}
						return importBatch(session, now, batch, numbersSeen, matcher);
					});
					// a batch passed over still counts for the numbers seen in the file
					batch.forEach(parsed -> remember(numbersSeen, parsed));
					position = from + batch.size();
					progress.worked(stored.rowsRead(), rows);
				}
			}
			return reader.header();
		}
	}

	/**
	 * The register's progress of the run is behind what this pass committed (commits lost with a
	 * killed host, or the same file imported anew beside this one): read the file again from there.
	 */
	private static final class ProgressLost extends RuntimeException {
		private static final long serialVersionUID = 1L;
		private final transient ImportRun stored;

		ProgressLost(ImportRun stored) {
			super("The import's progress in the register went back to row " + stored.rowsRead());
			this.stored = stored;
		}
	}

	private static List<ParsedRow> nextBatch(ResidentFileReader reader, ResidentRowParser parser) {
		List<ParsedRow> batch = new ArrayList<>();
		while (batch.size() < BATCH && reader.hasNext()) {
			batch.add(parser.parse(reader.next()));
		}
		return batch;
	}

	private ImportRun importBatch(Session session, ImportRun run, List<ParsedRow> batch, LinesByNumber numbersSeen,
			ResidentMatcher matcher) {
		long imported = run.imported();
		long updated = run.updated();
		long rejected = run.rejected();
		long line = run.linesDone();
		matcher.prepare(session, batch.stream().filter(parsed -> parsed.problems().isEmpty()).map(ParsedRow::resident).toList());
		for (ParsedRow parsed : batch) {
			line = parsed.row().line();
			List<CellProblem> problems = new ArrayList<>(parsed.problems());
			if (problems.isEmpty()) {
				problems.addAll(demoNumber(parsed));
			}
			if (problems.isEmpty()) {
				problems.addAll(duplicateInFile(parsed, numbersSeen));
			}
			ResidentMatcher.Outcome outcome = problems.isEmpty() ? matcher.apply(session, parsed.resident()) : null;
			if (outcome != null && outcome.problem() != null) {
				problems.add(outcome.problem());
			}
			if (!problems.isEmpty()) {
				session.importRuns().addReject(run.name(), reject(parsed.row(), problems));
				rejected++;
			} else if (outcome.kind() == ResidentMatcher.Kind.NEW) {
				imported++;
			} else if (outcome.kind() == ResidentMatcher.Kind.UPDATED) {
				updated++;
			}
		}
		matcher.flush(session);
		ImportRun next = new ImportRun(run.name(), line, run.rowsRead() + batch.size(), imported, updated, rejected, false);
		session.importRuns().save(next);
		return next;
	}

	/**
	 * The line on which each Individual Number of the file came first. A primitive map: a million
	 * numbers as strings held a quarter of a 512 MB heap through the whole import, and the
	 * collector copied them again and again.
	 */
	private static final class LinesByNumber {
		private final LongIntHashMap lines = new LongIntHashMap();

		/** Records the number's line unless it came before; returns the line it came on first (this one when new). */
		int firstLine(String number, long line) {
			long key = Long.parseLong(number);
			int first = lines.getOrDefault(key, 0);
			if (first == 0) {
				first = Math.toIntExact(line);
				lines.put(key, first);
			}
			return first;
		}
	}

	/** A production register takes no demo data: a number of the synthetic range is refused. */
	private List<CellProblem> demoNumber(ParsedRow parsed) {
		String number = parsed.resident().getIndividualNumber();
		if (register.isDemo() || number == null || !IndividualNumber.isSynthetic(number)) {
			return List.of();
		}
		return List.of(new CellProblem(Column.INDIVIDUAL_NUMBER,
				new Problem(ServiceException.class, "number.synthetic", IndividualNumber.format(number))));
	}

	/** A second row with the same Individual Number in one file is refused, naming the first one's line. */
	private static List<CellProblem> duplicateInFile(ParsedRow parsed, LinesByNumber numbersSeen) {
		String number = parsed.resident().getIndividualNumber();
		if (number == null) {
			return List.of();
		}
		// a batch run again (its transaction failed) meets its own rows again: not duplicates
		int first = numbersSeen.firstLine(number, parsed.row().line());
		return first == parsed.row().line() ? List.of()
				: List.of(new CellProblem(Column.INDIVIDUAL_NUMBER, new Problem(ServiceException.class, "import.duplicateInFile", first)));
	}

	private static void remember(LinesByNumber numbersSeen, ParsedRow parsed) {
		if (parsed.isValid() && parsed.resident().getIndividualNumber() != null) {
			numbersSeen.firstLine(parsed.resident().getIndividualNumber(), parsed.row().line());
		}
	}

	private static ImportReject reject(CsvRow row, List<CellProblem> problems) {
		List<String> columns = new ArrayList<>();
		List<String> japanese = new ArrayList<>();
		List<String> english = new ArrayList<>();
		for (CellProblem problem : problems) {
			if (!columns.contains(problem.columnName())) {
				columns.add(problem.columnName());
			}
			japanese.add(problem.problem().japanese());
			english.add(problem.problem().english());
		}
		return new ImportReject(row.line(), String.join(";", columns), String.join(" ", japanese), String.join(" ", english),
				RejectsFileWriter.encode(row.original()));
	}

	/**
	 * What one pass over the file's bytes tells: its digest (which names the import run, for resuming
	 * it) and about how many rows it has (for the progress bar; a line break inside a quoted field
	 * counts too). A line feed byte is a line feed in UTF-8 and in CP932 alike.
	 */
	private record FileFacts(String digest, long rows) {

		static FileFacts of(Path file) {
			try (InputStream in = Files.newInputStream(file)) {
				MessageDigest digest = MessageDigest.getInstance("SHA-256");
				byte[] buffer = new byte[1 << 16];
				long lineFeeds = 0;
				byte last = '\n';
				for (int read; (read = in.read(buffer)) > 0;) {
					digest.update(buffer, 0, read);
					for (int index = 0; index < read; index++) {
						lineFeeds += buffer[index] == '\n' ? 1 : 0;
					}
					last = buffer[read - 1];
				}
				long lines = lineFeeds + (last == '\n' ? 0 : 1);
				return new FileFacts(HexFormat.of().formatHex(digest.digest()).substring(0, 40), Math.max(0, lines - 1));
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read " + file, e);
			} catch (NoSuchAlgorithmException e) {
				throw new IllegalStateException("SHA-256 is part of every Java", e);
			}
		}
	}
}
