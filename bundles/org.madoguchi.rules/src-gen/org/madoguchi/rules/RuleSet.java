/**
 */
package org.madoguchi.rules;

import java.time.LocalDate;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Rule Set</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The rules for applications received by J-LIS in [receivedFrom, receivedBefore).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.rules.RuleSet#getId <em>Id</em>}</li>
 *   <li>{@link org.madoguchi.rules.RuleSet#getLabel <em>Label</em>}</li>
 *   <li>{@link org.madoguchi.rules.RuleSet#getLabelJa <em>Label Ja</em>}</li>
 *   <li>{@link org.madoguchi.rules.RuleSet#getReceivedFrom <em>Received From</em>}</li>
 *   <li>{@link org.madoguchi.rules.RuleSet#getReceivedBefore <em>Received Before</em>}</li>
 *   <li>{@link org.madoguchi.rules.RuleSet#getLeapDayBirthday <em>Leap Day Birthday</em>}</li>
 *   <li>{@link org.madoguchi.rules.RuleSet#getRenewalWindowMonths <em>Renewal Window Months</em>}</li>
 *   <li>{@link org.madoguchi.rules.RuleSet#getSignatureCertificateMinimumAge <em>Signature Certificate Minimum Age</em>}</li>
 *   <li>{@link org.madoguchi.rules.RuleSet#getStayCategories <em>Stay Categories</em>}</li>
 *   <li>{@link org.madoguchi.rules.RuleSet#getCard <em>Card</em>}</li>
 *   <li>{@link org.madoguchi.rules.RuleSet#getUserCertificate <em>User Certificate</em>}</li>
 *   <li>{@link org.madoguchi.rules.RuleSet#getSignatureCertificate <em>Signature Certificate</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.rules.RulesPackage#getRuleSet()
 * @model
 * @generated
 */
public interface RuleSet extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.madoguchi.rules.RulesPackage#getRuleSet_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.RuleSet#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.madoguchi.rules.RulesPackage#getRuleSet_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.RuleSet#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Label Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Ja</em>' attribute.
	 * @see #setLabelJa(String)
	 * @see org.madoguchi.rules.RulesPackage#getRuleSet_LabelJa()
	 * @model
	 * @generated
	 */
	String getLabelJa();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.RuleSet#getLabelJa <em>Label Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Ja</em>' attribute.
	 * @see #getLabelJa()
	 * @generated
	 */
	void setLabelJa(String value);

	/**
	 * Returns the value of the '<em><b>Received From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First receipt date the set applies to; unset: no lower bound.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Received From</em>' attribute.
	 * @see #setReceivedFrom(LocalDate)
	 * @see org.madoguchi.rules.RulesPackage#getRuleSet_ReceivedFrom()
	 * @model dataType="org.madoguchi.model.LocalDate"
	 * @generated
	 */
	LocalDate getReceivedFrom();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.RuleSet#getReceivedFrom <em>Received From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received From</em>' attribute.
	 * @see #getReceivedFrom()
	 * @generated
	 */
	void setReceivedFrom(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Received Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First receipt date the set no longer applies to; unset: no upper bound.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Received Before</em>' attribute.
	 * @see #setReceivedBefore(LocalDate)
	 * @see org.madoguchi.rules.RulesPackage#getRuleSet_ReceivedBefore()
	 * @model dataType="org.madoguchi.model.LocalDate"
	 * @generated
	 */
	LocalDate getReceivedBefore();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.RuleSet#getReceivedBefore <em>Received Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received Before</em>' attribute.
	 * @see #getReceivedBefore()
	 * @generated
	 */
	void setReceivedBefore(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Leap Day Birthday</b></em>' attribute.
	 * The literals are from the enumeration {@link org.madoguchi.rules.LeapDayBirthday}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day a 29 February birthday falls on in a common year: the sources leave it open, so each rule set states it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Leap Day Birthday</em>' attribute.
	 * @see org.madoguchi.rules.LeapDayBirthday
	 * @see #setLeapDayBirthday(LeapDayBirthday)
	 * @see org.madoguchi.rules.RulesPackage#getRuleSet_LeapDayBirthday()
	 * @model
	 * @generated
	 */
	LeapDayBirthday getLeapDayBirthday();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.RuleSet#getLeapDayBirthday <em>Leap Day Birthday</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Leap Day Birthday</em>' attribute.
	 * @see org.madoguchi.rules.LeapDayBirthday
	 * @see #getLeapDayBirthday()
	 * @generated
	 */
	void setLeapDayBirthday(LeapDayBirthday value);

	/**
	 * Returns the value of the '<em><b>Renewal Window Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Renewal is possible from this many months before expiry.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Renewal Window Months</em>' attribute.
	 * @see #setRenewalWindowMonths(int)
	 * @see org.madoguchi.rules.RulesPackage#getRuleSet_RenewalWindowMonths()
	 * @model
	 * @generated
	 */
	int getRenewalWindowMonths();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.RuleSet#getRenewalWindowMonths <em>Renewal Window Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Renewal Window Months</em>' attribute.
	 * @see #getRenewalWindowMonths()
	 * @generated
	 */
	void setRenewalWindowMonths(int value);

	/**
	 * Returns the value of the '<em><b>Signature Certificate Minimum Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * No signature certificate is issued to a person younger than this at issue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Signature Certificate Minimum Age</em>' attribute.
	 * @see #setSignatureCertificateMinimumAge(int)
	 * @see org.madoguchi.rules.RulesPackage#getRuleSet_SignatureCertificateMinimumAge()
	 * @model
	 * @generated
	 */
	int getSignatureCertificateMinimumAge();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.RuleSet#getSignatureCertificateMinimumAge <em>Signature Certificate Minimum Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature Certificate Minimum Age</em>' attribute.
	 * @see #getSignatureCertificateMinimumAge()
	 * @generated
	 */
	void setSignatureCertificateMinimumAge(int value);

	/**
	 * Returns the value of the '<em><b>Stay Categories</b></em>' containment reference list.
	 * The list contents are of type {@link org.madoguchi.rules.StayCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stay Categories</em>' containment reference list.
	 * @see org.madoguchi.rules.RulesPackage#getRuleSet_StayCategories()
	 * @model containment="true"
	 * @generated
	 */
	List<StayCategory> getStayCategories();

	/**
	 * Returns the value of the '<em><b>Card</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Card</em>' containment reference.
	 * @see #setCard(DocumentRule)
	 * @see org.madoguchi.rules.RulesPackage#getRuleSet_Card()
	 * @model containment="true" required="true"
	 * @generated
	 */
	DocumentRule getCard();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.RuleSet#getCard <em>Card</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Card</em>' containment reference.
	 * @see #getCard()
	 * @generated
	 */
	void setCard(DocumentRule value);

	/**
	 * Returns the value of the '<em><b>User Certificate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>User Certificate</em>' containment reference.
	 * @see #setUserCertificate(DocumentRule)
	 * @see org.madoguchi.rules.RulesPackage#getRuleSet_UserCertificate()
	 * @model containment="true" required="true"
	 * @generated
	 */
	DocumentRule getUserCertificate();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.RuleSet#getUserCertificate <em>User Certificate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>User Certificate</em>' containment reference.
	 * @see #getUserCertificate()
	 * @generated
	 */
	void setUserCertificate(DocumentRule value);

	/**
	 * Returns the value of the '<em><b>Signature Certificate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signature Certificate</em>' containment reference.
	 * @see #setSignatureCertificate(DocumentRule)
	 * @see org.madoguchi.rules.RulesPackage#getRuleSet_SignatureCertificate()
	 * @model containment="true" required="true"
	 * @generated
	 */
	DocumentRule getSignatureCertificate();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.RuleSet#getSignatureCertificate <em>Signature Certificate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signature Certificate</em>' containment reference.
	 * @see #getSignatureCertificate()
	 * @generated
	 */
	void setSignatureCertificate(DocumentRule value);

} // RuleSet
