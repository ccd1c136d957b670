package org.madoguchi.ui.internal.wizards;

import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Messages;

/**
 * File > Export Residents: every resident to a resident file in the format the import reads
 * (current address, household, newest card; full Individual Numbers, so audited), in the
 * encoding the colleague's program reads; then how many were written.
 */
public final class ResidentExportWizard extends OutputFileWizard {

	/** The encodings offered, as the command line names them: UTF-8, UTF-8 with the mark Excel wants, Shift_JIS as Windows writes it. */
	private static final String[] ENCODINGS = { "utf-8", "utf-8-bom", "cp932" };

	private Combo encoding;

	public ResidentExportWizard(Supplier<Register> register) {
		super(register, Messages.Export_title, Messages.Export_message, "csv");
	}

	@Override
	String fileStem(Register open) {
		return "residents";
	}

	@Override
	void addChoices(Composite page) {
		encoding = ParameterPage.choice(page, Messages.Import_encoding, 0, Messages.Export_utf8, Messages.Export_utf8Bom, Messages.Export_cp932);
	}

	@Override
	Writer writer() {
		String chosen = ENCODINGS[encoding.getSelectionIndex()];
		return (open, out, progress) -> NLS.bind(Messages.Export_done, open.exports().exportFile(out, chosen, progress), out);
	}
}
