/**
 */
package org.madoguchi.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.madoguchi.model.Certificate;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Certificate</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.impl.CertificateImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.CertificateImpl#getIssuedOn <em>Issued On</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.CertificateImpl#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.CertificateImpl#getRevokedOn <em>Revoked On</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.CertificateImpl#getRevocationReason <em>Revocation Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CertificateImpl extends MinimalEObjectImpl.Container implements Certificate {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final CertificateKind KIND_EDEFAULT = CertificateKind.SIGNATURE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected CertificateKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getRevokedOn() <em>Revoked On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevokedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate REVOKED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevokedOn() <em>Revoked On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevokedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate revokedOn = REVOKED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getRevocationReason() <em>Revocation Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevocationReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REVOCATION_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRevocationReason() <em>Revocation Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRevocationReason()
	 * @generated
	 * @ordered
	 */
	protected String revocationReason = REVOCATION_REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CertificateImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CERTIFICATE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CertificateKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(CertificateKind newKind) {
		CertificateKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CERTIFICATE__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CERTIFICATE__ISSUED_ON, oldIssuedOn, issuedOn));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CERTIFICATE__EXPIRES_ON, oldExpiresOn, expiresOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getRevokedOn() {
		return revokedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevokedOn(LocalDate newRevokedOn) {
		LocalDate oldRevokedOn = revokedOn;
		revokedOn = newRevokedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CERTIFICATE__REVOKED_ON, oldRevokedOn, revokedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRevocationReason() {
		return revocationReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRevocationReason(String newRevocationReason) {
		String oldRevocationReason = revocationReason;
		revocationReason = newRevocationReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CERTIFICATE__REVOCATION_REASON, oldRevocationReason, revocationReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.CERTIFICATE__KIND:
				return getKind();
			case ModelPackage.CERTIFICATE__ISSUED_ON:
				return getIssuedOn();
			case ModelPackage.CERTIFICATE__EXPIRES_ON:
				return getExpiresOn();
			case ModelPackage.CERTIFICATE__REVOKED_ON:
				return getRevokedOn();
			case ModelPackage.CERTIFICATE__REVOCATION_REASON:
				return getRevocationReason();
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
			case ModelPackage.CERTIFICATE__KIND:
				setKind((CertificateKind)newValue);
				return;
			case ModelPackage.CERTIFICATE__ISSUED_ON:
				setIssuedOn((LocalDate)newValue);
				return;
			case ModelPackage.CERTIFICATE__EXPIRES_ON:
				setExpiresOn((LocalDate)newValue);
				return;
			case ModelPackage.CERTIFICATE__REVOKED_ON:
				setRevokedOn((LocalDate)newValue);
				return;
			case ModelPackage.CERTIFICATE__REVOCATION_REASON:
				setRevocationReason((String)newValue);
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
			case ModelPackage.CERTIFICATE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.CERTIFICATE__ISSUED_ON:
				setIssuedOn(ISSUED_ON_EDEFAULT);
				return;
			case ModelPackage.CERTIFICATE__EXPIRES_ON:
				setExpiresOn(EXPIRES_ON_EDEFAULT);
				return;
			case ModelPackage.CERTIFICATE__REVOKED_ON:
				setRevokedOn(REVOKED_ON_EDEFAULT);
				return;
			case ModelPackage.CERTIFICATE__REVOCATION_REASON:
				setRevocationReason(REVOCATION_REASON_EDEFAULT);
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
			case ModelPackage.CERTIFICATE__KIND:
				return kind != KIND_EDEFAULT;
			case ModelPackage.CERTIFICATE__ISSUED_ON:
				return ISSUED_ON_EDEFAULT == null ? issuedOn != null : !ISSUED_ON_EDEFAULT.equals(issuedOn);
			case ModelPackage.CERTIFICATE__EXPIRES_ON:
				return EXPIRES_ON_EDEFAULT == null ? expiresOn != null : !EXPIRES_ON_EDEFAULT.equals(expiresOn);
			case ModelPackage.CERTIFICATE__REVOKED_ON:
				return REVOKED_ON_EDEFAULT == null ? revokedOn != null : !REVOKED_ON_EDEFAULT.equals(revokedOn);
			case ModelPackage.CERTIFICATE__REVOCATION_REASON:
				return REVOCATION_REASON_EDEFAULT == null ? revocationReason != null : !REVOCATION_REASON_EDEFAULT.equals(revocationReason);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", issuedOn: ");
		result.append(issuedOn);
		result.append(", expiresOn: ");
		result.append(expiresOn);
		result.append(", revokedOn: ");
		result.append(revokedOn);
		result.append(", revocationReason: ");
		result.append(revocationReason);
		result.append(')');
		return result.toString();
	}

} //CertificateImpl
