/**
 */
package org.madoguchi.model;

import java.time.LocalDate;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>My Number Card</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A My Number Card from application to end of life.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.MyNumberCard#getId <em>Id</em>}</li>
 *   <li>{@link org.madoguchi.model.MyNumberCard#getSerial <em>Serial</em>}</li>
 *   <li>{@link org.madoguchi.model.MyNumberCard#getApplication <em>Application</em>}</li>
 *   <li>{@link org.madoguchi.model.MyNumberCard#getIssuedOn <em>Issued On</em>}</li>
 *   <li>{@link org.madoguchi.model.MyNumberCard#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.madoguchi.model.MyNumberCard#getStatus <em>Status</em>}</li>
 *   <li>{@link org.madoguchi.model.MyNumberCard#getTransitions <em>Transitions</em>}</li>
 *   <li>{@link org.madoguchi.model.MyNumberCard#getCertificates <em>Certificates</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.model.ModelPackage#getMyNumberCard()
 * @model
 * @generated
 */
public interface MyNumberCard extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier assigned by the store; 0 before the card is stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.madoguchi.model.ModelPackage#getMyNumberCard_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.MyNumberCard#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Serial</em>' attribute.
	 * @see #setSerial(String)
	 * @see org.madoguchi.model.ModelPackage#getMyNumberCard_Serial()
	 * @model
	 * @generated
	 */
	String getSerial();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.MyNumberCard#getSerial <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Serial</em>' attribute.
	 * @see #getSerial()
	 * @generated
	 */
	void setSerial(String value);

	/**
	 * Returns the value of the '<em><b>Application</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Application</em>' containment reference.
	 * @see #setApplication(CardApplication)
	 * @see org.madoguchi.model.ModelPackage#getMyNumberCard_Application()
	 * @model containment="true"
	 * @generated
	 */
	CardApplication getApplication();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.MyNumberCard#getApplication <em>Application</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Application</em>' containment reference.
	 * @see #getApplication()
	 * @generated
	 */
	void setApplication(CardApplication value);

	/**
	 * Returns the value of the '<em><b>Issued On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Issue date: the day J-LIS produced the card.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Issued On</em>' attribute.
	 * @see #setIssuedOn(LocalDate)
	 * @see org.madoguchi.model.ModelPackage#getMyNumberCard_IssuedOn()
	 * @model dataType="org.madoguchi.model.LocalDate"
	 * @generated
	 */
	LocalDate getIssuedOn();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.MyNumberCard#getIssuedOn <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued On</em>' attribute.
	 * @see #getIssuedOn()
	 * @generated
	 */
	void setIssuedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expires On</em>' attribute.
	 * @see #setExpiresOn(LocalDate)
	 * @see org.madoguchi.model.ModelPackage#getMyNumberCard_ExpiresOn()
	 * @model dataType="org.madoguchi.model.LocalDate"
	 * @generated
	 */
	LocalDate getExpiresOn();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.MyNumberCard#getExpiresOn <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expires On</em>' attribute.
	 * @see #getExpiresOn()
	 * @generated
	 */
	void setExpiresOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.madoguchi.model.CardStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.madoguchi.model.CardStatus
	 * @see #setStatus(CardStatus)
	 * @see org.madoguchi.model.ModelPackage#getMyNumberCard_Status()
	 * @model
	 * @generated
	 */
	CardStatus getStatus();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.MyNumberCard#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.madoguchi.model.CardStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(CardStatus value);

	/**
	 * Returns the value of the '<em><b>Transitions</b></em>' containment reference list.
	 * The list contents are of type {@link org.madoguchi.model.StatusTransition}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every status change, dated and attributed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Transitions</em>' containment reference list.
	 * @see org.madoguchi.model.ModelPackage#getMyNumberCard_Transitions()
	 * @model containment="true"
	 * @generated
	 */
	List<StatusTransition> getTransitions();

	/**
	 * Returns the value of the '<em><b>Certificates</b></em>' containment reference list.
	 * The list contents are of type {@link org.madoguchi.model.Certificate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Certificates</em>' containment reference list.
	 * @see org.madoguchi.model.ModelPackage#getMyNumberCard_Certificates()
	 * @model containment="true"
	 * @generated
	 */
	List<Certificate> getCertificates();

} // MyNumberCard
