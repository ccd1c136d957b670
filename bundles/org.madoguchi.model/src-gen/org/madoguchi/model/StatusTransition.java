/**
 */
package org.madoguchi.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Status Transition</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A dated, attributed change of a card's status.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.StatusTransition#getFrom <em>From</em>}</li>
 *   <li>{@link org.madoguchi.model.StatusTransition#getTo <em>To</em>}</li>
 *   <li>{@link org.madoguchi.model.StatusTransition#getDate <em>Date</em>}</li>
 *   <li>{@link org.madoguchi.model.StatusTransition#getOperator <em>Operator</em>}</li>
 *   <li>{@link org.madoguchi.model.StatusTransition#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.model.ModelPackage#getStatusTransition()
 * @model
 * @generated
 */
public interface StatusTransition extends EObject {
	/**
	 * Returns the value of the '<em><b>From</b></em>' attribute.
	 * The literals are from the enumeration {@link org.madoguchi.model.CardStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>From</em>' attribute.
	 * @see org.madoguchi.model.CardStatus
	 * @see #setFrom(CardStatus)
	 * @see org.madoguchi.model.ModelPackage#getStatusTransition_From()
	 * @model
	 * @generated
	 */
	CardStatus getFrom();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.StatusTransition#getFrom <em>From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From</em>' attribute.
	 * @see org.madoguchi.model.CardStatus
	 * @see #getFrom()
	 * @generated
	 */
	void setFrom(CardStatus value);

	/**
	 * Returns the value of the '<em><b>To</b></em>' attribute.
	 * The literals are from the enumeration {@link org.madoguchi.model.CardStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>To</em>' attribute.
	 * @see org.madoguchi.model.CardStatus
	 * @see #setTo(CardStatus)
	 * @see org.madoguchi.model.ModelPackage#getStatusTransition_To()
	 * @model
	 * @generated
	 */
	CardStatus getTo();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.StatusTransition#getTo <em>To</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>To</em>' attribute.
	 * @see org.madoguchi.model.CardStatus
	 * @see #getTo()
	 * @generated
	 */
	void setTo(CardStatus value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.madoguchi.model.ModelPackage#getStatusTransition_Date()
	 * @model dataType="org.madoguchi.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.StatusTransition#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Operator</em>' attribute.
	 * @see #setOperator(String)
	 * @see org.madoguchi.model.ModelPackage#getStatusTransition_Operator()
	 * @model
	 * @generated
	 */
	String getOperator();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.StatusTransition#getOperator <em>Operator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Operator</em>' attribute.
	 * @see #getOperator()
	 * @generated
	 */
	void setOperator(String value);

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see org.madoguchi.model.ModelPackage#getStatusTransition_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.StatusTransition#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // StatusTransition
