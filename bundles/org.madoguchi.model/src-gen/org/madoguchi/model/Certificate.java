/**
 */
package org.madoguchi.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Certificate</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An electronic certificate on a card.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.Certificate#getKind <em>Kind</em>}</li>
 *   <li>{@link org.madoguchi.model.Certificate#getIssuedOn <em>Issued On</em>}</li>
 *   <li>{@link org.madoguchi.model.Certificate#getExpiresOn <em>Expires On</em>}</li>
 *   <li>{@link org.madoguchi.model.Certificate#getRevokedOn <em>Revoked On</em>}</li>
 *   <li>{@link org.madoguchi.model.Certificate#getRevocationReason <em>Revocation Reason</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.model.ModelPackage#getCertificate()
 * @model
 * @generated
 */
public interface Certificate extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.madoguchi.model.CertificateKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.madoguchi.model.CertificateKind
	 * @see #setKind(CertificateKind)
	 * @see org.madoguchi.model.ModelPackage#getCertificate_Kind()
	 * @model
	 * @generated
	 */
	CertificateKind getKind();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Certificate#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.madoguchi.model.CertificateKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(CertificateKind value);

	/**
	 * Returns the value of the '<em><b>Issued On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issued On</em>' attribute.
	 * @see #setIssuedOn(LocalDate)
	 * @see org.madoguchi.model.ModelPackage#getCertificate_IssuedOn()
	 * @model dataType="org.madoguchi.model.LocalDate"
	 * @generated
	 */
	LocalDate getIssuedOn();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Certificate#getIssuedOn <em>Issued On</em>}' attribute.
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
	 * @see org.madoguchi.model.ModelPackage#getCertificate_ExpiresOn()
	 * @model dataType="org.madoguchi.model.LocalDate"
	 * @generated
	 */
	LocalDate getExpiresOn();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Certificate#getExpiresOn <em>Expires On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expires On</em>' attribute.
	 * @see #getExpiresOn()
	 * @generated
	 */
	void setExpiresOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Revoked On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revoked On</em>' attribute.
	 * @see #setRevokedOn(LocalDate)
	 * @see org.madoguchi.model.ModelPackage#getCertificate_RevokedOn()
	 * @model dataType="org.madoguchi.model.LocalDate"
	 * @generated
	 */
	LocalDate getRevokedOn();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Certificate#getRevokedOn <em>Revoked On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revoked On</em>' attribute.
	 * @see #getRevokedOn()
	 * @generated
	 */
	void setRevokedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Revocation Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Revocation Reason</em>' attribute.
	 * @see #setRevocationReason(String)
	 * @see org.madoguchi.model.ModelPackage#getCertificate_RevocationReason()
	 * @model
	 * @generated
	 */
	String getRevocationReason();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Certificate#getRevocationReason <em>Revocation Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Revocation Reason</em>' attribute.
	 * @see #getRevocationReason()
	 * @generated
	 */
	void setRevocationReason(String value);

} // Certificate
