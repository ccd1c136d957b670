/**
 */
package org.madoguchi.model;

import java.time.LocalDate;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Resident</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A resident record (住民票). Names are stored exactly as entered; search keys are derived separately.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.Resident#getId <em>Id</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getFamilyName <em>Family Name</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getGivenName <em>Given Name</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getFamilyNameKana <em>Family Name Kana</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getGivenNameKana <em>Given Name Kana</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getRomanName <em>Roman Name</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getAlias <em>Alias</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getSex <em>Sex</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getNationality <em>Nationality</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getRegisteredDomicile <em>Registered Domicile</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getResidentSince <em>Resident Since</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getResidenceStatus <em>Residence Status</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getResidenceUntil <em>Residence Until</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getIndividualNumber <em>Individual Number</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getResidentCode <em>Resident Code</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getPhoto <em>Photo</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#isSynthetic <em>Synthetic</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getCards <em>Cards</em>}</li>
 *   <li>{@link org.madoguchi.model.Resident#getHousehold <em>Household</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.model.ModelPackage#getResident()
 * @model
 * @generated
 */
public interface Resident extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Identifier assigned by the store; 0 before the record is stored.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(long)
	 * @see org.madoguchi.model.ModelPackage#getResident_Id()
	 * @model
	 * @generated
	 */
	long getId();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(long value);

	/**
	 * Returns the value of the '<em><b>Family Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family Name</em>' attribute.
	 * @see #setFamilyName(String)
	 * @see org.madoguchi.model.ModelPackage#getResident_FamilyName()
	 * @model
	 * @generated
	 */
	String getFamilyName();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getFamilyName <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family Name</em>' attribute.
	 * @see #getFamilyName()
	 * @generated
	 */
	void setFamilyName(String value);

	/**
	 * Returns the value of the '<em><b>Given Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Given Name</em>' attribute.
	 * @see #setGivenName(String)
	 * @see org.madoguchi.model.ModelPackage#getResident_GivenName()
	 * @model
	 * @generated
	 */
	String getGivenName();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getGivenName <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given Name</em>' attribute.
	 * @see #getGivenName()
	 * @generated
	 */
	void setGivenName(String value);

	/**
	 * Returns the value of the '<em><b>Family Name Kana</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Family Name Kana</em>' attribute.
	 * @see #setFamilyNameKana(String)
	 * @see org.madoguchi.model.ModelPackage#getResident_FamilyNameKana()
	 * @model
	 * @generated
	 */
	String getFamilyNameKana();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getFamilyNameKana <em>Family Name Kana</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Family Name Kana</em>' attribute.
	 * @see #getFamilyNameKana()
	 * @generated
	 */
	void setFamilyNameKana(String value);

	/**
	 * Returns the value of the '<em><b>Given Name Kana</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Given Name Kana</em>' attribute.
	 * @see #setGivenNameKana(String)
	 * @see org.madoguchi.model.ModelPackage#getResident_GivenNameKana()
	 * @model
	 * @generated
	 */
	String getGivenNameKana();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getGivenNameKana <em>Given Name Kana</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Given Name Kana</em>' attribute.
	 * @see #getGivenNameKana()
	 * @generated
	 */
	void setGivenNameKana(String value);

	/**
	 * Returns the value of the '<em><b>Roman Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Name in Roman letters (foreign residents: the residence-card name).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roman Name</em>' attribute.
	 * @see #setRomanName(String)
	 * @see org.madoguchi.model.ModelPackage#getResident_RomanName()
	 * @model
	 * @generated
	 */
	String getRomanName();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getRomanName <em>Roman Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roman Name</em>' attribute.
	 * @see #getRomanName()
	 * @generated
	 */
	void setRomanName(String value);

	/**
	 * Returns the value of the '<em><b>Alias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Registered alias (通称) of a foreign resident.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alias</em>' attribute.
	 * @see #setAlias(String)
	 * @see org.madoguchi.model.ModelPackage#getResident_Alias()
	 * @model
	 * @generated
	 */
	String getAlias();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getAlias <em>Alias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alias</em>' attribute.
	 * @see #getAlias()
	 * @generated
	 */
	void setAlias(String value);

	/**
	 * Returns the value of the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Birth Date</em>' attribute.
	 * @see #setBirthDate(LocalDate)
	 * @see org.madoguchi.model.ModelPackage#getResident_BirthDate()
	 * @model dataType="org.madoguchi.model.LocalDate"
	 * @generated
	 */
	LocalDate getBirthDate();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getBirthDate <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Birth Date</em>' attribute.
	 * @see #getBirthDate()
	 * @generated
	 */
	void setBirthDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Sex</b></em>' attribute.
	 * The literals are from the enumeration {@link org.madoguchi.model.Sex}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sex</em>' attribute.
	 * @see org.madoguchi.model.Sex
	 * @see #isSetSex()
	 * @see #unsetSex()
	 * @see #setSex(Sex)
	 * @see org.madoguchi.model.ModelPackage#getResident_Sex()
	 * @model unsettable="true"
	 * @generated
	 */
	Sex getSex();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sex</em>' attribute.
	 * @see org.madoguchi.model.Sex
	 * @see #isSetSex()
	 * @see #unsetSex()
	 * @see #getSex()
	 * @generated
	 */
	void setSex(Sex value);

	/**
	 * Unsets the value of the '{@link org.madoguchi.model.Resident#getSex <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSex()
	 * @see #getSex()
	 * @see #setSex(Sex)
	 * @generated
	 */
	void unsetSex();

	/**
	 * Returns whether the value of the '{@link org.madoguchi.model.Resident#getSex <em>Sex</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Sex</em>' attribute is set.
	 * @see #unsetSex()
	 * @see #getSex()
	 * @see #setSex(Sex)
	 * @generated
	 */
	boolean isSetSex();

	/**
	 * Returns the value of the '<em><b>Nationality</b></em>' attribute.
	 * The default value is <code>"JPN"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * JPN or an ISO 3166 alpha-3 code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Nationality</em>' attribute.
	 * @see #setNationality(String)
	 * @see org.madoguchi.model.ModelPackage#getResident_Nationality()
	 * @model default="JPN"
	 * @generated
	 */
	String getNationality();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getNationality <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nationality</em>' attribute.
	 * @see #getNationality()
	 * @generated
	 */
	void setNationality(String value);

	/**
	 * Returns the value of the '<em><b>Registered Domicile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Registered domicile (本籍) of a national.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Registered Domicile</em>' attribute.
	 * @see #setRegisteredDomicile(String)
	 * @see org.madoguchi.model.ModelPackage#getResident_RegisteredDomicile()
	 * @model
	 * @generated
	 */
	String getRegisteredDomicile();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getRegisteredDomicile <em>Registered Domicile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Registered Domicile</em>' attribute.
	 * @see #getRegisteredDomicile()
	 * @generated
	 */
	void setRegisteredDomicile(String value);

	/**
	 * Returns the value of the '<em><b>Resident Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resident Since</em>' attribute.
	 * @see #setResidentSince(LocalDate)
	 * @see org.madoguchi.model.ModelPackage#getResident_ResidentSince()
	 * @model dataType="org.madoguchi.model.LocalDate"
	 * @generated
	 */
	LocalDate getResidentSince();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getResidentSince <em>Resident Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resident Since</em>' attribute.
	 * @see #getResidentSince()
	 * @generated
	 */
	void setResidentSince(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Residence Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.madoguchi.model.ResidenceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Residence Status</em>' attribute.
	 * @see org.madoguchi.model.ResidenceStatus
	 * @see #isSetResidenceStatus()
	 * @see #unsetResidenceStatus()
	 * @see #setResidenceStatus(ResidenceStatus)
	 * @see org.madoguchi.model.ModelPackage#getResident_ResidenceStatus()
	 * @model unsettable="true"
	 * @generated
	 */
	ResidenceStatus getResidenceStatus();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getResidenceStatus <em>Residence Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Residence Status</em>' attribute.
	 * @see org.madoguchi.model.ResidenceStatus
	 * @see #isSetResidenceStatus()
	 * @see #unsetResidenceStatus()
	 * @see #getResidenceStatus()
	 * @generated
	 */
	void setResidenceStatus(ResidenceStatus value);

	/**
	 * Unsets the value of the '{@link org.madoguchi.model.Resident#getResidenceStatus <em>Residence Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetResidenceStatus()
	 * @see #getResidenceStatus()
	 * @see #setResidenceStatus(ResidenceStatus)
	 * @generated
	 */
	void unsetResidenceStatus();

	/**
	 * Returns whether the value of the '{@link org.madoguchi.model.Resident#getResidenceStatus <em>Residence Status</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Residence Status</em>' attribute is set.
	 * @see #unsetResidenceStatus()
	 * @see #getResidenceStatus()
	 * @see #setResidenceStatus(ResidenceStatus)
	 * @generated
	 */
	boolean isSetResidenceStatus();

	/**
	 * Returns the value of the '<em><b>Residence Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End of the period of stay of a foreign resident.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Residence Until</em>' attribute.
	 * @see #setResidenceUntil(LocalDate)
	 * @see org.madoguchi.model.ModelPackage#getResident_ResidenceUntil()
	 * @model dataType="org.madoguchi.model.LocalDate"
	 * @generated
	 */
	LocalDate getResidenceUntil();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getResidenceUntil <em>Residence Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Residence Until</em>' attribute.
	 * @see #getResidenceUntil()
	 * @generated
	 */
	void setResidenceUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Individual Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * 12 ASCII digits.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Individual Number</em>' attribute.
	 * @see #setIndividualNumber(String)
	 * @see org.madoguchi.model.ModelPackage#getResident_IndividualNumber()
	 * @model
	 * @generated
	 */
	String getIndividualNumber();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getIndividualNumber <em>Individual Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Individual Number</em>' attribute.
	 * @see #getIndividualNumber()
	 * @generated
	 */
	void setIndividualNumber(String value);

	/**
	 * Returns the value of the '<em><b>Resident Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Resident record code (住民票コード), 11 digits, opaque.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Resident Code</em>' attribute.
	 * @see #setResidentCode(String)
	 * @see org.madoguchi.model.ModelPackage#getResident_ResidentCode()
	 * @model
	 * @generated
	 */
	String getResidentCode();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getResidentCode <em>Resident Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resident Code</em>' attribute.
	 * @see #getResidentCode()
	 * @generated
	 */
	void setResidentCode(String value);

	/**
	 * Returns the value of the '<em><b>Photo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path of the photo file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Photo</em>' attribute.
	 * @see #setPhoto(String)
	 * @see org.madoguchi.model.ModelPackage#getResident_Photo()
	 * @model
	 * @generated
	 */
	String getPhoto();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getPhoto <em>Photo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Photo</em>' attribute.
	 * @see #getPhoto()
	 * @generated
	 */
	void setPhoto(String value);

	/**
	 * Returns the value of the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Demo data made by the generator, never a real person.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Synthetic</em>' attribute.
	 * @see #setSynthetic(boolean)
	 * @see org.madoguchi.model.ModelPackage#getResident_Synthetic()
	 * @model
	 * @generated
	 */
	boolean isSynthetic();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#isSynthetic <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Synthetic</em>' attribute.
	 * @see #isSynthetic()
	 * @generated
	 */
	void setSynthetic(boolean value);

	/**
	 * Returns the value of the '<em><b>Addresses</b></em>' containment reference list.
	 * The list contents are of type {@link org.madoguchi.model.AddressEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Address history, oldest first; the last entry is the current address.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Addresses</em>' containment reference list.
	 * @see org.madoguchi.model.ModelPackage#getResident_Addresses()
	 * @model containment="true"
	 * @generated
	 */
	List<AddressEntry> getAddresses();

	/**
	 * Returns the value of the '<em><b>Cards</b></em>' containment reference list.
	 * The list contents are of type {@link org.madoguchi.model.MyNumberCard}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cards</em>' containment reference list.
	 * @see org.madoguchi.model.ModelPackage#getResident_Cards()
	 * @model containment="true"
	 * @generated
	 */
	List<MyNumberCard> getCards();

	/**
	 * Returns the value of the '<em><b>Household</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.madoguchi.model.HouseholdMember#getResident <em>Resident</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Household</em>' reference.
	 * @see #setHousehold(HouseholdMember)
	 * @see org.madoguchi.model.ModelPackage#getResident_Household()
	 * @see org.madoguchi.model.HouseholdMember#getResident
	 * @model opposite="resident"
	 * @generated
	 */
	HouseholdMember getHousehold();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Resident#getHousehold <em>Household</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Household</em>' reference.
	 * @see #getHousehold()
	 * @generated
	 */
	void setHousehold(HouseholdMember value);

} // Resident
