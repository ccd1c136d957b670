package org.madoguchi.model.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.madoguchi.model.ModelPackage;
import org.madoguchi.model.values.Problem;

/**
 * Validates a model object and everything it contains with the register's rules
 * ({@link RegisterValidator}) and EMF's structural checks. The validator is registered in a
 * registry of our own, so that nothing global changes.
 */
public final class ModelValidation {

	/** What is wrong with {@code root} and its contents, as of {@code today}; empty when all is well. */
	public static List<Finding> validate(EObject root, LocalDate today) {
		EValidator.Registry registry = new EValidatorRegistryImpl();
		registry.put(ModelPackage.eINSTANCE, new RegisterValidator(today));
		Diagnostic result = new Diagnostician(registry).validate(root);
		List<Finding> findings = new ArrayList<>();
		for (Diagnostic child : result.getChildren()) {
			List<?> data = child.getData();
			if (data.size() == 3 && data.get(2) instanceof Finding finding) {
				findings.add(finding);
			} else {
				findings.add(structural(child));
			}
		}
		return findings;
	}

	/** EMF's own checks (a required reference missing, …) name the object and feature first in their data. */
	private static Finding structural(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		EObject object = !data.isEmpty() && data.get(0) instanceof EObject first ? first : null;
		EStructuralFeature feature = data.size() > 1 && data.get(1) instanceof EStructuralFeature second ? second : null;
		return new Finding(object, feature, new Problem("model.structural", diagnostic.getMessage()));
	}

	private ModelValidation() {
	}
}
