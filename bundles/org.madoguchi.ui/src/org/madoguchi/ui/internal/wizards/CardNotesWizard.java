package org.madoguchi.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Messages;

/**
 * Cards > Print Notes for the Card Face: the pending notes (追記) of the card open in the editor,
 * or of every card with pending notes, a card-sized page each for the card-face printer. Printing
 * does not mark them written: Cards > Notes Written on Card does, once they are on the card.
 */
public final class CardNotesWizard extends OutputFileWizard {

	/** The card open in the editor, with a pending note; null when there is none. */
	private final Long openCard;
	private final String openSerial;
	private Combo which;
	private Text layout;

	/** @param openCard the card of the resident open in the editor when it has pending notes, else null */
	public CardNotesWizard(Supplier<Register> register, Long openCard, String openSerial) {
		super(register, Messages.Notes_title, Messages.Notes_message, "pdf");
		this.openCard = openCard;
		this.openSerial = openSerial;
	}

	@Override
	String fileStem(Register open) {
		return "card-notes";
	}

	@Override
	void addChoices(Composite page) {
		which = openCard == null ? ParameterPage.choice(page, Messages.Notes_which, 0, Messages.Notes_allPending)
				: ParameterPage.choice(page, Messages.Notes_which, 0, NLS.bind(Messages.Notes_openCard, openSerial), Messages.Notes_allPending);
		layout = ParameterPage.fileField(page, Messages.Print_layout, "", false, "*.json");
	}

	@Override
	Writer writer() {
		List<Long> cards = openCard != null && which.getSelectionIndex() == 0 ? List.of(openCard) : null;
		Path layoutFile = ParameterPage.layout(layout);
		return (open, out, progress) -> NLS.bind(Messages.Notes_done, ParameterPage.printing(open, layoutFile).notes().print(cards, out), out);
	}
}
