package org.madoguchi.ui.internal.wizards;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.print.CardLayout;
import org.madoguchi.print.Sheet;
import org.madoguchi.service.CardPrinting;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Messages;

/**
 * Cards > Print Cards: which cards (all ready for pickup, those that arrived on a day, or given
 * residents), the sheet and the layout file, proof or final; the PDF, then "Open folder".
 */
public final class PrintWizard extends ResultWizard {

	private final Register register;
	private final List<Long> selectedResidents;
	private PrintPage page;

	/** @param selectedResidents residents picked in the workbench (the editor's resident), offered as a choice */
	public PrintWizard(Register register, List<Long> selectedResidents) {
		super(Messages.Print_title);
		this.register = register;
		this.selectedResidents = selectedResidents;
	}

	@Override
	void addParameterPages() {
		page = new PrintPage();
		addPage(page);
	}

	@Override
	Work prepare() {
		CardPrinting.Selection selection = switch (page.which.getSelectionIndex()) {
		case 0 -> new CardPrinting.Selection(null, null, true);
		case 1 -> new CardPrinting.Selection(null, ParameterPage.date(page.day), false);
		default -> new CardPrinting.Selection(residents(page.residents.getText()), null, false);
		};
		Sheet sheet = Sheet.values()[page.sheet.getSelectionIndex()];
		boolean proof = page.proof.getSelection();
		CardLayout layout = page.layout.getText().isBlank() ? CardLayout.standard() : CardLayout.of(ParameterPage.path(page.layout));
		Path out = ParameterPage.path(page.out);
		return progress -> {
			int cards = new CardPrinting(register, layout).printCards(selection, sheet, proof, out);
			return new Outcome(NLS.bind(Messages.Print_done, cards, out), out);
		};
	}

	/** Resident IDs separated by commas or spaces. */
	private static List<Long> residents(String typed) {
		return Arrays.stream(typed.split("[,\\s]+")).filter(id -> !id.isBlank()).map(Long::valueOf).toList();
	}

	private final class PrintPage extends ParameterPage {
		private Combo which;
		private Text day;
		private Text residents;
		private Combo sheet;
		private Text layout;
		private Button proof;
		private Text out;

		PrintPage() {
			super("print", Messages.Print_title, Messages.Print_message);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = grid(parent);
			which = choice(page, Messages.Print_which, selectedResidents.isEmpty() ? 0 : 2, Messages.Print_allReady,
					Messages.Print_arrivedOn, Messages.Print_residents);
			day = field(page, Messages.Print_day, register.today().toString());
			residents = field(page, Messages.Print_residentIds,
					String.join(", ", selectedResidents.stream().map(String::valueOf).toList()));
			sheet = choice(page, Messages.Print_sheet, 1, Messages.Print_sheetCard, Messages.Print_sheetA4);
			layout = fileField(page, Messages.Print_layout, "", false, "*.json");
			proof = new Button(page, SWT.CHECK);
			proof.setText(Messages.Print_proof);
			proof.setSelection(true);
			GridDataFactory.fillDefaults().span(3, 1).applyTo(proof);
			out = fileField(page, Messages.Wizard_output, defaultFile("cards", LocalDate.now(), "pdf"), true, "*.pdf");
			out.addListener(SWT.Modify, event -> setPageComplete(!out.getText().isBlank()));
			setControl(page);
		}
	}
}
