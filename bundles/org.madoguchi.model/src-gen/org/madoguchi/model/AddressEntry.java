/**
 */
package org.madoguchi.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Address Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One entry of a resident's address history; entries are added, never overwritten.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.AddressEntry#getAddress <em>Address</em>}</li>
 *   <li>{@link org.madoguchi.model.AddressEntry#getSetOn <em>Set On</em>}</li>
 *   <li>{@link org.madoguchi.model.AddressEntry#getNotifiedOn <em>Notified On</em>}</li>
 *   <li>{@link org.madoguchi.model.AddressEntry#getNotification <em>Notification</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.model.ModelPackage#getAddressEntry()
 * @model
 * @generated
 */
public interface AddressEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Address</em>' containment reference.
	 * @see #setAddress(Address)
	 * @see org.madoguchi.model.ModelPackage#getAddressEntry_Address()
	 * @model containment="true" required="true"
	 * @generated
	 */
	Address getAddress();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.AddressEntry#getAddress <em>Address</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Address</em>' containment reference.
	 * @see #getAddress()
	 * @generated
	 */
	void setAddress(Address value);

	/**
	 * Returns the value of the '<em><b>Set On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the resident began to live at the address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Set On</em>' attribute.
	 * @see #setSetOn(LocalDate)
	 * @see org.madoguchi.model.ModelPackage#getAddressEntry_SetOn()
	 * @model dataType="org.madoguchi.model.LocalDate"
	 * @generated
	 */
	LocalDate getSetOn();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.AddressEntry#getSetOn <em>Set On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Set On</em>' attribute.
	 * @see #getSetOn()
	 * @generated
	 */
	void setSetOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Notified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the notification was filed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notified On</em>' attribute.
	 * @see #setNotifiedOn(LocalDate)
	 * @see org.madoguchi.model.ModelPackage#getAddressEntry_NotifiedOn()
	 * @model dataType="org.madoguchi.model.LocalDate"
	 * @generated
	 */
	LocalDate getNotifiedOn();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.AddressEntry#getNotifiedOn <em>Notified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notified On</em>' attribute.
	 * @see #getNotifiedOn()
	 * @generated
	 */
	void setNotifiedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Notification</b></em>' attribute.
	 * The literals are from the enumeration {@link org.madoguchi.model.NotificationKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notification</em>' attribute.
	 * @see org.madoguchi.model.NotificationKind
	 * @see #setNotification(NotificationKind)
	 * @see org.madoguchi.model.ModelPackage#getAddressEntry_Notification()
	 * @model
	 * @generated
	 */
	NotificationKind getNotification();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.AddressEntry#getNotification <em>Notification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notification</em>' attribute.
	 * @see org.madoguchi.model.NotificationKind
	 * @see #getNotification()
	 * @generated
	 */
	void setNotification(NotificationKind value);

} // AddressEntry
