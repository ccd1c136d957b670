/**
 */
package org.madoguchi.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Address</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A jūminhyō address: prefecture, municipality, town, chōme, block or lot number, building and room.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.Address#getPostalCode <em>Postal Code</em>}</li>
 *   <li>{@link org.madoguchi.model.Address#getPrefecture <em>Prefecture</em>}</li>
 *   <li>{@link org.madoguchi.model.Address#getMunicipalityCode <em>Municipality Code</em>}</li>
 *   <li>{@link org.madoguchi.model.Address#getMunicipalityName <em>Municipality Name</em>}</li>
 *   <li>{@link org.madoguchi.model.Address#getTown <em>Town</em>}</li>
 *   <li>{@link org.madoguchi.model.Address#getChome <em>Chome</em>}</li>
 *   <li>{@link org.madoguchi.model.Address#getNumber <em>Number</em>}</li>
 *   <li>{@link org.madoguchi.model.Address#getNumberStyle <em>Number Style</em>}</li>
 *   <li>{@link org.madoguchi.model.Address#getBuilding <em>Building</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.model.ModelPackage#getAddress()
 * @model
 * @generated
 */
public interface Address extends EObject {
	/**
	 * Returns the value of the '<em><b>Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 7 ASCII digits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Postal Code</em>' attribute.
	 * @see #setPostalCode(String)
	 * @see org.madoguchi.model.ModelPackage#getAddress_PostalCode()
	 * @model
	 * @generated
	 */
	String getPostalCode();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Address#getPostalCode <em>Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Postal Code</em>' attribute.
	 * @see #getPostalCode()
	 * @generated
	 */
	void setPostalCode(String value);

	/**
	 * Returns the value of the '<em><b>Prefecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prefecture</em>' attribute.
	 * @see #setPrefecture(String)
	 * @see org.madoguchi.model.ModelPackage#getAddress_Prefecture()
	 * @model
	 * @generated
	 */
	String getPrefecture();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Address#getPrefecture <em>Prefecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prefecture</em>' attribute.
	 * @see #getPrefecture()
	 * @generated
	 */
	void setPrefecture(String value);

	/**
	 * Returns the value of the '<em><b>Municipality Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Municipality Code</em>' attribute.
	 * @see #setMunicipalityCode(String)
	 * @see org.madoguchi.model.ModelPackage#getAddress_MunicipalityCode()
	 * @model
	 * @generated
	 */
	String getMunicipalityCode();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Address#getMunicipalityCode <em>Municipality Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Municipality Code</em>' attribute.
	 * @see #getMunicipalityCode()
	 * @generated
	 */
	void setMunicipalityCode(String value);

	/**
	 * Returns the value of the '<em><b>Municipality Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Municipality Name</em>' attribute.
	 * @see #setMunicipalityName(String)
	 * @see org.madoguchi.model.ModelPackage#getAddress_MunicipalityName()
	 * @model
	 * @generated
	 */
	String getMunicipalityName();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Address#getMunicipalityName <em>Municipality Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Municipality Name</em>' attribute.
	 * @see #getMunicipalityName()
	 * @generated
	 */
	void setMunicipalityName(String value);

	/**
	 * Returns the value of the '<em><b>Town</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Town or ōaza (町・大字).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Town</em>' attribute.
	 * @see #setTown(String)
	 * @see org.madoguchi.model.ModelPackage#getAddress_Town()
	 * @model
	 * @generated
	 */
	String getTown();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Address#getTown <em>Town</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Town</em>' attribute.
	 * @see #getTown()
	 * @generated
	 */
	void setTown(String value);

	/**
	 * Returns the value of the '<em><b>Chome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Chōme (丁目), as written; may be empty.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Chome</em>' attribute.
	 * @see #setChome(String)
	 * @see org.madoguchi.model.ModelPackage#getAddress_Chome()
	 * @model
	 * @generated
	 */
	String getChome();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Address#getChome <em>Chome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chome</em>' attribute.
	 * @see #getChome()
	 * @generated
	 */
	void setChome(String value);

	/**
	 * Returns the value of the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Block and house number as written: N番N号 (residence indication) or N番地N (lot number).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Number</em>' attribute.
	 * @see #setNumber(String)
	 * @see org.madoguchi.model.ModelPackage#getAddress_Number()
	 * @model
	 * @generated
	 */
	String getNumber();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Address#getNumber <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number</em>' attribute.
	 * @see #getNumber()
	 * @generated
	 */
	void setNumber(String value);

	/**
	 * Returns the value of the '<em><b>Number Style</b></em>' attribute.
	 * The literals are from the enumeration {@link org.madoguchi.model.AddressNumberStyle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Number Style</em>' attribute.
	 * @see org.madoguchi.model.AddressNumberStyle
	 * @see #isSetNumberStyle()
	 * @see #unsetNumberStyle()
	 * @see #setNumberStyle(AddressNumberStyle)
	 * @see org.madoguchi.model.ModelPackage#getAddress_NumberStyle()
	 * @model unsettable="true"
	 * @generated
	 */
	AddressNumberStyle getNumberStyle();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Address#getNumberStyle <em>Number Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Number Style</em>' attribute.
	 * @see org.madoguchi.model.AddressNumberStyle
	 * @see #isSetNumberStyle()
	 * @see #unsetNumberStyle()
	 * @see #getNumberStyle()
	 * @generated
	 */
	void setNumberStyle(AddressNumberStyle value);

	/**
	 * Unsets the value of the '{@link org.madoguchi.model.Address#getNumberStyle <em>Number Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetNumberStyle()
	 * @see #getNumberStyle()
	 * @see #setNumberStyle(AddressNumberStyle)
	 * @generated
	 */
	void unsetNumberStyle();

	/**
	 * Returns whether the value of the '{@link org.madoguchi.model.Address#getNumberStyle <em>Number Style</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Number Style</em>' attribute is set.
	 * @see #unsetNumberStyle()
	 * @see #getNumberStyle()
	 * @see #setNumberStyle(AddressNumberStyle)
	 * @generated
	 */
	boolean isSetNumberStyle();

	/**
	 * Returns the value of the '<em><b>Building</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Building and room (方書).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Building</em>' attribute.
	 * @see #setBuilding(String)
	 * @see org.madoguchi.model.ModelPackage#getAddress_Building()
	 * @model
	 * @generated
	 */
	String getBuilding();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Address#getBuilding <em>Building</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Building</em>' attribute.
	 * @see #getBuilding()
	 * @generated
	 */
	void setBuilding(String value);

} // Address
