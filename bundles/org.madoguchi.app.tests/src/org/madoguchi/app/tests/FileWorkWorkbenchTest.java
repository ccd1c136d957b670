package org.madoguchi.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.Role;
import org.madoguchi.testing.ChiyodaAddresses;
import org.madoguchi.ui.internal.workbench.ModelIds;

/**
 * The register's file work through the workbench's menus, each the same service call as its
 * command-line twin: File > Export Residents, Reports > Export Audit Entries, Cards > Daily Run,
 * and File > Import Change File at central with the reply for the office written beside it. A
 * clerk finds each of them disabled, and Cards > Print Masking Cards, Window > Operators and
 * Window > Office Rules too, but prints card notes and changes their own password.
 */
class FileWorkWorkbenchTest {

	private static final String CLERK = "nishida";
	private static final String CLERK_PASSWORD = "counter-nishida-2026";

	private static Path folder;

	@BeforeAll
	static void aClerkBesideTheSupervisor() throws Exception {
		RunningWorkbench.get();
		RunningWorkbench.atTheCounter(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
		RunningWorkbench.session().register().operators().add(CLERK, "西田 悟", Role.CLERK, CLERK_PASSWORD.toCharArray());
		folder = Files.createTempDirectory("file-work");
	}

	@BeforeEach
	void supervisorAtTheCounter() {
		RunningWorkbench.atTheCounter(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
	}

	@AfterAll
	static void backToTheSupervisor() {
		RunningWorkbench.atTheCounter(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD);
	}

	@Test
	void exportResidentsWritesTheFileImportReads() throws Exception {
		Fixtures.resident("村上", "彩", "ムラカミ", "アヤ", "48271936055");
		Path out = folder.resolve("residents.csv");
		RunningWorkbench.execute(ModelIds.EXPORT_RESIDENTS);
		Shell wizard = Ui.shell("Export Residents");
		String result = finish(wizard, out, "the export's result");
		assertTrue(result.startsWith("Residents written: ") && result.endsWith("File: " + out), result);
		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertTrue(lines.get(0).startsWith("individual_number,resident_code,family_name,given_name,"), lines.get(0));
		assertTrue(lines.stream().anyMatch(line -> line.startsWith(Fixtures.number("48271936055") + ",") && line.contains(",村上,彩,ムラカミ,アヤ,")), "the resident is in the file");
		assertEquals("Residents written: " + (lines.size() - 1) + ". File: " + out, result, "one line per resident under the header");
	}

	@Test
	void exportAuditEntriesWritesTheWeekUpToToday() throws Exception {
		Path out = folder.resolve("audit.csv");
		RunningWorkbench.execute(ModelIds.AUDIT_EXPORT);
		Shell wizard = Ui.shell("Export Audit Entries");
		Ui.sync(() -> assertEquals("2026-11-14", Ui.field(wizard, "From").getText(), "the week up to the register's today"));
		String result = finish(wizard, out, "the audit export's result");
		assertTrue(result.startsWith("Audit entries written: ") && result.endsWith("File: " + out), result);
		assertTrue(Files.readAllLines(out, StandardCharsets.UTF_8).size() > 1, "the entries of the week are in the file");
	}

	@Test
	void theDailyRunExpiresACardPastItsLastValidDay() {
		long resident = Fixtures.resident("西田", "誠", "ニシダ", "マコト", "48271936066");
		long card = RunningWorkbench.session().register().cards().apply(resident, LocalDate.of(2016, 11, 1), ApplicationChannel.COUNTER);
		RunningWorkbench.session().register().cards().recordProduction(card, "DR0000000101", LocalDate.of(2016, 12, 1));
		RunningWorkbench.session().register().cards().readyForPickup(card);
		RunningWorkbench.session().register().cards().issue(card);
		RunningWorkbench.execute(ModelIds.DAILY_RUN);
		Shell wizard = Ui.shell("Daily Run");
		Ui.sync(() -> assertEquals("2026-11-20", Ui.field(wizard, "As of").getText(), "the register's today"));
		Ui.async(() -> Ui.press(Ui.button(wizard, "Finish")));
		String result = Ui.resultOf(wizard, "the daily run's result");
		Ui.sync(() -> Ui.press(Ui.button(wizard, "Finish")));
		Ui.waitUntilClosed(wizard);
		assertTrue(result.startsWith("Changes on 2026-11-20: "), result);
		// Born 1980-05-05 and issued at 36 in 2016: valid to the tenth birthday after, 2026-05-05.
		assertTrue(result.contains("Card DR0000000101 of resident " + resident + ": expired on 2026-05-06"), result);
		assertEquals(CardStatus.EXPIRED, RunningWorkbench.session().register().residents().open(resident).getCards().get(0).getStatus());
	}

	@Test
	void centralTakesAnOfficesChangeFileAndWritesItsReply() throws Exception {
		long moving = Fixtures.resident("松井", "望", "マツイ", "ノゾミ", "48271936077");
		Path city = Files.createTempDirectory("city");
		Path backup = city.resolve("central.zip");
		Path key = city.resolve("SURUGA.pub");
		DatabaseLocation suruga = DatabaseLocation.of(city.resolve("SURUGA").toString());
		RunningWorkbench.session().register().backups().backup(backup);
		Register.createReplica(backup, suruga, login(), "SURUGA", null, key);
		RunningWorkbench.session().register().offices().add("SURUGA", "駿河台出張所", key);
		Path changes = city.resolve("SURUGA-2026-11-20.mdsync");
		try (Register office = Register.open(suruga, login())) {
			office.changes().moveWithin(ChangeTarget.of(moving), ChiyodaAddresses.entry(
					ChiyodaAddresses.address("1010062", "神田駿河台", "2丁目", "1番1号"), LocalDate.of(2026, 11, 18), 1, NotificationKind.MOVE_WITHIN));
			office.sync().export(changes);
		}

		RunningWorkbench.execute(ModelIds.SYNC_IMPORT);
		Shell wizard = Ui.shell("Import Change File");
		Path reply = city.resolve("SURUGA-2026-11-20-reply.mdsync");
		Ui.sync(() -> Ui.type(wizard, "Office’s change file", changes.toString()));
		Ui.sync(() -> assertEquals(reply.toString(), Ui.field(wizard, "Write the reply to").getText(), "the reply is offered beside the file"));
		assertTrue(Files.size(Ui.screenshot(Ui.sync(wizard::getBounds), "import-change-file.png")) > 5_000, "the wizard on the screen");
		Ui.async(() -> Ui.press(Ui.button(wizard, "Finish")));
		String result = Ui.resultOf(wizard, "the import's result");
		Ui.sync(() -> Ui.press(Ui.button(wizard, "Finish")));
		Ui.waitUntilClosed(wizard);
		assertTrue(result.startsWith("Changes 1 to 1 of office SURUGA: 1 applied, 0 kept as conflicts, 0 taken before.\nReply written to " + reply), result);
		assertTrue(RunningWorkbench.session().register().records().show(moving).resident().getAddresses().stream()
				.anyMatch(entry -> entry.getAddress().getTown().equals("神田駿河台")), "the office's move is central's");

		try (Register office = Register.open(suruga, login())) {
			assertEquals(1, office.replyImport().importFile(reply, Progress.NONE).acknowledged(), "the office takes the reply");
			assertEquals(0, office.syncStatus().status().office().unacknowledged());
		}
	}

	@Test
	void aClerkCannotRunTheRegistersFileWork() {
		RunningWorkbench.handTo(CLERK, CLERK_PASSWORD);
		for (String command : List.of(ModelIds.EXPORT_RESIDENTS, ModelIds.AUDIT_EXPORT, ModelIds.DAILY_RUN, ModelIds.SYNC_EXPORT, ModelIds.SYNC_IMPORT,
				ModelIds.PRINT_MASKING, ModelIds.OPERATORS, ModelIds.OFFICE_RULES)) {
			assertFalse(RunningWorkbench.canExecute(command), command + " is a supervisor's");
		}
		assertTrue(RunningWorkbench.canExecute(ModelIds.PRINT_NOTES), "the counter prints the notes it writes on the card");
		assertTrue(RunningWorkbench.canExecute(ModelIds.CHANGE_PASSWORD), "everybody changes their own password");
	}

	/** Types the file to write, finishes, and returns what the last page says once the wizard is closed. */
	private static String finish(Shell wizard, Path out, String what) {
		Ui.sync(() -> Ui.type(wizard, "Write to", out.toString()));
		Ui.async(() -> Ui.press(Ui.button(wizard, "Finish")));
		String result = Ui.resultOf(wizard, what);
		Ui.sync(() -> Ui.press(Ui.button(wizard, "Finish")));
		Ui.waitUntilClosed(wizard);
		return result;
	}

	private static Login login() {
		return new Login(RunningWorkbench.SUPERVISOR, RunningWorkbench.PASSWORD::toCharArray);
	}
}
