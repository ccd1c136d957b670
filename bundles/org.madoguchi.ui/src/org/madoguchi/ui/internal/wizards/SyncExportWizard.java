package org.madoguchi.ui.internal.wizards;

import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.madoguchi.service.ChangeFiles;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Messages;

/**
 * File > Export Change File, at a branch office: every journal entry central has not
 * acknowledged, and the audit entries since the last file, signed with the office's key, for the
 * USB stick; then which entries the file holds.
 */
public final class SyncExportWizard extends OutputFileWizard {

	public SyncExportWizard(Supplier<Register> register) {
		super(register, Messages.SyncExport_title, Messages.SyncExport_message, "mdsync");
	}

	@Override
	String fileStem(Register open) {
		return open.journal().office();
	}

	@Override
	Writer writer() {
		return (open, out, progress) -> {
			ChangeFiles.Summary summary = open.sync().export(out);
			return summary.count() == 0 ? NLS.bind(Messages.SyncExport_none, summary.auditEntries(), out)
					: NLS.bind(Messages.SyncExport_done, new Object[] { summary.first(), summary.last(), summary.auditEntries(), out });
		};
	}
}
