/**
 */
package org.madoguchi.rules;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Residence Period Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Until the end of the holder's period of stay.
 * <!-- end-model-doc -->
 *
 *
 * @see org.madoguchi.rules.RulesPackage#getResidencePeriodTerm()
 * @model
 * @generated
 */
public interface ResidencePeriodTerm extends ExpiryTerm {
} // ResidencePeriodTerm
