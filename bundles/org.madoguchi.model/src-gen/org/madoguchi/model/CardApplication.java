/**
 */
package org.madoguchi.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Card Application</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An application for a My Number Card.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.CardApplication#getReceivedOn <em>Received On</em>}</li>
 *   <li>{@link org.madoguchi.model.CardApplication#getChannel <em>Channel</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.model.ModelPackage#getCardApplication()
 * @model
 * @generated
 */
public interface CardApplication extends EObject {
	/**
	 * Returns the value of the '<em><b>Received On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day J-LIS received the application; decides which rule set applies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Received On</em>' attribute.
	 * @see #setReceivedOn(LocalDate)
	 * @see org.madoguchi.model.ModelPackage#getCardApplication_ReceivedOn()
	 * @model dataType="org.madoguchi.model.LocalDate"
	 * @generated
	 */
	LocalDate getReceivedOn();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.CardApplication#getReceivedOn <em>Received On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Received On</em>' attribute.
	 * @see #getReceivedOn()
	 * @generated
	 */
	void setReceivedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Channel</b></em>' attribute.
	 * The literals are from the enumeration {@link org.madoguchi.model.ApplicationChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channel</em>' attribute.
	 * @see org.madoguchi.model.ApplicationChannel
	 * @see #isSetChannel()
	 * @see #unsetChannel()
	 * @see #setChannel(ApplicationChannel)
	 * @see org.madoguchi.model.ModelPackage#getCardApplication_Channel()
	 * @model unsettable="true"
	 * @generated
	 */
	ApplicationChannel getChannel();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.CardApplication#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channel</em>' attribute.
	 * @see org.madoguchi.model.ApplicationChannel
	 * @see #isSetChannel()
	 * @see #unsetChannel()
	 * @see #getChannel()
	 * @generated
	 */
	void setChannel(ApplicationChannel value);

	/**
	 * Unsets the value of the '{@link org.madoguchi.model.CardApplication#getChannel <em>Channel</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetChannel()
	 * @see #getChannel()
	 * @see #setChannel(ApplicationChannel)
	 * @generated
	 */
	void unsetChannel();

	/**
	 * Returns whether the value of the '{@link org.madoguchi.model.CardApplication#getChannel <em>Channel</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Channel</em>' attribute is set.
	 * @see #unsetChannel()
	 * @see #getChannel()
	 * @see #setChannel(ApplicationChannel)
	 * @generated
	 */
	boolean isSetChannel();

} // CardApplication
