package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.databinding.Binding;
import org.eclipse.core.databinding.DataBindingContext;
import org.eclipse.core.databinding.UpdateValueStrategy;
import org.eclipse.core.databinding.conversion.IConverter;
import org.eclipse.core.databinding.observable.value.IObservableValue;
import org.eclipse.core.databinding.validation.ValidationStatus;
import org.eclipse.emf.databinding.EMFProperties;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.databinding.swt.typed.WidgetProperties;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.ModelPackage.Literals;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.validation.Finding;
import org.madoguchi.model.validation.ModelValidation;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.JapaneseDates;
import org.madoguchi.ui.internal.Messages;

/**
 * The form for a move: the new address and its dates, bound to a draft {@link AddressEntry}.
 * Dates are accepted in ISO or in the Japanese era (R7.4.1, 令和7年4月1日); every field shows the
 * model validator's finding about it as a decoration, and the first finding is the form's message.
 */
final class AddressForm {

	private static final NotificationKind[] KINDS = { NotificationKind.MOVE_WITHIN, NotificationKind.MOVE_IN, NotificationKind.MOVE_OUT };

	private final DataBindingContext bindings = new DataBindingContext();
	private final Map<EStructuralFeature, Control> controls = new HashMap<>();
	private final Map<Control, ControlDecoration> decorations = new HashMap<>();
	private final Map<Control, String> conversionErrors = new HashMap<>();
	private final Consumer<String> message;
	private final LocalDate today;
	private AddressEntry draft;

	/** @param message told the first problem of the form, or null when there is none */
	AddressForm(Consumer<String> message, LocalDate today) {
		this.message = message;
		this.today = today;
	}

	void create(Composite parent, AddressEntry entry) {
		this.draft = entry;
		Composite form = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(4).spacing(12, 4).applyTo(form);
		text(form, Messages.Address_postalCode, entry.getAddress(), Literals.ADDRESS__POSTAL_CODE);
		text(form, Messages.Address_prefecture, entry.getAddress(), Literals.ADDRESS__PREFECTURE);
		text(form, Messages.Address_municipalityCode, entry.getAddress(), Literals.ADDRESS__MUNICIPALITY_CODE);
		text(form, Messages.Address_municipality, entry.getAddress(), Literals.ADDRESS__MUNICIPALITY_NAME);
		text(form, Messages.Address_town, entry.getAddress(), Literals.ADDRESS__TOWN);
		text(form, Messages.Address_chome, entry.getAddress(), Literals.ADDRESS__CHOME);
		text(form, Messages.Address_number, entry.getAddress(), Literals.ADDRESS__NUMBER);
		text(form, Messages.Address_building, entry.getAddress(), Literals.ADDRESS__BUILDING);
		date(form, Messages.Address_setOn, entry, Literals.ADDRESS_ENTRY__SET_ON);
		date(form, Messages.Address_notifiedOn, entry, Literals.ADDRESS_ENTRY__NOTIFIED_ON);
		kind(form, entry);
		validate();
	}

	private Text field(Composite form, String label, EStructuralFeature feature) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).indent(8, 0).applyTo(text);
		text.setData("feature", feature.getName());
		controls.put(feature, text);
		ControlDecoration decoration = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.hide();
		decorations.put(text, decoration);
		return text;
	}

	@SuppressWarnings("unchecked")
	private void text(Composite form, String label, EObject owner, EStructuralFeature feature) {
		Text text = field(form, label, feature);
		IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observe(text);
		IObservableValue<String> model = EMFProperties.value(feature).observe(owner);
		UpdateValueStrategy<String, String> toModel = UpdateValueStrategy.create(
				IConverter.create(String.class, String.class, typed -> typed == null || typed.isBlank() ? null : typed.strip()));
		bindings.bindValue(target, model, toModel, null);
		model.addValueChangeListener(event -> validate());
	}

	@SuppressWarnings("unchecked")
	private void date(Composite form, String label, EObject owner, EStructuralFeature feature) {
		Text text = field(form, label, feature);
		IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observe(text);
		IObservableValue<LocalDate> model = EMFProperties.value(feature).observe(owner);
		UpdateValueStrategy<String, LocalDate> toModel = UpdateValueStrategy.create(
				IConverter.create(String.class, LocalDate.class, typed -> typed == null || typed.isBlank() ? null : JapaneseDates.parse(typed)));
		toModel.setAfterGetValidator(typed -> {
			try {
				if (typed != null && !typed.isBlank()) {
					JapaneseDates.parse(typed);
				}
				conversionErrors.remove(text);
				return ValidationStatus.ok();
			} catch (InvalidValueException e) {
				conversionErrors.put(text, e.problem().in(Locale.getDefault()));
				return ValidationStatus.error(conversionErrors.get(text));
			}
		});
		UpdateValueStrategy<LocalDate, String> toTarget = UpdateValueStrategy.create(
				IConverter.create(LocalDate.class, String.class, date -> date == null ? "" : date.toString()));
		Binding binding = bindings.bindValue(target, model, toModel, toTarget);
		binding.getValidationStatus().addValueChangeListener(event -> validate());
		model.addValueChangeListener(event -> validate());
	}

	private void kind(Composite form, AddressEntry entry) {
		new Label(form, SWT.NONE).setText(Messages.Address_notification);
		Combo combo = new Combo(form, SWT.READ_ONLY);
		for (NotificationKind kind : KINDS) {
			combo.add(Messages.label(kind));
		}
		GridDataFactory.fillDefaults().indent(8, 0).applyTo(combo);
		IObservableValue<Integer> target = WidgetProperties.singleSelectionIndex().observe(combo);
		@SuppressWarnings("unchecked")
		IObservableValue<NotificationKind> model = EMFProperties.value(Literals.ADDRESS_ENTRY__NOTIFICATION).observe(entry);
		bindings.bindValue(target, model,
				UpdateValueStrategy.create(IConverter.create(Integer.class, NotificationKind.class, index -> index < 0 ? null : KINDS[index])),
				UpdateValueStrategy.create(IConverter.create(NotificationKind.class, Integer.class, kind -> List.of(KINDS).indexOf(kind))));
	}

	/** Shows the validator's findings on the fields; returns whether the draft may be saved. */
	boolean validate() {
		decorations.forEach((control, decoration) -> decoration.hide());
		String first = null;
		for (Map.Entry<Control, String> error : conversionErrors.entrySet()) {
			show(error.getKey(), error.getValue());
			first = first == null ? error.getValue() : first;
		}
		List<Finding> findings = ModelValidation.validate(draft, today);
		for (Finding finding : findings) {
			String text = finding.problem().in(Locale.getDefault());
			Control control = controls.get(finding.feature());
			if (control != null && !conversionErrors.containsKey(control)) {
				show(control, text);
			}
			first = first == null ? text : first;
		}
		message.accept(first);
		return first == null;
	}

	private void show(Control control, String text) {
		ControlDecoration decoration = decorations.get(control);
		decoration.setDescriptionText(text);
		decoration.show();
	}

	/** Whether anything stops a save: a date that cannot be read or a finding of the validator. */
	boolean hasErrors() {
		return !conversionErrors.isEmpty() || !ModelValidation.validate(draft, today).isEmpty();
	}

	void dispose() {
		bindings.dispose();
	}
}
