/**
 */
package org.madoguchi.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Municipality</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A local government (市区町村) with its 6-digit local government code.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.Municipality#getCode <em>Code</em>}</li>
 *   <li>{@link org.madoguchi.model.Municipality#getName <em>Name</em>}</li>
 *   <li>{@link org.madoguchi.model.Municipality#getKanaName <em>Kana Name</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.model.ModelPackage#getMunicipality()
 * @model
 * @generated
 */
public interface Municipality extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 6 digits: prefecture (2), municipality (3), check digit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.madoguchi.model.ModelPackage#getMunicipality_Code()
	 * @model
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Municipality#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.madoguchi.model.ModelPackage#getMunicipality_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Municipality#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kana Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kana Name</em>' attribute.
	 * @see #setKanaName(String)
	 * @see org.madoguchi.model.ModelPackage#getMunicipality_KanaName()
	 * @model
	 * @generated
	 */
	String getKanaName();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Municipality#getKanaName <em>Kana Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kana Name</em>' attribute.
	 * @see #getKanaName()
	 * @generated
	 */
	void setKanaName(String value);

} // Municipality
