package org.madoguchi.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.ChangeFileImport;
import org.madoguchi.service.Progress;
import org.madoguchi.service.Register;
import org.madoguchi.service.ReplyImport;
import org.madoguchi.ui.internal.Messages;

/**
 * File > Import Change File. At central: a branch office's change file, each entry applied in its
 * own transaction (an entry taken before is skipped, one on a record changed here since the office
 * read it kept as a conflict), then central's reply for the office written. At a branch office:
 * central's reply, whose changes are applied and whose decisions are taken. Then what was done.
 */
public final class SyncImportWizard extends ResultWizard {

	private final Supplier<Register> register;
	private final boolean central;
	private ImportPage page;

	/** {@code central}: the register takes branch offices' change files; otherwise it is an office taking central's reply. */
	public SyncImportWizard(Supplier<Register> register, boolean central) {
		super(Messages.SyncImport_title);
		this.register = register;
		this.central = central;
	}

	@Override
	void addParameterPages() {
		page = new ImportPage();
		addPage(page);
	}

	@Override
	Work prepare() {
		Path in = ParameterPage.path(page.file);
		if (!central) {
			return progress -> new Outcome(replyTaken(register.get().replyImport().importFile(in, progress)), in);
		}
		Path reply = page.reply.getText().isBlank() ? null : ParameterPage.path(page.reply);
		return progress -> importAtCentral(in, reply, progress);
	}

	private Outcome importAtCentral(Path in, Path reply, Progress progress) {
		ChangeFileImport.Imported imported = register.get().syncImport().importFile(in, progress);
		String text = imported.first() == 0 ? NLS.bind(Messages.SyncImport_empty, imported.office())
				: NLS.bind(Messages.SyncImport_done, new Object[] { imported.first(), imported.last(), imported.office(), imported.applied(),
						imported.conflicts(), imported.skipped() });
		if (reply == null) {
			return new Outcome(text, in);
		}
		ChangeFileImport.Reply written = register.get().syncImport().reply(imported, reply);
		return new Outcome(text + "\n" + NLS.bind(Messages.SyncImport_replyWritten,
				new Object[] { reply, written.acknowledged(), written.entries(), written.conflicts() }), reply);
	}

	static String replyTaken(ReplyImport.Imported imported) {
		StringBuilder text = new StringBuilder(NLS.bind(Messages.SyncImport_replyTaken,
				new Object[] { imported.acknowledged(), imported.applied(), imported.skipped() }));
		if (imported.kept() > 0) {
			text.append('\n').append(NLS.bind(Messages.SyncImport_kept, imported.kept()));
		}
		if (imported.held() > 0) {
			text.append('\n').append(NLS.bind(Messages.SyncImport_held, imported.held()));
		}
		if (imported.older()) {
			return text.append('\n').append(Messages.SyncImport_older).toString();
		}
		if (!imported.pending().isEmpty()) {
			text.append('\n').append(NLS.bind(Messages.SyncImport_pending, entries(imported.pending())));
		}
		if (!imported.superseded().isEmpty()) {
			text.append('\n').append(NLS.bind(Messages.SyncImport_superseded, entries(imported.superseded())));
		}
		return text.toString();
	}

	private static String entries(List<Long> sequences) {
		return sequences.stream().map(String::valueOf).collect(Collectors.joining(", "));
	}

	private final class ImportPage extends ParameterPage {
		private Text file;
		private Text reply;
		/** Whether the reply's name was typed: then choosing another change file leaves it alone. */
		private boolean replyTyped;

		ImportPage() {
			super("syncImport", Messages.SyncImport_title, central ? Messages.SyncImport_messageCentral : Messages.SyncImport_messageOffice);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = grid(parent);
			file = fileField(page, central ? Messages.SyncImport_file : Messages.SyncImport_replyFile, "", false, "*.mdsync", "*");
			if (central) {
				reply = fileField(page, Messages.SyncImport_reply, "", true, "*.mdsync");
				reply.addListener(SWT.Modify, event -> replyTyped = reply.isFocusControl() || replyTyped);
			}
			file.addListener(SWT.Modify, event -> {
				boolean there = !file.getText().isBlank() && Files.isRegularFile(Path.of(file.getText().strip()));
				setErrorMessage(there || file.getText().isBlank() ? null : NLS.bind(Messages.Import_noFile, file.getText()));
				setPageComplete(there);
				if (central && !replyTyped) {
					reply.setText(replyBeside(file.getText().strip()));
				}
			});
			setControl(page);
		}
	}

	/** The reply's name offered for a change file: beside it, with "-reply" added to its name. */
	static String replyBeside(String changeFile) {
		if (changeFile.isEmpty()) {
			return "";
		}
		String name = changeFile.endsWith(".mdsync") ? changeFile.substring(0, changeFile.length() - ".mdsync".length()) : changeFile;
		return name + "-reply.mdsync";
	}
}
