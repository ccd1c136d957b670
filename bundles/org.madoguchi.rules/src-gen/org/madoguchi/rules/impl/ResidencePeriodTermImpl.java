/**
 */
package org.madoguchi.rules.impl;

import org.eclipse.emf.ecore.EClass;

import org.madoguchi.rules.ResidencePeriodTerm;
import org.madoguchi.rules.RulesPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Residence Period Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ResidencePeriodTermImpl extends ExpiryTermImpl implements ResidencePeriodTerm {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResidencePeriodTermImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.RESIDENCE_PERIOD_TERM;
	}

} //ResidencePeriodTermImpl
