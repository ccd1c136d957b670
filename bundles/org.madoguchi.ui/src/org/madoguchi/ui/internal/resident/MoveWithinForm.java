package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Composite;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.UnreadableInput;

/** A move within the municipality (転居): the new address and its dates, checked by the model as they are typed. */
final class MoveWithinForm implements ChangeForm {

	private final AddressEntry draft;
	private final LocalDate today;
	private ModelForm form;

	/** @param draft the move, undone and redone by the editor's Edit menu */
	MoveWithinForm(AddressEntry draft, LocalDate today) {
		this.draft = draft;
		this.today = today;
	}

	@Override
	public String title() {
		return Messages.Change_moveWithin;
	}

	@Override
	public void create(Composite parent, Runnable edited) {
		form = new ModelForm(problem -> edited.run(), today);
		AddressForm.create(form, parent, draft);
	}

	@Override
	public Request request() {
		if (form.hasErrors()) {
			throw new UnreadableInput(form.problem());
		}
		AddressEntry entry = EcoreUtil.copy(draft);
		return (changes, target) -> changes.moveWithin(target, EcoreUtil.copy(entry));
	}

	@Override
	public void dispose() {
		form.dispose();
	}
}
