package org.madoguchi.ui.internal.resident;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.session.Session;

/**
 * The household a person moving in joins: a new one, with the person as its head (世帯主), or an
 * existing one picked by a member, with the person's relationship (続柄) in it.
 */
final class HouseholdPage extends WizardPage {

	private final Session session;
	private Button newHousehold;
	private HouseholdChooser chooser;
	private Text relationship;

	HouseholdPage(Session session) {
		super("household", Messages.Wizard_householdTitle, null);
		setMessage(Messages.Wizard_householdMessage);
		this.session = session;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().applyTo(page);
		newHousehold = new Button(page, SWT.RADIO);
		newHousehold.setText(Messages.Wizard_newHousehold);
		newHousehold.setSelection(true);
		Button join = new Button(page, SWT.RADIO);
		join.setText(Messages.Wizard_joinHousehold);
		chooser = new HouseholdChooser(session, this::check);
		chooser.create(page);
		relationship = new FormFields(page, this::check).text(Messages.Change_relationship, null);
		newHousehold.addListener(SWT.Selection, event -> check());
		join.addListener(SWT.Selection, event -> check());
		setControl(page);
		check();
	}

	/** The household joined, or null for a new one. */
	String householdId() {
		return newHousehold.getSelection() ? null : chooser.householdId();
	}

	String relationship() {
		return newHousehold.getSelection() ? null : FormFields.optional(relationship);
	}

	private void check() {
		if (relationship == null) {
			return;
		}
		String problem = null;
		if (!newHousehold.getSelection() && chooser.householdId() == null) {
			problem = Messages.Wizard_pickHousehold;
		} else if (!newHousehold.getSelection() && relationship() == null) {
			problem = Messages.Change_relationship + ": " + Messages.Change_required;
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}
}
