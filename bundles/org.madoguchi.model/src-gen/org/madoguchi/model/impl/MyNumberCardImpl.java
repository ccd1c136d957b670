/**
 */
package org.madoguchi.model.impl;

import java.time.LocalDate;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.madoguchi.model.CardApplication;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Certificate;
import org.madoguchi.model.ModelPackage;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.StatusTransition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>My Number Card</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.impl.MyNumberCardImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.MyNumberCardImpl#getSerial <em>Serial</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.MyNumberCardImpl#getApplication <em>Application</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.MyNumberCardImpl#getIssuedOn <em>Issued On</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.MyNumberCardImpl#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.MyNumberCardImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.MyNumberCardImpl#getTransitions <em>Transitions</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.MyNumberCardImpl#getCertificates <em>Certificates</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MyNumberCardImpl extends MinimalEObjectImpl.Container implements MyNumberCard {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final long ID_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected long id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getSerial() <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerial()
	 * @generated
	 * @ordered
	 */
	protected static final String SERIAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSerial() <em>Serial</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSerial()
	 * @generated
	 * @ordered
	 */
	protected String serial = SERIAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getApplication() <em>Application</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getApplication()
	 * @generated
	 * @ordered
	 */
	protected CardApplication application;

	/**
	 * The default value of the '{@link #getIssuedOn() <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ISSUED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuedOn() <em>Issued On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate issuedOn = ISSUED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate EXPIRES_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExpiresOn() <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExpiresOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate expiresOn = EXPIRES_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final CardStatus STATUS_EDEFAULT = CardStatus.APPLIED;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected CardStatus status = STATUS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTransitions() <em>Transitions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTransitions()
	 * @generated
	 * @ordered
	 */
	protected EList<StatusTransition> transitions;

	/**
	 * The cached value of the '{@link #getCertificates() <em>Certificates</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCertificates()
	 * @generated
	 * @ordered
	 */
	protected EList<Certificate> certificates;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MyNumberCardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MY_NUMBER_CARD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(long newId) {
		long oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MY_NUMBER_CARD__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSerial() {
		return serial;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSerial(String newSerial) {
		String oldSerial = serial;
		serial = newSerial;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MY_NUMBER_CARD__SERIAL, oldSerial, serial));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CardApplication getApplication() {
		return application;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetApplication(CardApplication newApplication, NotificationChain msgs) {
		CardApplication oldApplication = application;
		application = newApplication;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.MY_NUMBER_CARD__APPLICATION, oldApplication, newApplication);
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
	public void setApplication(CardApplication newApplication) {
		if (newApplication != application) {
			NotificationChain msgs = null;
			if (application != null)
				msgs = ((InternalEObject)application).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.MY_NUMBER_CARD__APPLICATION, null, msgs);
			if (newApplication != null)
				msgs = ((InternalEObject)newApplication).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.MY_NUMBER_CARD__APPLICATION, null, msgs);
			msgs = basicSetApplication(newApplication, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MY_NUMBER_CARD__APPLICATION, newApplication, newApplication));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getIssuedOn() {
		return issuedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuedOn(LocalDate newIssuedOn) {
		LocalDate oldIssuedOn = issuedOn;
		issuedOn = newIssuedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MY_NUMBER_CARD__ISSUED_ON, oldIssuedOn, issuedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getExpiresOn() {
		return expiresOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExpiresOn(LocalDate newExpiresOn) {
		LocalDate oldExpiresOn = expiresOn;
		expiresOn = newExpiresOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MY_NUMBER_CARD__EXPIRES_ON, oldExpiresOn, expiresOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CardStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(CardStatus newStatus) {
		CardStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MY_NUMBER_CARD__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<StatusTransition> getTransitions() {
		if (transitions == null) {
			transitions = new EObjectContainmentEList<StatusTransition>(StatusTransition.class, this, ModelPackage.MY_NUMBER_CARD__TRANSITIONS);
		}
		return transitions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<Certificate> getCertificates() {
		if (certificates == null) {
			certificates = new EObjectContainmentEList<Certificate>(Certificate.class, this, ModelPackage.MY_NUMBER_CARD__CERTIFICATES);
		}
		return certificates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.MY_NUMBER_CARD__APPLICATION:
				return basicSetApplication(null, msgs);
			case ModelPackage.MY_NUMBER_CARD__TRANSITIONS:
				return ((InternalEList<?>)getTransitions()).basicRemove(otherEnd, msgs);
			case ModelPackage.MY_NUMBER_CARD__CERTIFICATES:
				return ((InternalEList<?>)getCertificates()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.MY_NUMBER_CARD__ID:
				return getId();
			case ModelPackage.MY_NUMBER_CARD__SERIAL:
				return getSerial();
			case ModelPackage.MY_NUMBER_CARD__APPLICATION:
				return getApplication();
			case ModelPackage.MY_NUMBER_CARD__ISSUED_ON:
				return getIssuedOn();
			case ModelPackage.MY_NUMBER_CARD__EXPIRES_ON:
				return getExpiresOn();
			case ModelPackage.MY_NUMBER_CARD__STATUS:
				return getStatus();
			case ModelPackage.MY_NUMBER_CARD__TRANSITIONS:
				return getTransitions();
			case ModelPackage.MY_NUMBER_CARD__CERTIFICATES:
				return getCertificates();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.MY_NUMBER_CARD__ID:
				setId((Long)newValue);
				return;
			case ModelPackage.MY_NUMBER_CARD__SERIAL:
				setSerial((String)newValue);
				return;
			case ModelPackage.MY_NUMBER_CARD__APPLICATION:
				setApplication((CardApplication)newValue);
				return;
			case ModelPackage.MY_NUMBER_CARD__ISSUED_ON:
				setIssuedOn((LocalDate)newValue);
				return;
			case ModelPackage.MY_NUMBER_CARD__EXPIRES_ON:
				setExpiresOn((LocalDate)newValue);
				return;
			case ModelPackage.MY_NUMBER_CARD__STATUS:
				setStatus((CardStatus)newValue);
				return;
			case ModelPackage.MY_NUMBER_CARD__TRANSITIONS:
				getTransitions().clear();
				getTransitions().addAll((Collection<? extends StatusTransition>)newValue);
				return;
			case ModelPackage.MY_NUMBER_CARD__CERTIFICATES:
				getCertificates().clear();
				getCertificates().addAll((Collection<? extends Certificate>)newValue);
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
			case ModelPackage.MY_NUMBER_CARD__ID:
				setId(ID_EDEFAULT);
				return;
			case ModelPackage.MY_NUMBER_CARD__SERIAL:
				setSerial(SERIAL_EDEFAULT);
				return;
			case ModelPackage.MY_NUMBER_CARD__APPLICATION:
				setApplication((CardApplication)null);
				return;
			case ModelPackage.MY_NUMBER_CARD__ISSUED_ON:
				setIssuedOn(ISSUED_ON_EDEFAULT);
				return;
			case ModelPackage.MY_NUMBER_CARD__EXPIRES_ON:
				setExpiresOn(EXPIRES_ON_EDEFAULT);
				return;
			case ModelPackage.MY_NUMBER_CARD__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case ModelPackage.MY_NUMBER_CARD__TRANSITIONS:
				getTransitions().clear();
				return;
			case ModelPackage.MY_NUMBER_CARD__CERTIFICATES:
				getCertificates().clear();
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
			case ModelPackage.MY_NUMBER_CARD__ID:
				return id != ID_EDEFAULT;
			case ModelPackage.MY_NUMBER_CARD__SERIAL:
				return SERIAL_EDEFAULT == null ? serial != null : !SERIAL_EDEFAULT.equals(serial);
			case ModelPackage.MY_NUMBER_CARD__APPLICATION:
				return application != null;
			case ModelPackage.MY_NUMBER_CARD__ISSUED_ON:
				return ISSUED_ON_EDEFAULT == null ? issuedOn != null : !ISSUED_ON_EDEFAULT.equals(issuedOn);
			case ModelPackage.MY_NUMBER_CARD__EXPIRES_ON:
				return EXPIRES_ON_EDEFAULT == null ? expiresOn != null : !EXPIRES_ON_EDEFAULT.equals(expiresOn);
			case ModelPackage.MY_NUMBER_CARD__STATUS:
				return status != STATUS_EDEFAULT;
			case ModelPackage.MY_NUMBER_CARD__TRANSITIONS:
				return transitions != null && !transitions.isEmpty();
			case ModelPackage.MY_NUMBER_CARD__CERTIFICATES:
				return certificates != null && !certificates.isEmpty();
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
		result.append(" (id: ");
		result.append(id);
		result.append(", serial: ");
		result.append(serial);
		result.append(", issuedOn: ");
		result.append(issuedOn);
		result.append(", expiresOn: ");
		result.append(expiresOn);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //MyNumberCardImpl
