/**
 */
package org.madoguchi.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.ModelPackage;
import org.madoguchi.model.NotificationKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Address Entry</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.impl.AddressEntryImpl#getAddress <em>Address</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.AddressEntryImpl#getSetOn <em>Set On</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.AddressEntryImpl#getNotifiedOn <em>Notified On</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.AddressEntryImpl#getNotification <em>Notification</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AddressEntryImpl extends MinimalEObjectImpl.Container implements AddressEntry {
	/**
	 * The cached value of the '{@link #getAddress() <em>Address</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddress()
	 * @generated
	 * @ordered
	 */
	protected Address address;

	/**
	 * The default value of the '{@link #getSetOn() <em>Set On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate SET_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSetOn() <em>Set On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSetOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate setOn = SET_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotifiedOn() <em>Notified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotifiedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate NOTIFIED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotifiedOn() <em>Notified On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotifiedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate notifiedOn = NOTIFIED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotification() <em>Notification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotification()
	 * @generated
	 * @ordered
	 */
	protected static final NotificationKind NOTIFICATION_EDEFAULT = NotificationKind.REGISTRATION;

	/**
	 * The cached value of the '{@link #getNotification() <em>Notification</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotification()
	 * @generated
	 * @ordered
	 */
	protected NotificationKind notification = NOTIFICATION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AddressEntryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ADDRESS_ENTRY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Address getAddress() {
		return address;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetAddress(Address newAddress, NotificationChain msgs) {
		Address oldAddress = address;
		address = newAddress;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.ADDRESS_ENTRY__ADDRESS, oldAddress, newAddress);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAddress(Address newAddress) {
		if (newAddress != address) {
			NotificationChain msgs = null;
			if (address != null)
				msgs = ((InternalEObject)address).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.ADDRESS_ENTRY__ADDRESS, null, msgs);
			if (newAddress != null)
				msgs = ((InternalEObject)newAddress).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.ADDRESS_ENTRY__ADDRESS, null, msgs);
			msgs = basicSetAddress(newAddress, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADDRESS_ENTRY__ADDRESS, newAddress, newAddress));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSetOn() {
		return setOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSetOn(LocalDate newSetOn) {
		LocalDate oldSetOn = setOn;
		setOn = newSetOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADDRESS_ENTRY__SET_ON, oldSetOn, setOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getNotifiedOn() {
		return notifiedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotifiedOn(LocalDate newNotifiedOn) {
		LocalDate oldNotifiedOn = notifiedOn;
		notifiedOn = newNotifiedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADDRESS_ENTRY__NOTIFIED_ON, oldNotifiedOn, notifiedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationKind getNotification() {
		return notification;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotification(NotificationKind newNotification) {
		NotificationKind oldNotification = notification;
		notification = newNotification == null ? NOTIFICATION_EDEFAULT : newNotification;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADDRESS_ENTRY__NOTIFICATION, oldNotification, notification));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.ADDRESS_ENTRY__ADDRESS:
				return basicSetAddress(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ADDRESS_ENTRY__ADDRESS:
				return getAddress();
			case ModelPackage.ADDRESS_ENTRY__SET_ON:
				return getSetOn();
			case ModelPackage.ADDRESS_ENTRY__NOTIFIED_ON:
				return getNotifiedOn();
			case ModelPackage.ADDRESS_ENTRY__NOTIFICATION:
				return getNotification();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.ADDRESS_ENTRY__ADDRESS:
				setAddress((Address)newValue);
				return;
			case ModelPackage.ADDRESS_ENTRY__SET_ON:
				setSetOn((LocalDate)newValue);
				return;
			case ModelPackage.ADDRESS_ENTRY__NOTIFIED_ON:
				setNotifiedOn((LocalDate)newValue);
				return;
			case ModelPackage.ADDRESS_ENTRY__NOTIFICATION:
				setNotification((NotificationKind)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.ADDRESS_ENTRY__ADDRESS:
				setAddress((Address)null);
				return;
			case ModelPackage.ADDRESS_ENTRY__SET_ON:
				setSetOn(SET_ON_EDEFAULT);
				return;
			case ModelPackage.ADDRESS_ENTRY__NOTIFIED_ON:
				setNotifiedOn(NOTIFIED_ON_EDEFAULT);
				return;
			case ModelPackage.ADDRESS_ENTRY__NOTIFICATION:
				setNotification(NOTIFICATION_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.ADDRESS_ENTRY__ADDRESS:
				return address != null;
			case ModelPackage.ADDRESS_ENTRY__SET_ON:
				return SET_ON_EDEFAULT == null ? setOn != null : !SET_ON_EDEFAULT.equals(setOn);
			case ModelPackage.ADDRESS_ENTRY__NOTIFIED_ON:
				return NOTIFIED_ON_EDEFAULT == null ? notifiedOn != null : !NOTIFIED_ON_EDEFAULT.equals(notifiedOn);
			case ModelPackage.ADDRESS_ENTRY__NOTIFICATION:
				return notification != NOTIFICATION_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (setOn: ");
		result.append(setOn);
		result.append(", notifiedOn: ");
		result.append(notifiedOn);
		result.append(", notification: ");
		result.append(notification);
		result.append(')');
		return result.toString();
	}

} //AddressEntryImpl
