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
import org.eclipse.emf.common.util.Enumerator;
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
import org.madoguchi.model.validation.Finding;
import org.madoguchi.model.validation.ModelValidation;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.model.values.JapaneseDates;
import org.madoguchi.ui.internal.Countries;
import org.madoguchi.ui.internal.Messages;

/**
 * Fields bound to a draft of the model (a person, an address and its dates) with data binding,
 * checked by the model's validator at every change: every field shows the validator's finding
 * about it as a decoration, and the first finding is the form's message. Dates are accepted in
 * ISO or in the Japanese era (R7.4.1, 令和7年4月1日). The resident editor's forms and the
 * move-in and birth wizards are built of them.
 */
final class ModelForm {

	private final DataBindingContext bindings = new DataBindingContext();
	private final Map<EStructuralFeature, Control> controls = new HashMap<>();
	private final Map<Control, ControlDecoration> decorations = new HashMap<>();
	private final Map<Control, String> conversionErrors = new HashMap<>();
	private final Consumer<String> message;
	private final LocalDate today;
	private EObject draft;
	private String problem;

	/** @param message told the first problem of the form, or null when there is none */
	ModelForm(Consumer<String> message, LocalDate today) {
		this.message = message;
		this.today = today;
	}

	/** The grid the fields go into, two pairs of label and field a row; {@code validated} is what the validator checks. */
	Composite create(Composite parent, EObject validated) {
		this.draft = validated;
		Composite form = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(form);
		GridLayoutFactory.swtDefaults().numColumns(4).spacing(12, 4).applyTo(form);
		return form;
	}

	private Text field(Composite form, String label, EStructuralFeature feature) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).indent(8, 0).applyTo(text);
		decorated(text, feature);
		return text;
	}

	/** The field of {@code feature}, with the decoration that shows the validator's finding about it. */
	private void decorated(Control control, EStructuralFeature feature) {
		control.setData("feature", feature.getName());
		controls.put(feature, control);
		ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		decoration.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
		decoration.hide();
		decorations.put(control, decoration);
	}

	@SuppressWarnings("unchecked")
	void text(Composite form, String label, EObject owner, EStructuralFeature feature) {
		Text text = field(form, label, feature);
		IObservableValue<String> target = WidgetProperties.text(SWT.Modify).observe(text);
		IObservableValue<String> model = EMFProperties.value(feature).observe(owner);
		UpdateValueStrategy<String, String> toModel = UpdateValueStrategy.create(
				IConverter.create(String.class, String.class, typed -> typed == null || typed.isBlank() ? null : typed.strip()));
		bindings.bindValue(target, model, toModel, null);
		model.addValueChangeListener(event -> validate());
	}

	@SuppressWarnings("unchecked")
	void date(Composite form, String label, EObject owner, EStructuralFeature feature) {
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

	/**
	 * A nationality: a country chosen by its name in the workbench's language, or its ISO alpha-3
	 * code typed (a code the platform does not know is kept as typed); nothing is null.
	 */
	void country(Composite form, String label, EObject owner, EStructuralFeature feature) {
		new Label(form, SWT.NONE).setText(label);
		Combo combo = new Combo(form, SWT.DROP_DOWN);
		combo.setItems(Countries.choices().toArray(String[]::new));
		combo.setVisibleItemCount(15);
		GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).indent(8, 0).applyTo(combo);
		decorated(combo, feature);
		Object kept = owner.eGet(feature);
		combo.setText(kept == null ? "" : Countries.choice((String) kept));
		combo.addListener(SWT.Modify, event -> {
			// nothing typed is no nationality (the validator says so), not the model's default
			owner.eSet(feature, Countries.code(combo.getText()));
			validate();
		});
	}

	/** A choice among an enumeration's values, in the workbench's language; none chosen is null. */
	@SuppressWarnings("unchecked")
	void choice(Composite form, String label, EObject owner, EStructuralFeature feature, List<? extends Enumerator> values) {
		new Label(form, SWT.NONE).setText(label);
		Combo combo = new Combo(form, SWT.READ_ONLY);
		combo.add("");
		values.forEach(value -> combo.add(Messages.label(value)));
		GridDataFactory.fillDefaults().indent(8, 0).applyTo(combo);
		decorated(combo, feature);
		// an enumeration's default is not a choice made: only a value set shows
		combo.select(owner.eIsSet(feature) ? values.indexOf(owner.eGet(feature)) + 1 : 0);
		combo.addListener(SWT.Selection, event -> {
			int index = combo.getSelectionIndex();
			if (index <= 0) {
				owner.eUnset(feature);
			} else {
				owner.eSet(feature, values.get(index - 1));
			}
			validate();
		});
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
		problem = first;
		message.accept(first);
		return first == null;
	}

	/** The form's first problem in the workbench's language, or null when the address may be saved. */
	String problem() {
		return problem;
	}

	/** Greys the form out (a move abroad has no address in Japan) or brings it back. */
	void setEnabled(boolean enabled) {
		controls.values().forEach(control -> control.setEnabled(enabled));
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
