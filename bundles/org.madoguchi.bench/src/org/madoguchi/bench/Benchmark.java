package org.madoguchi.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.madoguchi.exchange.csv.ResidentFileWriter;
import org.madoguchi.exchange.demo.DemoResidents;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Certificate;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.Resident;
import org.madoguchi.print.CardLayout;
import org.madoguchi.rules.expiry.Expiry;
import org.madoguchi.rules.expiry.ExpiryCalculator;
import org.madoguchi.rules.expiry.ExpiryRequest;
import org.madoguchi.rules.expiry.ExpiryResult;
import org.madoguchi.service.CardPrinting;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.ExpiryReports;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.ResidentView;
import org.madoguchi.service.Sheet;
import org.madoguchi.store.Store;

import com.lowagie.text.Document;
import com.lowagie.text.Image;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;

/**
 * {@code madoguchi bench}: each operation of the performance targets (README, "Performance") on a fresh
 * database in a temporary folder, beside a bare baseline doing the same work with the library
 * alone, in the same run. Warm-up runs come first and are not counted.
 */
public final class Benchmark {

	/** What to run. */
	public record Options(long residents, Set<String> only, Path launcher) {
		boolean wants(String name) {
			return only.isEmpty() ? !name.equals("start") || launcher != null : only.contains(name);
		}
	}

	private static final int BATCH = 1_000;
	private static final int SEARCHES = 1_000;
	private static final int CARDS = 1_000;
	private static final LocalDate AS_OF = LocalDate.of(2026, 11, 27);

	private final PrintWriter log;
	private final Path folder;

	public Benchmark(PrintWriter log) {
		this.log = log;
		try {
			this.folder = Files.createTempDirectory("madoguchi-bench-");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public List<Measurement> run(Options options) throws Exception {
		List<Measurement> results = new ArrayList<>();
		try {
			Path csv = folder.resolve("residents.csv");
			say("generating " + options.residents() + " synthetic residents in " + folder);
			writeFile(csv, options.residents());
			warmUp();
			DatabaseLocation db = DatabaseLocation.of(folder.resolve("db").toString());
			if (options.wants("import") || options.wants("search") || options.wants("report") || options.wants("print")
					|| options.wants("sync") || options.wants("changes")) {
				Measurement imported = importing(csv, db, options.residents());
				if (options.wants("import")) {
					results.add(imported);
				}
			}
			if (options.wants("search")) {
				results.add(searching(db, options.residents()));
			}
			if (options.wants("report")) {
				results.add(reporting(db));
			}
			if (options.wants("print")) {
				results.add(printing(db));
			}
			if (options.wants("sync")) {
				say("sync: a branch office made from this register, " + SyncBench.CHANGES + " of its changes exported and applied here");
				results.addAll(new SyncBench(folder, db, options.residents(), AS_OF, this::say).run());
			}
			if (options.wants("changes")) {
				say("changes: " + ChangesBench.CHANGES + " mixed resident changes, the nightly run, " + ChangesBench.CHANGES + " records shown");
				results.addAll(new ChangesBench(db, options.residents(), AS_OF).run());
			}
			if (options.wants("audit")) {
				results.add(AuditBench.run(DatabaseLocation.of(folder.resolve("audit").toString()), options.residents(), this::say));
			}
			if (options.wants("start") && options.launcher() != null) {
				results.add(starting(options.launcher(), db));
			}
			return results;
		} finally {
			delete(folder);
		}
	}

	private void say(String line) {
		log.println("bench: " + line);
		log.flush();
	}

	private static void writeFile(Path csv, long residents) {
		DemoResidents generator = new DemoResidents(1);
		try (ResidentFileWriter writer = ResidentFileWriter.create(csv, StandardCharsets.UTF_8, false)) {
			for (long index = 0; index < residents; index++) {
				writer.write(generator.resident(index));
			}
		}
	}

	/** A small import, search and report first, so that the measured runs are not the JIT's first. */
	private void warmUp() throws Exception {
		say("warming up");
		Path csv = folder.resolve("warm-up.csv");
		writeFile(csv, 3 * BATCH);
		try (Register register = Register.openOrCreateDemo(DatabaseLocation.of(folder.resolve("warm-up").toString()), Login.none())) {
			register.imports().importFile(csv, "utf-8", null, Progress.NONE);
			for (int i = 0; i < 200; i++) {
				register.queries().search("ヤマ", 20, 0);
			}
			register.reports().write(new ExpiryReports.Request(ExpiryReports.Kind.EXPIRING, AS_OF, 36_500,
					ExpiryReports.Documents.ALL, null, false, folder.resolve("warm-up.xlsx")), Progress.NONE);
		}
	}

	private Measurement importing(Path csv, DatabaseLocation db, long residents) throws Exception {
		say("import: Madoguchi");
		Heap.resetPeak();
		long start = System.nanoTime();
		try (Register register = Register.openOrCreateDemo(db, Login.none())) {
			register.imports().importFile(csv, "utf-8", null, Progress.NONE);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double heap = Heap.peakMB();
		say("import: bare JDBC batch insert");
		org.madoguchi.store.DatabaseLocation bare = org.madoguchi.store.DatabaseLocation.of(folder.resolve("bare").toString());
		Store.openOrCreate(bare, session -> null).close();
		DemoResidents generator = new DemoResidents(1);
		ExpiryCalculator calculator = ExpiryCalculator.bundled();
		long baseline = 0;
		try (BareInsert insert = new BareInsert(bare.folder())) {
			for (long from = 0; from < residents; from += BATCH) {
				List<Resident> batch = new ArrayList<>();
				for (long index = from; index < Math.min(residents, from + BATCH); index++) {
					Resident resident = generator.resident(index);
					resident.getCards().forEach(card -> withExpiries(calculator, resident, card));
					batch.add(resident);
				}
				long started = System.nanoTime();
				insert.insert(batch);
				baseline += System.nanoTime() - started;
			}
		}
		return new Measurement("import", seconds, baseline / 1e9, residents, heap, null, null, null, null);
	}

	/** The baseline's rows carry the same expiries and certificates as the imported ones (not timed). */
	private static void withExpiries(ExpiryCalculator calculator, Resident holder, MyNumberCard card) {
		if (card.getIssuedOn() == null) {
			return;
		}
		ExpiryResult result = calculator.calculate(new ExpiryRequest(holder.getBirthDate(), card.getIssuedOn(),
				card.getApplication().getReceivedOn(), holder.getResidenceStatus(), holder.getResidenceUntil(), false));
		card.setExpiresOn(result.card().date());
		for (Expiry expiry : List.of(result.userCertificate(), result.signatureCertificate())) {
			if (expiry.isIssued()) {
				Certificate certificate = ModelFactory.eINSTANCE.createCertificate();
				certificate.setKind(expiry == result.userCertificate() ? CertificateKind.USER : CertificateKind.SIGNATURE);
				certificate.setIssuedOn(card.getIssuedOn());
				certificate.setExpiresOn(expiry.date());
				card.getCertificates().add(certificate);
			}
		}
	}

	private Measurement searching(DatabaseLocation db, long residents) {
		say("search: " + SEARCHES + " mixed searches");
		Random random = new Random(7);
		DemoResidents generator = new DemoResidents(1);
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < SEARCHES + 200; i++) {
			long index = (long) (random.nextDouble() * residents);
			Resident resident = generator.resident(index);
			queries.add(switch (i % 3) {
			case 0 -> resident.getFamilyNameKana().substring(0, Math.min(2, resident.getFamilyNameKana().length()));
			case 1 -> DemoResidents.individualNumber(index);
			default -> "千代田区" + resident.getAddresses().get(resident.getAddresses().size() - 1).getAddress().getTown();
			});
		}
		double[] millis = new double[SEARCHES];
		Heap.resetPeak();
		long total = 0;
		try (Register register = Register.open(db, Login.none())) {
			for (int i = 0; i < 200; i++) {
				register.queries().search(queries.get(SEARCHES + i), 20, 0);
			}
			for (int i = 0; i < SEARCHES; i++) {
				long started = System.nanoTime();
				List<ResidentView> found = register.queries().search(queries.get(i), 20, 0);
				long took = System.nanoTime() - started;
				total += took;
				millis[i] = took / 1e6;
				if (found.isEmpty() && i % 3 == 1) {
					throw new IllegalStateException("The number " + queries.get(i) + " was not found");
				}
			}
		}
		Arrays.sort(millis);
		return new Measurement("search", total / 1e9, null, SEARCHES, Heap.peakMB(), percentile(millis, 50), percentile(millis, 95),
				percentile(millis, 99), null);
	}

	static double percentile(double[] sorted, int percent) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
	}

	/**
	 * The bare report's text, by column: what a row of the list holds (name, reading, era birth
	 * date, address, document, rule, notice), so that the bare write handles as many characters as
	 * ours. The foreigners' columns are empty in most rows, and left out.
	 */
	private static final Map<Integer, String> BARE_REPORT_TEXTS = Map.of(1, "鈴木 翔太", 2, "スズキ ショウタ", 4, "昭和40年1月31日", 5,
			"東京都千代田区大手町3丁目2番17号", 8, "カード本体", 12, "発行日後10回目の誕生日（発行時20歳以上）［jp-card-2016］", 15, "送付");

	/** One measured run of our report. */
	private record ReportRun(double seconds, long rows, double peakHeapMB) {
	}

	/**
	 * Ours and the bare write run twice each, in the order ours, bare, bare, ours, and the faster
	 * run of each counts: the first run after the import shares the cores with H2's background
	 * compaction of the fresh million rows, and this order gives each side one early and one late
	 * run. Each run starts after a full collection.
	 */
	private Measurement reporting(DatabaseLocation db) throws IOException {
		say("report: expiry report over every card and the bare SXSSF write, twice each");
		Path out = folder.resolve("report.xlsx");
		ReportRun first = ourReport(db, out);
		double bare = Math.min(bareReport(first.rows()), bareReport(first.rows()));
		ReportRun second = ourReport(db, out);
		return new Measurement("report", Math.min(first.seconds(), second.seconds()), bare, first.rows(),
				Math.max(first.peakHeapMB(), second.peakHeapMB()), null, null, null, megabytes(out));
	}

	private ReportRun ourReport(DatabaseLocation db, Path out) {
		Heap.resetPeak();
		long start = System.nanoTime();
		long rows;
		try (Register register = Register.open(db, Login.none())) {
			rows = register.reports().write(new ExpiryReports.Request(ExpiryReports.Kind.EXPIRING, AS_OF, 36_500,
					ExpiryReports.Documents.ALL, null, false, out), Progress.NONE);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		say("report: ours " + rows + " rows in " + String.format(Locale.ROOT, "%.2f", seconds) + " s");
		return new ReportRun(seconds, rows, Heap.peakMB());
	}

	private double bareReport(long rows) throws IOException {
		Heap.resetPeak();
		long started = System.nanoTime();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); OutputStream file = Files.newOutputStream(folder.resolve("bare.xlsx"))) {
			SXSSFSheet sheet = workbook.createSheet("list");
			var dates = workbook.createCellStyle();
			dates.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			for (int r = 0; r <= rows; r++) {
				Row row = sheet.createRow(r);
				row.createCell(0).setCellValue(r);
				BARE_REPORT_TEXTS.forEach((column, text) -> row.createCell(column).setCellValue(text));
				row.createCell(6).setCellValue("DEMO-1-" + r);
				row.createCell(7).setCellValue("DM" + (1_000_000_000L + r));
				for (int column : new int[] { 3, 9, 11 }) {
					var cell = row.createCell(column);
					cell.setCellValue(AS_OF.plusDays(r % 3650));
					cell.setCellStyle(dates);
				}
				row.createCell(10).setCellValue(r % 3650);
			}
			workbook.write(file);
			workbook.dispose();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		say("report: bare " + rows + " rows in " + String.format(Locale.ROOT, "%.2f", seconds) + " s");
		return seconds;
	}

	private Measurement printing(DatabaseLocation db) throws IOException {
		Path photo = folder.resolve("photo.jpg");
		BufferedImage image = new BufferedImage(300, 400, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0xB0, 0xC4, 0xDE));
		graphics.fillRect(0, 0, 300, 400);
		graphics.setColor(new Color(0x40, 0x40, 0x60));
		graphics.fillOval(90, 60, 120, 150);
		graphics.fillRect(60, 230, 180, 170);
		graphics.dispose();
		ImageIO.write(image, "jpg", photo.toFile());
		List<Long> ids;
		try (Store store = Store.open(org.madoguchi.store.DatabaseLocation.of(db.folder().toString()), null)) {
			ids = store.write(session -> {
				List<Long> holders = session.cards().holdersWithStatus(CardStatus.ISSUED, null);
				List<Long> chosen = holders.subList(0, Math.min(CARDS, holders.size()));
				for (long id : chosen) {
					Resident resident = session.residents().find(id).orElseThrow();
					resident.setPhoto(photo.toString());
					session.residents().update(resident);
				}
				return List.copyOf(chosen);
			});
		}
		say("print: " + ids.size() + " cards front and back");
		Path cards = folder.resolve("cards.pdf");
		Heap.resetPeak();
		long start = System.nanoTime();
		try (Register register = Register.open(db, Login.none())) {
			register.printing().printCards(new CardPrinting.Selection(ids, null, false), Sheet.CARD, false, cards,
					Progress.NONE);
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double heap = Heap.peakMB();
		say("print: bare OpenPDF document");
		long started = System.nanoTime();
		barePdf(ids.size(), photo);
		return new Measurement("print", seconds, (System.nanoTime() - started) / 1e9, ids.size(), heap, null, null, null, megabytes(cards));
	}

	private static double megabytes(Path file) throws IOException {
		return Files.size(file) / (1024.0 * 1024.0);
	}

	/** The same text and photo on ID-1 pages, placed at fixed positions with no layout logic. */
	private void barePdf(int cards, Path photo) throws IOException {
		byte[] font;
		try (InputStream in = CardLayout.class.getResourceAsStream("/fonts/ipaexg.ttf")) {
			font = in.readAllBytes();
		}
		BaseFont gothic = BaseFont.createFont("ipaexg.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font, null);
		Image picture = Image.getInstance(Files.readAllBytes(photo));
		picture.scaleToFit(58, 72);
		Document document = new Document(new Rectangle(242.65f, 153.01f), 0, 0, 0, 0);
		try (OutputStream out = Files.newOutputStream(folder.resolve("bare.pdf"))) {
			PdfWriter writer = PdfWriter.getInstance(document, out);
			document.open();
			for (int i = 0; i < cards; i++) {
				PdfContentByte canvas = writer.getDirectContent();
				canvas.beginText();
				canvas.setFontAndSize(gothic, 9);
				String[] lines = { "個人番号カード", "山田　花子 " + i, "東京都千代田区千代田1丁目1番1号", "昭和55年10月10日生　性別 女", "2029年10月10日まで有効",
						"千代田区長" };
				for (int line = 0; line < lines.length; line++) {
					canvas.showTextAligned(0, lines[line], 10, 140 - line * 20, 0);
				}
				canvas.endText();
				picture.setAbsolutePosition(174, 60);
				canvas.addImage(picture);
				document.newPage();
				canvas = writer.getDirectContent();
				canvas.beginText();
				canvas.setFontAndSize(gothic, 14);
				canvas.showTextAligned(0, "1234 5678 9018", 10, 120, 0);
				canvas.setFontAndSize(gothic, 9);
				canvas.showTextAligned(0, "山田　花子 " + i, 10, 95, 0);
				canvas.endText();
				document.newPage();
			}
			document.close();
		}
	}

	/** The workbench from launch to its first window, three times after one warm-up start; the median. */
	private Measurement starting(Path launcher, DatabaseLocation db) throws Exception {
		// a demo register opens without login; a missing one would start the first-run wizard
		Register.openOrCreateDemo(db, Login.none()).close();
		double[] seconds = new double[3];
		for (int run = -1; run < seconds.length; run++) {
			Path marker = folder.resolve("started-" + run);
			long start = System.nanoTime();
			Process workbench = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
					"-Dmadoguchi.startupMarker=" + marker, "-Dmadoguchi.exitAfterStartup=true", "-jar", launcher.toString(), "-data",
					folder.resolve("workspace").toString(), "--db", db.folder().toString()).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
			while (!Files.exists(marker) && workbench.isAlive() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(60)) {
				Thread.sleep(10);
			}
			double took = (System.nanoTime() - start) / 1e9;
			workbench.waitFor(30, TimeUnit.SECONDS);
			workbench.destroyForcibly();
			if (!Files.exists(marker)) {
				throw new IllegalStateException("The workbench did not show its window (is there a display?)");
			}
			if (run >= 0) {
				seconds[run] = took;
			}
		}
		Arrays.sort(seconds);
		return new Measurement("start", seconds[1], null, 1, 0, null, null, null, null);
	}

	private static void delete(Path root) {
		try (var paths = Files.walk(root)) {
			paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
