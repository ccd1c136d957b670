package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.HouseholdChange;
import org.madoguchi.ui.internal.Messages;

/**
 * A household change (世帯変更): the resident becomes the head (the previous head's relationship
 * is asked), leaves to a household of their own, or joins another household with a relationship.
 */
final class HouseholdChangeForm implements ChangeForm {

	private static final HouseholdChange.Kind[] KINDS = { HouseholdChange.Kind.NEW_HEAD, HouseholdChange.Kind.LEAVE,
			HouseholdChange.Kind.JOIN };

	private final LocalDate today;
	private Combo kind;
	private Text household;
	private Text relationship;
	private Text changedOn;
	private Text notifiedOn;

	HouseholdChangeForm(LocalDate today) {
		this.today = today;
	}

	@Override
	public String title() {
		return Messages.Change_household;
	}

	@Override
	public void create(Composite parent, Runnable edited) {
		FormFields fields = new FormFields(parent, edited);
		kind = fields.choice(Messages.Change_householdKind, Messages.Change_newHead, Messages.Change_leave, Messages.Change_join);
		household = fields.text(Messages.Change_householdId, null);
		relationship = fields.text(Messages.Change_relationship, null);
		changedOn = fields.date(Messages.Change_changedOn, today);
		notifiedOn = fields.date(Messages.Address_notifiedOn, today);
	}

	@Override
	public Request request() {
		HouseholdChange.Kind chosen = KINDS[kind.getSelectionIndex()];
		HouseholdChange change = new HouseholdChange(chosen,
				chosen == HouseholdChange.Kind.JOIN ? FormFields.required(household, Messages.Change_householdId) : null,
				chosen == HouseholdChange.Kind.LEAVE ? null : FormFields.required(relationship, Messages.Change_relationship),
				FormFields.day(changedOn, Messages.Change_changedOn), FormFields.optionalDay(notifiedOn, Messages.Address_notifiedOn));
		return (changes, target) -> changes.changeHousehold(target, change);
	}
}
