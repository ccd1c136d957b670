/**
 */
package org.madoguchi.rules;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Birthday Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Until the Nth birthday strictly after the issue date; N depends on the age at issue.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.rules.BirthdayTerm#getAdultAge <em>Adult Age</em>}</li>
 *   <li>{@link org.madoguchi.rules.BirthdayTerm#getAdultBirthdays <em>Adult Birthdays</em>}</li>
 *   <li>{@link org.madoguchi.rules.BirthdayTerm#getMinorBirthdays <em>Minor Birthdays</em>}</li>
 *   <li>{@link org.madoguchi.rules.BirthdayTerm#getEarlyRenewalBirthdays <em>Early Renewal Birthdays</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.rules.RulesPackage#getBirthdayTerm()
 * @model
 * @generated
 */
public interface BirthdayTerm extends ExpiryTerm {
	/**
	 * Returns the value of the '<em><b>Adult Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adult Age</em>' attribute.
	 * @see #setAdultAge(int)
	 * @see org.madoguchi.rules.RulesPackage#getBirthdayTerm_AdultAge()
	 * @model
	 * @generated
	 */
	int getAdultAge();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.BirthdayTerm#getAdultAge <em>Adult Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adult Age</em>' attribute.
	 * @see #getAdultAge()
	 * @generated
	 */
	void setAdultAge(int value);

	/**
	 * Returns the value of the '<em><b>Adult Birthdays</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Adult Birthdays</em>' attribute.
	 * @see #setAdultBirthdays(int)
	 * @see org.madoguchi.rules.RulesPackage#getBirthdayTerm_AdultBirthdays()
	 * @model
	 * @generated
	 */
	int getAdultBirthdays();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.BirthdayTerm#getAdultBirthdays <em>Adult Birthdays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Adult Birthdays</em>' attribute.
	 * @see #getAdultBirthdays()
	 * @generated
	 */
	void setAdultBirthdays(int value);

	/**
	 * Returns the value of the '<em><b>Minor Birthdays</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Minor Birthdays</em>' attribute.
	 * @see #setMinorBirthdays(int)
	 * @see org.madoguchi.rules.RulesPackage#getBirthdayTerm_MinorBirthdays()
	 * @model
	 * @generated
	 */
	int getMinorBirthdays();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.BirthdayTerm#getMinorBirthdays <em>Minor Birthdays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Minor Birthdays</em>' attribute.
	 * @see #getMinorBirthdays()
	 * @generated
	 */
	void setMinorBirthdays(int value);

	/**
	 * Returns the value of the '<em><b>Early Renewal Birthdays</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * N for a document renewed inside the renewal window of the one it replaces; 0: no such rule.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Early Renewal Birthdays</em>' attribute.
	 * @see #setEarlyRenewalBirthdays(int)
	 * @see org.madoguchi.rules.RulesPackage#getBirthdayTerm_EarlyRenewalBirthdays()
	 * @model
	 * @generated
	 */
	int getEarlyRenewalBirthdays();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.BirthdayTerm#getEarlyRenewalBirthdays <em>Early Renewal Birthdays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Early Renewal Birthdays</em>' attribute.
	 * @see #getEarlyRenewalBirthdays()
	 * @generated
	 */
	void setEarlyRenewalBirthdays(int value);

} // BirthdayTerm
