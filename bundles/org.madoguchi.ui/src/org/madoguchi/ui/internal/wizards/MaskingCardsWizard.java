package org.madoguchi.ui.internal.wizards;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.Register;
import org.madoguchi.service.Sheet;
import org.madoguchi.ui.internal.Messages;

/**
 * Cards > Print Masking Cards: the masking cards of national civil servants (the officials typed,
 * or every official), on card-sized pages or A4, with the municipality's layout; then how many.
 */
public final class MaskingCardsWizard extends OutputFileWizard {

	private Text officials;
	private Combo sheet;
	private Text layout;

	public MaskingCardsWizard(Supplier<Register> register) {
		super(register, Messages.Masking_title, Messages.Masking_message, "pdf");
	}

	@Override
	String fileStem(Register open) {
		return "masking-cards";
	}

	@Override
	void addChoices(Composite page) {
		officials = ParameterPage.field(page, Messages.Masking_officials, "");
		sheet = ParameterPage.sheetChoice(page);
		layout = ParameterPage.fileField(page, Messages.Print_layout, "", false, "*.json");
	}

	@Override
	Writer writer() {
		// official IDs as a clerk types a list: by spaces or commas, full-width ones too
		List<String> chosen = Arrays.stream(officials.getText().strip().split("[\\s,、，]+")).filter(id -> !id.isEmpty()).toList();
		Sheet paper = ParameterPage.sheet(sheet);
		Path layoutFile = ParameterPage.layout(layout);
		return (open, out, progress) -> NLS.bind(Messages.Masking_done,
				ParameterPage.printing(open, layoutFile).printMasking(chosen.isEmpty() ? null : chosen, paper, out), out);
	}
}
