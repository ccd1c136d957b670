/**
 */
package org.madoguchi.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Document Rule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How long one document (the card or a certificate) is valid: of the terms that apply to the holder's stay category, the earliest date decides.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.rules.DocumentRule#getTerms <em>Terms</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.rules.RulesPackage#getDocumentRule()
 * @model
 * @generated
 */
public interface DocumentRule extends EObject {
	/**
	 * Returns the value of the '<em><b>Terms</b></em>' containment reference list.
	 * The list contents are of type {@link org.madoguchi.rules.ExpiryTerm}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Terms</em>' containment reference list.
	 * @see org.madoguchi.rules.RulesPackage#getDocumentRule_Terms()
	 * @model containment="true"
	 * @generated
	 */
	List<ExpiryTerm> getTerms();

} // DocumentRule
