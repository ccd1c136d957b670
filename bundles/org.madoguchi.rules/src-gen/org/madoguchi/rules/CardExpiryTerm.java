/**
 */
package org.madoguchi.rules;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Card Expiry Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Never later than the card the document is on.
 * <!-- end-model-doc -->
 *
 *
 * @see org.madoguchi.rules.RulesPackage#getCardExpiryTerm()
 * @model
 * @generated
 */
public interface CardExpiryTerm extends ExpiryTerm {
} // CardExpiryTerm
