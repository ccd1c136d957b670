/**
 */
package org.madoguchi.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Expiry Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.rules.ExpiryTerm#getId <em>Id</em>}</li>
 *   <li>{@link org.madoguchi.rules.ExpiryTerm#getDescription <em>Description</em>}</li>
 *   <li>{@link org.madoguchi.rules.ExpiryTerm#getDescriptionJa <em>Description Ja</em>}</li>
 *   <li>{@link org.madoguchi.rules.ExpiryTerm#getCategories <em>Categories</em>}</li>
 *   <li>{@link org.madoguchi.rules.ExpiryTerm#isNoticeSent <em>Notice Sent</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.rules.RulesPackage#getExpiryTerm()
 * @model abstract="true"
 * @generated
 */
public interface ExpiryTerm extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.madoguchi.rules.RulesPackage#getExpiryTerm_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.ExpiryTerm#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.madoguchi.rules.RulesPackage#getExpiryTerm_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.ExpiryTerm#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Description Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description Ja</em>' attribute.
	 * @see #setDescriptionJa(String)
	 * @see org.madoguchi.rules.RulesPackage#getExpiryTerm_DescriptionJa()
	 * @model
	 * @generated
	 */
	String getDescriptionJa();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.ExpiryTerm#getDescriptionJa <em>Description Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description Ja</em>' attribute.
	 * @see #getDescriptionJa()
	 * @generated
	 */
	void setDescriptionJa(String value);

	/**
	 * Returns the value of the '<em><b>Categories</b></em>' reference list.
	 * The list contents are of type {@link org.madoguchi.rules.StayCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The stay categories the term applies to; none: every category.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Categories</em>' reference list.
	 * @see org.madoguchi.rules.RulesPackage#getExpiryTerm_Categories()
	 * @model
	 * @generated
	 */
	List<StayCategory> getCategories();

	/**
	 * Returns the value of the '<em><b>Notice Sent</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether J-LIS mails an expiry notice when this term decides the date.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notice Sent</em>' attribute.
	 * @see #setNoticeSent(boolean)
	 * @see org.madoguchi.rules.RulesPackage#getExpiryTerm_NoticeSent()
	 * @model default="true"
	 * @generated
	 */
	boolean isNoticeSent();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.ExpiryTerm#isNoticeSent <em>Notice Sent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notice Sent</em>' attribute.
	 * @see #isNoticeSent()
	 * @generated
	 */
	void setNoticeSent(boolean value);

} // ExpiryTerm
