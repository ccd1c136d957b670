package org.madoguchi.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.Resident;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.ui.internal.Widgets;
import org.madoguchi.ui.internal.session.Session;

/**
 * A branch office's side of File > Export Change File and File > Import Change File, on demo
 * registers: the office writes its change file, central takes it and replies, and the office takes
 * the reply; central has no change file of its own to export.
 */
class ChangeFileWizardsTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	@TempDir
	Path folder;

	private Shell shell;
	private Session central;
	private Session office;

	@BeforeEach
	void aCentralRegisterAndItsOffice() throws Exception {
		shell = new Shell(Display.getDefault());
		central = session("central");
		Path backup = folder.resolve("central.zip");
		Path key = folder.resolve("OGAWA.pub");
		central.register().backups().backup(backup);
		Register.createReplica(backup, location("ogawa"), Login.none(), "OGAWA", null, key);
		central.register().offices().add("OGAWA", "小川町出張所", key);
		office = session("ogawa");
	}

	@AfterEach
	void close() {
		shell.dispose();
		central.close();
		office.close();
	}

	@Test
	void theOfficeWritesItsChangesAndTakesCentralsReply() throws Exception {
		Resident person = OgawamachiResident.since(LocalDate.of(2026, 11, 19));
		long resident = office.register().residents().register(person);
		office.register().cards().apply(resident, LocalDate.of(2026, 11, 19), ApplicationChannel.COUNTER);
		assertTrue(new WizardHandlers.SyncExport().canExecute(office), "an office's supervisor exports its changes");

		Path changes = folder.resolve("OGAWA-2026-11-20.mdsync");
		WizardDialog export = WizardDriver.open(shell, new SyncExportWizard(office::register));
		assertEquals(changes.getFileName().toString(), Path.of(WizardDriver.field(export, 0).getText()).getFileName().toString(),
				"the office's code and the day name the file");
		WizardDriver.field(export, 0).setText(changes.toString());
		assertEquals("Changes 1 to 2 written, and audit entries: 3. File: " + changes, WizardDriver.finish(export));

		Path reply = folder.resolve("reply.mdsync");
		central.register().syncImport().reply(central.register().syncImport().importFile(changes, Progress.NONE), reply);

		WizardDialog take = WizardDriver.open(shell, new SyncImportWizard(office::register, false));
		assertEquals(1, Widgets.texts(take.getShell()).size(), "an office is asked for central's reply only");
		WizardDriver.field(take, 0).setText(reply.toString());
		assertEquals("Central’s reply taken: this office’s changes up to 2 acknowledged; 0 of central’s changes applied, 0 taken before.",
				WizardDriver.finish(take));
		assertEquals(0, office.register().syncStatus().status().office().unacknowledged());
	}

	@Test
	void aMissingFileIsSaidBeforeAnythingRuns() {
		WizardDialog take = WizardDriver.open(shell, new SyncImportWizard(office::register, false));
		Path missing = folder.resolve("none.mdsync");
		WizardDriver.field(take, 0).setText(missing.toString());
		assertEquals("There is no file " + missing + ".", take.getCurrentPage().getErrorMessage());
		assertFalse(take.getCurrentPage().isPageComplete());
	}

	@Test
	void centralHasNoChangeFileToExport() {
		assertFalse(new WizardHandlers.SyncExport().canExecute(central), "central's changes travel in its replies");
		assertTrue(central.atCentral());
		assertFalse(office.atCentral());
	}

	private Session session(String name) {
		DatabaseLocation location = location(name);
		return new Session(location, Register.openOrCreateDemo(location, Login.none(), RegisterClock.fixedAt(TODAY)));
	}

	private DatabaseLocation location(String name) {
		return DatabaseLocation.of(folder.resolve(name).toString());
	}
}
