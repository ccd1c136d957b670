package org.madoguchi.ui.internal.wizards;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.CardPrinting;
import org.madoguchi.service.ResidentView;
import org.madoguchi.service.Sheet;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.session.Session;

/**
 * Cards > Print Cards: which cards (all ready for pickup, those that arrived on a day, or given
 * residents), the sheet and the layout file, proof or final, a preview of the first card as it
 * will be printed; the PDF, then "Open folder".
 */
public final class PrintWizard extends ResultWizard {

	/** A card is 85.6 × 54 mm: at this resolution its preview is about 370 × 230 pixels. */
	static final float PREVIEW_DPI = 110;
	private static final int PREVIEW_HEIGHT = 240;

	private final Session session;
	private final List<ResidentView> selectedResidents;
	private PrintPage page;

	/** @param selectedResidents residents picked in the workbench (the editor's resident), offered as a choice */
	public PrintWizard(Session session, List<ResidentView> selectedResidents) {
		super(Messages.Print_title);
		this.session = session;
		this.selectedResidents = selectedResidents;
	}

	@Override
	void addParameterPages() {
		page = new PrintPage();
		addPage(page);
	}

	@Override
	Work prepare() {
		CardPrinting printing = page.printing();
		CardPrinting.Selection selection = page.selection();
		Sheet sheet = ParameterPage.sheet(page.sheet);
		boolean proof = page.proof.getSelection();
		Path out = ParameterPage.path(page.out);
		return progress -> {
			int cards = printing.printCards(selection, sheet, proof, out, progress);
			return new Outcome(NLS.bind(Messages.Print_done, cards, out), out);
		};
	}

	private final class PrintPage extends ParameterPage {
		private Combo which;
		private Text day;
		private ResidentPicker residents;
		private Combo sheet;
		private Text layout;
		private Button proof;
		private Text out;

		private Label preview;
		private Image previewImage;
		private Reads reads;

		PrintPage() {
			super("print", Messages.Print_title, Messages.Print_message);
		}

		CardPrinting.Selection selection() {
			return switch (which.getSelectionIndex()) {
			case 0 -> new CardPrinting.Selection(null, null, true);
			case 1 -> new CardPrinting.Selection(null, date(day), false);
			default -> new CardPrinting.Selection(residents.picked(), null, false);
			};
		}

		/** Printing with the standard layout, or with the file the supervisor chose. */
		CardPrinting printing() {
			return ParameterPage.printing(session.register(), ParameterPage.layout(layout));
		}

		/** Draws the front of the first selected card as it will be printed, in the background. */
		private void showPreview() {
			CardPrinting.Selection chosen;
			Path layoutFile;
			try {
				chosen = selection();
				layoutFile = ParameterPage.layout(layout);
			} catch (RuntimeException e) {
				setErrorMessage(Failures.message(e));
				return;
			}
			boolean asProof = proof.getSelection();
			setErrorMessage(null);
			reads.read(Messages.Print_preview, register -> ParameterPage.printing(register, layoutFile).preview(chosen, asProof, PREVIEW_DPI),
					png -> show(new ImageData(new ByteArrayInputStream(png))), refused -> setErrorMessage(Failures.message(refused)));
		}

		private void show(ImageData image) {
			if (previewImage != null) {
				previewImage.dispose();
			}
			previewImage = new Image(preview.getDisplay(), image);
			preview.setImage(previewImage);
			preview.getParent().layout(true, true);
		}

		@Override
		public void dispose() {
			if (previewImage != null) {
				previewImage.dispose();
			}
			super.dispose();
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = grid(parent);
			reads = new Reads(session, page);
			which = choice(page, Messages.Print_which, selectedResidents.isEmpty() ? 0 : 2, Messages.Print_allReady,
					Messages.Print_arrivedOn, Messages.Print_residents);
			day = field(page, Messages.Print_day, session.register().today().toString());
			new Label(page, SWT.NONE).setText(Messages.Print_residentsPicked);
			residents = new ResidentPicker(page, session, selectedResidents,
					() -> which.select(2), this::setErrorMessage);
			sheet = sheetChoice(page);
			layout = fileField(page, Messages.Print_layout, "", false, "*.json");
			proof = new Button(page, SWT.CHECK);
			proof.setText(Messages.Print_proof);
			proof.setSelection(true);
			GridDataFactory.fillDefaults().span(3, 1).applyTo(proof);
			out = fileField(page, Messages.Wizard_output, defaultFile("cards", session.register().today(), "pdf"), true, "*.pdf");
			out.addListener(SWT.Modify, event -> setPageComplete(!out.getText().isBlank()));
			Button draw = new Button(page, SWT.PUSH);
			draw.setText(Messages.Print_preview);
			draw.addListener(SWT.Selection, event -> showPreview());
			preview = new Label(page, SWT.BORDER);
			preview.setData("preview", Boolean.TRUE);
			GridDataFactory.fillDefaults().span(2, 1).hint(SWT.DEFAULT, PREVIEW_HEIGHT).applyTo(preview);
			setControl(page);
		}
	}
}
