package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.service.MoveOut;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.UnreadableInput;

/**
 * A move-out (転出): the move-out day (planned when notified before it), the destination in Japan
 * or abroad, and for a move abroad whether continued use of the card abroad was asked for.
 */
final class MoveOutForm implements ChangeForm {

	private final LocalDate today;
	private final AddressEntry draft = ModelFactory.eINSTANCE.createAddressEntry();
	private ModelForm destination;
	private Button abroad;
	private Button keepCard;

	MoveOutForm(LocalDate today) {
		this.today = today;
		draft.setAddress(ModelFactory.eINSTANCE.createAddress());
		draft.setSetOn(today);
		draft.setNotifiedOn(today);
	}

	@Override
	public String title() {
		return Messages.Change_moveOut;
	}

	@Override
	public void create(Composite parent, Runnable edited) {
		destination = new ModelForm(problem -> edited.run(), today);
		AddressForm.create(destination, parent, draft, Messages.Change_movesOutOn, Messages.Address_notifiedOn);
		FormFields fields = new FormFields(parent, edited);
		abroad = fields.check(Messages.Change_abroad);
		keepCard = fields.check(Messages.Change_keepCardAbroad);
		keepCard.setEnabled(false);
		abroad.addListener(SWT.Selection, event -> {
			keepCard.setEnabled(abroad.getSelection());
			destination.setEnabled(!abroad.getSelection());
			keepCard.setSelection(keepCard.getSelection() && abroad.getSelection());
		});
	}

	@Override
	public Request request() {
		boolean toAbroad = abroad.getSelection();
		if (draft.getSetOn() == null) {
			throw new UnreadableInput(Messages.Change_movesOutOn + ": " + Messages.Change_required);
		}
		if (!toAbroad && destination.hasErrors()) {
			throw new UnreadableInput(destination.problem());
		}
		LocalDate plannedOn = draft.getSetOn();
		LocalDate notifiedOn = draft.getNotifiedOn();
		Address address = toAbroad ? null : EcoreUtil.copy(draft.getAddress());
		boolean keep = keepCard.getSelection();
		return (changes, target) -> changes.moveOut(target,
				new MoveOut(plannedOn, notifiedOn, address == null ? null : EcoreUtil.copy(address), toAbroad, keep));
	}

	@Override
	public void dispose() {
		destination.dispose();
	}
}
