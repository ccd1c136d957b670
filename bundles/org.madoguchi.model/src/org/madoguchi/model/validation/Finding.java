package org.madoguchi.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.madoguchi.model.values.Problem;

/** One thing the validator found wrong: where (object and field) and why. */
public record Finding(EObject object, EStructuralFeature feature, Problem problem) {
}
