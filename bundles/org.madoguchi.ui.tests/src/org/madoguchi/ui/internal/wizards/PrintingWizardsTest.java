package org.madoguchi.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.service.AuditOperation;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.testing.ChiyodaAddresses;
import org.madoguchi.ui.internal.Widgets;
import org.madoguchi.ui.internal.session.Session;

/**
 * Cards > Print Masking Cards and Cards > Print Notes for the Card Face on a demo register: the
 * PDFs are written for the officials and the card asked for, an unknown official is refused by
 * name, and printing notes leaves them pending until the clerk records them written.
 */
class PrintingWizardsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	@TempDir
	Path folder;

	private Shell shell;
	private Session session;

	@BeforeEach
	void aDemoRegister() {
		shell = new Shell(Display.getDefault());
		DatabaseLocation location = DatabaseLocation.of(folder.resolve("demo").toString());
		session = new Session(location, Register.openOrCreateDemo(location, Login.none(), RegisterClock.fixedAt(TODAY)));
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.close();
	}

	@Test
	void everyOfficialsMaskingCardIsPrintedAndAuditedAndAnUnknownOneIsRefusedByName() throws Exception {
		session.register().demo().fill(1_000, 3, Progress.NONE);
		long officials = session.register().queries().counts().civilServants();
		assertTrue(officials > 0, "the demo register has national civil servants");
		Path out = folder.resolve("masking.pdf");
		WizardDialog all = WizardDriver.open(shell, new MaskingCardsWizard(session::register));
		assertEquals("masking-cards-2026-11-20.pdf", Path.of(WizardDriver.field(all, 0).getText()).getFileName().toString());
		WizardDriver.field(all, 0).setText(out.toString());
		assertEquals("Masking cards written: " + officials + ". File: " + out, WizardDriver.finish(all));
		assertEquals("%PDF", new String(Files.readAllBytes(out), 0, 4, StandardCharsets.US_ASCII));
		assertEquals(officials, session.register().queries().audit(null, TODAY, 100_000).stream()
				.filter(entry -> entry.operation().equals(AuditOperation.PRINT_MASKING.code())).count(), "each masking card printed is audited");

		WizardDialog unknown = WizardDriver.open(shell, new MaskingCardsWizard(session::register));
		WizardDriver.field(unknown, 0).setText(folder.resolve("none.pdf").toString());
		WizardDriver.field(unknown, 1).setText("DEMO-99999999");
		unknown.getCurrentPage().getWizard().performFinish();
		assertTrue(unknown.getCurrentPage().getErrorMessage().contains("DEMO-99999999"), unknown.getCurrentPage().getErrorMessage());
		assertTrue(Files.notExists(folder.resolve("none.pdf")), "nothing is written");
		unknown.close();
	}

	@Test
	void theOpenCardsPendingNotesArePrintedAndStayPendingUntilRecordedWritten() throws Exception {
		Resident person = OgawamachiResident.since(LocalDate.of(2020, 4, 1));
		Register register = session.register();
		long resident = register.residents().register(person);
		long card = register.cards().apply(resident, LocalDate.of(2026, 10, 1), ApplicationChannel.COUNTER);
		register.cards().recordProduction(card, "AA0000000001", LocalDate.of(2026, 11, 10));
		register.cards().readyForPickup(card);
		register.cards().issue(card);
		register.changes().moveWithin(ChangeTarget.of(resident), ChiyodaAddresses.entry(ChiyodaAddresses.address("1010021", "外神田", "1丁目", "2番3号"),
				LocalDate.of(2026, 11, 18), 1, NotificationKind.MOVE_WITHIN));

		Path out = folder.resolve("notes.pdf");
		WizardDialog notes = WizardDriver.open(shell, new CardNotesWizard(session::register, card, "AA0000000001"));
		Combo which = Widgets.find(notes.getShell(), Combo.class).get(0);
		assertEquals("Card AA0000000001 of the resident open in the editor", which.getItem(0), "the open card is offered first");
		WizardDriver.field(notes, 0).setText(out.toString());
		assertEquals("Cards whose notes were written to the file: 1. File: " + out, WizardDriver.finish(notes));
		assertEquals("%PDF", new String(Files.readAllBytes(out), 0, 4, StandardCharsets.US_ASCII));
		assertTrue(register.records().show(resident).cards().get(0).notes().stream().anyMatch(note -> note.writtenOn() == null),
				"printing does not mark the notes written");
	}
}
