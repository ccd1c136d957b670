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

import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.HouseholdMember;
import org.madoguchi.model.ModelPackage;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Resident</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getFamilyName <em>Family Name</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getGivenName <em>Given Name</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getFamilyNameKana <em>Family Name Kana</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getGivenNameKana <em>Given Name Kana</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getRomanName <em>Roman Name</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getAlias <em>Alias</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getBirthDate <em>Birth Date</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getSex <em>Sex</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getNationality <em>Nationality</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getRegisteredDomicile <em>Registered Domicile</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getResidentSince <em>Resident Since</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getResidenceStatus <em>Residence Status</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getResidenceUntil <em>Residence Until</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getIndividualNumber <em>Individual Number</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getResidentCode <em>Resident Code</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getPhoto <em>Photo</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#isSynthetic <em>Synthetic</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getAddresses <em>Addresses</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getCards <em>Cards</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.ResidentImpl#getHousehold <em>Household</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ResidentImpl extends MinimalEObjectImpl.Container implements Resident {
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
	 * The default value of the '{@link #getFamilyName() <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyName()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamilyName() <em>Family Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyName()
	 * @generated
	 * @ordered
	 */
	protected String familyName = FAMILY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getGivenName() <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenName()
	 * @generated
	 * @ordered
	 */
	protected static final String GIVEN_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGivenName() <em>Given Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenName()
	 * @generated
	 * @ordered
	 */
	protected String givenName = GIVEN_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getFamilyNameKana() <em>Family Name Kana</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyNameKana()
	 * @generated
	 * @ordered
	 */
	protected static final String FAMILY_NAME_KANA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFamilyNameKana() <em>Family Name Kana</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFamilyNameKana()
	 * @generated
	 * @ordered
	 */
	protected String familyNameKana = FAMILY_NAME_KANA_EDEFAULT;

	/**
	 * The default value of the '{@link #getGivenNameKana() <em>Given Name Kana</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenNameKana()
	 * @generated
	 * @ordered
	 */
	protected static final String GIVEN_NAME_KANA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGivenNameKana() <em>Given Name Kana</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGivenNameKana()
	 * @generated
	 * @ordered
	 */
	protected String givenNameKana = GIVEN_NAME_KANA_EDEFAULT;

	/**
	 * The default value of the '{@link #getRomanName() <em>Roman Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRomanName()
	 * @generated
	 * @ordered
	 */
	protected static final String ROMAN_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRomanName() <em>Roman Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRomanName()
	 * @generated
	 * @ordered
	 */
	protected String romanName = ROMAN_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlias() <em>Alias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlias()
	 * @generated
	 * @ordered
	 */
	protected static final String ALIAS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAlias() <em>Alias</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlias()
	 * @generated
	 * @ordered
	 */
	protected String alias = ALIAS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate BIRTH_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBirthDate() <em>Birth Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBirthDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate birthDate = BIRTH_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected static final Sex SEX_EDEFAULT = Sex.MALE;

	/**
	 * The cached value of the '{@link #getSex() <em>Sex</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSex()
	 * @generated
	 * @ordered
	 */
	protected Sex sex = SEX_EDEFAULT;

	/**
	 * This is true if the Sex attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean sexESet;

	/**
	 * The default value of the '{@link #getNationality() <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationality()
	 * @generated
	 * @ordered
	 */
	protected static final String NATIONALITY_EDEFAULT = "JPN";

	/**
	 * The cached value of the '{@link #getNationality() <em>Nationality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNationality()
	 * @generated
	 * @ordered
	 */
	protected String nationality = NATIONALITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRegisteredDomicile() <em>Registered Domicile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisteredDomicile()
	 * @generated
	 * @ordered
	 */
	protected static final String REGISTERED_DOMICILE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRegisteredDomicile() <em>Registered Domicile</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegisteredDomicile()
	 * @generated
	 * @ordered
	 */
	protected String registeredDomicile = REGISTERED_DOMICILE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResidentSince() <em>Resident Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidentSince()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RESIDENT_SINCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResidentSince() <em>Resident Since</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidentSince()
	 * @generated
	 * @ordered
	 */
	protected LocalDate residentSince = RESIDENT_SINCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getResidenceStatus() <em>Residence Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidenceStatus()
	 * @generated
	 * @ordered
	 */
	protected static final ResidenceStatus RESIDENCE_STATUS_EDEFAULT = ResidenceStatus.NATIONAL;

	/**
	 * The cached value of the '{@link #getResidenceStatus() <em>Residence Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidenceStatus()
	 * @generated
	 * @ordered
	 */
	protected ResidenceStatus residenceStatus = RESIDENCE_STATUS_EDEFAULT;

	/**
	 * This is true if the Residence Status attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean residenceStatusESet;

	/**
	 * The default value of the '{@link #getResidenceUntil() <em>Residence Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidenceUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RESIDENCE_UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResidenceUntil() <em>Residence Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidenceUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate residenceUntil = RESIDENCE_UNTIL_EDEFAULT;

	/**
	 * The default value of the '{@link #getIndividualNumber() <em>Individual Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndividualNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String INDIVIDUAL_NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIndividualNumber() <em>Individual Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIndividualNumber()
	 * @generated
	 * @ordered
	 */
	protected String individualNumber = INDIVIDUAL_NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getResidentCode() <em>Resident Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidentCode()
	 * @generated
	 * @ordered
	 */
	protected static final String RESIDENT_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResidentCode() <em>Resident Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResidentCode()
	 * @generated
	 * @ordered
	 */
	protected String residentCode = RESIDENT_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPhoto() <em>Photo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhoto()
	 * @generated
	 * @ordered
	 */
	protected static final String PHOTO_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPhoto() <em>Photo</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPhoto()
	 * @generated
	 * @ordered
	 */
	protected String photo = PHOTO_EDEFAULT;

	/**
	 * The default value of the '{@link #isSynthetic() <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynthetic()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SYNTHETIC_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSynthetic() <em>Synthetic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSynthetic()
	 * @generated
	 * @ordered
	 */
	protected boolean synthetic = SYNTHETIC_EDEFAULT;

	/**
	 * The cached value of the '{@link #getAddresses() <em>Addresses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddresses()
	 * @generated
	 * @ordered
	 */
	protected EList<AddressEntry> addresses;

	/**
	 * The cached value of the '{@link #getCards() <em>Cards</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCards()
	 * @generated
	 * @ordered
	 */
	protected EList<MyNumberCard> cards;

	/**
	 * The cached value of the '{@link #getHousehold() <em>Household</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHousehold()
	 * @generated
	 * @ordered
	 */
	protected HouseholdMember household;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ResidentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.RESIDENT;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamilyName() {
		return familyName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamilyName(String newFamilyName) {
		String oldFamilyName = familyName;
		familyName = newFamilyName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__FAMILY_NAME, oldFamilyName, familyName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGivenName() {
		return givenName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGivenName(String newGivenName) {
		String oldGivenName = givenName;
		givenName = newGivenName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__GIVEN_NAME, oldGivenName, givenName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFamilyNameKana() {
		return familyNameKana;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFamilyNameKana(String newFamilyNameKana) {
		String oldFamilyNameKana = familyNameKana;
		familyNameKana = newFamilyNameKana;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__FAMILY_NAME_KANA, oldFamilyNameKana, familyNameKana));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGivenNameKana() {
		return givenNameKana;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGivenNameKana(String newGivenNameKana) {
		String oldGivenNameKana = givenNameKana;
		givenNameKana = newGivenNameKana;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__GIVEN_NAME_KANA, oldGivenNameKana, givenNameKana));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRomanName() {
		return romanName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRomanName(String newRomanName) {
		String oldRomanName = romanName;
		romanName = newRomanName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__ROMAN_NAME, oldRomanName, romanName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAlias() {
		return alias;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlias(String newAlias) {
		String oldAlias = alias;
		alias = newAlias;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__ALIAS, oldAlias, alias));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getBirthDate() {
		return birthDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBirthDate(LocalDate newBirthDate) {
		LocalDate oldBirthDate = birthDate;
		birthDate = newBirthDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__BIRTH_DATE, oldBirthDate, birthDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Sex getSex() {
		return sex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSex(Sex newSex) {
		Sex oldSex = sex;
		sex = newSex == null ? SEX_EDEFAULT : newSex;
		boolean oldSexESet = sexESet;
		sexESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__SEX, oldSex, sex, !oldSexESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetSex() {
		Sex oldSex = sex;
		boolean oldSexESet = sexESet;
		sex = SEX_EDEFAULT;
		sexESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ModelPackage.RESIDENT__SEX, oldSex, SEX_EDEFAULT, oldSexESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetSex() {
		return sexESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNationality() {
		return nationality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNationality(String newNationality) {
		String oldNationality = nationality;
		nationality = newNationality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__NATIONALITY, oldNationality, nationality));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRegisteredDomicile() {
		return registeredDomicile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegisteredDomicile(String newRegisteredDomicile) {
		String oldRegisteredDomicile = registeredDomicile;
		registeredDomicile = newRegisteredDomicile;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__REGISTERED_DOMICILE, oldRegisteredDomicile, registeredDomicile));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getResidentSince() {
		return residentSince;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResidentSince(LocalDate newResidentSince) {
		LocalDate oldResidentSince = residentSince;
		residentSince = newResidentSince;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__RESIDENT_SINCE, oldResidentSince, residentSince));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResidenceStatus getResidenceStatus() {
		return residenceStatus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResidenceStatus(ResidenceStatus newResidenceStatus) {
		ResidenceStatus oldResidenceStatus = residenceStatus;
		residenceStatus = newResidenceStatus == null ? RESIDENCE_STATUS_EDEFAULT : newResidenceStatus;
		boolean oldResidenceStatusESet = residenceStatusESet;
		residenceStatusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__RESIDENCE_STATUS, oldResidenceStatus, residenceStatus, !oldResidenceStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetResidenceStatus() {
		ResidenceStatus oldResidenceStatus = residenceStatus;
		boolean oldResidenceStatusESet = residenceStatusESet;
		residenceStatus = RESIDENCE_STATUS_EDEFAULT;
		residenceStatusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ModelPackage.RESIDENT__RESIDENCE_STATUS, oldResidenceStatus, RESIDENCE_STATUS_EDEFAULT, oldResidenceStatusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetResidenceStatus() {
		return residenceStatusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getResidenceUntil() {
		return residenceUntil;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResidenceUntil(LocalDate newResidenceUntil) {
		LocalDate oldResidenceUntil = residenceUntil;
		residenceUntil = newResidenceUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__RESIDENCE_UNTIL, oldResidenceUntil, residenceUntil));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIndividualNumber() {
		return individualNumber;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIndividualNumber(String newIndividualNumber) {
		String oldIndividualNumber = individualNumber;
		individualNumber = newIndividualNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__INDIVIDUAL_NUMBER, oldIndividualNumber, individualNumber));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResidentCode() {
		return residentCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResidentCode(String newResidentCode) {
		String oldResidentCode = residentCode;
		residentCode = newResidentCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__RESIDENT_CODE, oldResidentCode, residentCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPhoto() {
		return photo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPhoto(String newPhoto) {
		String oldPhoto = photo;
		photo = newPhoto;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__PHOTO, oldPhoto, photo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSynthetic() {
		return synthetic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSynthetic(boolean newSynthetic) {
		boolean oldSynthetic = synthetic;
		synthetic = newSynthetic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__SYNTHETIC, oldSynthetic, synthetic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<AddressEntry> getAddresses() {
		if (addresses == null) {
			addresses = new EObjectContainmentEList<AddressEntry>(AddressEntry.class, this, ModelPackage.RESIDENT__ADDRESSES);
		}
		return addresses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<MyNumberCard> getCards() {
		if (cards == null) {
			cards = new EObjectContainmentEList<MyNumberCard>(MyNumberCard.class, this, ModelPackage.RESIDENT__CARDS);
		}
		return cards;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public HouseholdMember getHousehold() {
		if (household != null && household.eIsProxy()) {
			InternalEObject oldHousehold = (InternalEObject)household;
			household = (HouseholdMember)eResolveProxy(oldHousehold);
			if (household != oldHousehold) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.RESIDENT__HOUSEHOLD, oldHousehold, household));
			}
		}
		return household;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public HouseholdMember basicGetHousehold() {
		return household;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetHousehold(HouseholdMember newHousehold, NotificationChain msgs) {
		HouseholdMember oldHousehold = household;
		household = newHousehold;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__HOUSEHOLD, oldHousehold, newHousehold);
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
	public void setHousehold(HouseholdMember newHousehold) {
		if (newHousehold != household) {
			NotificationChain msgs = null;
			if (household != null)
				msgs = ((InternalEObject)household).eInverseRemove(this, ModelPackage.HOUSEHOLD_MEMBER__RESIDENT, HouseholdMember.class, msgs);
			if (newHousehold != null)
				msgs = ((InternalEObject)newHousehold).eInverseAdd(this, ModelPackage.HOUSEHOLD_MEMBER__RESIDENT, HouseholdMember.class, msgs);
			msgs = basicSetHousehold(newHousehold, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.RESIDENT__HOUSEHOLD, newHousehold, newHousehold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.RESIDENT__HOUSEHOLD:
				if (household != null)
					msgs = ((InternalEObject)household).eInverseRemove(this, ModelPackage.HOUSEHOLD_MEMBER__RESIDENT, HouseholdMember.class, msgs);
				return basicSetHousehold((HouseholdMember)otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.RESIDENT__ADDRESSES:
				return ((InternalEList<?>)getAddresses()).basicRemove(otherEnd, msgs);
			case ModelPackage.RESIDENT__CARDS:
				return ((InternalEList<?>)getCards()).basicRemove(otherEnd, msgs);
			case ModelPackage.RESIDENT__HOUSEHOLD:
				return basicSetHousehold(null, msgs);
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
			case ModelPackage.RESIDENT__ID:
				return getId();
			case ModelPackage.RESIDENT__FAMILY_NAME:
				return getFamilyName();
			case ModelPackage.RESIDENT__GIVEN_NAME:
				return getGivenName();
			case ModelPackage.RESIDENT__FAMILY_NAME_KANA:
				return getFamilyNameKana();
			case ModelPackage.RESIDENT__GIVEN_NAME_KANA:
				return getGivenNameKana();
			case ModelPackage.RESIDENT__ROMAN_NAME:
				return getRomanName();
			case ModelPackage.RESIDENT__ALIAS:
				return getAlias();
			case ModelPackage.RESIDENT__BIRTH_DATE:
				return getBirthDate();
			case ModelPackage.RESIDENT__SEX:
				return getSex();
			case ModelPackage.RESIDENT__NATIONALITY:
				return getNationality();
			case ModelPackage.RESIDENT__REGISTERED_DOMICILE:
				return getRegisteredDomicile();
			case ModelPackage.RESIDENT__RESIDENT_SINCE:
				return getResidentSince();
			case ModelPackage.RESIDENT__RESIDENCE_STATUS:
				return getResidenceStatus();
			case ModelPackage.RESIDENT__RESIDENCE_UNTIL:
				return getResidenceUntil();
			case ModelPackage.RESIDENT__INDIVIDUAL_NUMBER:
				return getIndividualNumber();
			case ModelPackage.RESIDENT__RESIDENT_CODE:
				return getResidentCode();
			case ModelPackage.RESIDENT__PHOTO:
				return getPhoto();
			case ModelPackage.RESIDENT__SYNTHETIC:
				return isSynthetic();
			case ModelPackage.RESIDENT__ADDRESSES:
				return getAddresses();
			case ModelPackage.RESIDENT__CARDS:
				return getCards();
			case ModelPackage.RESIDENT__HOUSEHOLD:
				if (resolve) return getHousehold();
				return basicGetHousehold();
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
			case ModelPackage.RESIDENT__ID:
				setId((Long)newValue);
				return;
			case ModelPackage.RESIDENT__FAMILY_NAME:
				setFamilyName((String)newValue);
				return;
			case ModelPackage.RESIDENT__GIVEN_NAME:
				setGivenName((String)newValue);
				return;
			case ModelPackage.RESIDENT__FAMILY_NAME_KANA:
				setFamilyNameKana((String)newValue);
				return;
			case ModelPackage.RESIDENT__GIVEN_NAME_KANA:
				setGivenNameKana((String)newValue);
				return;
			case ModelPackage.RESIDENT__ROMAN_NAME:
				setRomanName((String)newValue);
				return;
			case ModelPackage.RESIDENT__ALIAS:
				setAlias((String)newValue);
				return;
			case ModelPackage.RESIDENT__BIRTH_DATE:
				setBirthDate((LocalDate)newValue);
				return;
			case ModelPackage.RESIDENT__SEX:
				setSex((Sex)newValue);
				return;
			case ModelPackage.RESIDENT__NATIONALITY:
				setNationality((String)newValue);
				return;
			case ModelPackage.RESIDENT__REGISTERED_DOMICILE:
				setRegisteredDomicile((String)newValue);
				return;
			case ModelPackage.RESIDENT__RESIDENT_SINCE:
				setResidentSince((LocalDate)newValue);
				return;
			case ModelPackage.RESIDENT__RESIDENCE_STATUS:
				setResidenceStatus((ResidenceStatus)newValue);
				return;
			case ModelPackage.RESIDENT__RESIDENCE_UNTIL:
				setResidenceUntil((LocalDate)newValue);
				return;
			case ModelPackage.RESIDENT__INDIVIDUAL_NUMBER:
				setIndividualNumber((String)newValue);
				return;
			case ModelPackage.RESIDENT__RESIDENT_CODE:
				setResidentCode((String)newValue);
				return;
			case ModelPackage.RESIDENT__PHOTO:
				setPhoto((String)newValue);
				return;
			case ModelPackage.RESIDENT__SYNTHETIC:
				setSynthetic((Boolean)newValue);
				return;
			case ModelPackage.RESIDENT__ADDRESSES:
				getAddresses().clear();
				getAddresses().addAll((Collection<? extends AddressEntry>)newValue);
				return;
			case ModelPackage.RESIDENT__CARDS:
				getCards().clear();
				getCards().addAll((Collection<? extends MyNumberCard>)newValue);
				return;
			case ModelPackage.RESIDENT__HOUSEHOLD:
				setHousehold((HouseholdMember)newValue);
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
			case ModelPackage.RESIDENT__ID:
				setId(ID_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__FAMILY_NAME:
				setFamilyName(FAMILY_NAME_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__GIVEN_NAME:
				setGivenName(GIVEN_NAME_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__FAMILY_NAME_KANA:
				setFamilyNameKana(FAMILY_NAME_KANA_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__GIVEN_NAME_KANA:
				setGivenNameKana(GIVEN_NAME_KANA_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__ROMAN_NAME:
				setRomanName(ROMAN_NAME_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__ALIAS:
				setAlias(ALIAS_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__BIRTH_DATE:
				setBirthDate(BIRTH_DATE_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__SEX:
				unsetSex();
				return;
			case ModelPackage.RESIDENT__NATIONALITY:
				setNationality(NATIONALITY_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__REGISTERED_DOMICILE:
				setRegisteredDomicile(REGISTERED_DOMICILE_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__RESIDENT_SINCE:
				setResidentSince(RESIDENT_SINCE_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__RESIDENCE_STATUS:
				unsetResidenceStatus();
				return;
			case ModelPackage.RESIDENT__RESIDENCE_UNTIL:
				setResidenceUntil(RESIDENCE_UNTIL_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__INDIVIDUAL_NUMBER:
				setIndividualNumber(INDIVIDUAL_NUMBER_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__RESIDENT_CODE:
				setResidentCode(RESIDENT_CODE_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__PHOTO:
				setPhoto(PHOTO_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__SYNTHETIC:
				setSynthetic(SYNTHETIC_EDEFAULT);
				return;
			case ModelPackage.RESIDENT__ADDRESSES:
				getAddresses().clear();
				return;
			case ModelPackage.RESIDENT__CARDS:
				getCards().clear();
				return;
			case ModelPackage.RESIDENT__HOUSEHOLD:
				setHousehold((HouseholdMember)null);
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
			case ModelPackage.RESIDENT__ID:
				return id != ID_EDEFAULT;
			case ModelPackage.RESIDENT__FAMILY_NAME:
				return FAMILY_NAME_EDEFAULT == null ? familyName != null : !FAMILY_NAME_EDEFAULT.equals(familyName);
			case ModelPackage.RESIDENT__GIVEN_NAME:
				return GIVEN_NAME_EDEFAULT == null ? givenName != null : !GIVEN_NAME_EDEFAULT.equals(givenName);
			case ModelPackage.RESIDENT__FAMILY_NAME_KANA:
				return FAMILY_NAME_KANA_EDEFAULT == null ? familyNameKana != null : !FAMILY_NAME_KANA_EDEFAULT.equals(familyNameKana);
			case ModelPackage.RESIDENT__GIVEN_NAME_KANA:
				return GIVEN_NAME_KANA_EDEFAULT == null ? givenNameKana != null : !GIVEN_NAME_KANA_EDEFAULT.equals(givenNameKana);
			case ModelPackage.RESIDENT__ROMAN_NAME:
				return ROMAN_NAME_EDEFAULT == null ? romanName != null : !ROMAN_NAME_EDEFAULT.equals(romanName);
			case ModelPackage.RESIDENT__ALIAS:
				return ALIAS_EDEFAULT == null ? alias != null : !ALIAS_EDEFAULT.equals(alias);
			case ModelPackage.RESIDENT__BIRTH_DATE:
				return BIRTH_DATE_EDEFAULT == null ? birthDate != null : !BIRTH_DATE_EDEFAULT.equals(birthDate);
			case ModelPackage.RESIDENT__SEX:
				return isSetSex();
			case ModelPackage.RESIDENT__NATIONALITY:
				return NATIONALITY_EDEFAULT == null ? nationality != null : !NATIONALITY_EDEFAULT.equals(nationality);
			case ModelPackage.RESIDENT__REGISTERED_DOMICILE:
				return REGISTERED_DOMICILE_EDEFAULT == null ? registeredDomicile != null : !REGISTERED_DOMICILE_EDEFAULT.equals(registeredDomicile);
			case ModelPackage.RESIDENT__RESIDENT_SINCE:
				return RESIDENT_SINCE_EDEFAULT == null ? residentSince != null : !RESIDENT_SINCE_EDEFAULT.equals(residentSince);
			case ModelPackage.RESIDENT__RESIDENCE_STATUS:
				return isSetResidenceStatus();
			case ModelPackage.RESIDENT__RESIDENCE_UNTIL:
				return RESIDENCE_UNTIL_EDEFAULT == null ? residenceUntil != null : !RESIDENCE_UNTIL_EDEFAULT.equals(residenceUntil);
			case ModelPackage.RESIDENT__INDIVIDUAL_NUMBER:
				return INDIVIDUAL_NUMBER_EDEFAULT == null ? individualNumber != null : !INDIVIDUAL_NUMBER_EDEFAULT.equals(individualNumber);
			case ModelPackage.RESIDENT__RESIDENT_CODE:
				return RESIDENT_CODE_EDEFAULT == null ? residentCode != null : !RESIDENT_CODE_EDEFAULT.equals(residentCode);
			case ModelPackage.RESIDENT__PHOTO:
				return PHOTO_EDEFAULT == null ? photo != null : !PHOTO_EDEFAULT.equals(photo);
			case ModelPackage.RESIDENT__SYNTHETIC:
				return synthetic != SYNTHETIC_EDEFAULT;
			case ModelPackage.RESIDENT__ADDRESSES:
				return addresses != null && !addresses.isEmpty();
			case ModelPackage.RESIDENT__CARDS:
				return cards != null && !cards.isEmpty();
			case ModelPackage.RESIDENT__HOUSEHOLD:
				return household != null;
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
		result.append(", familyName: ");
		result.append(familyName);
		result.append(", givenName: ");
		result.append(givenName);
		result.append(", familyNameKana: ");
		result.append(familyNameKana);
		result.append(", givenNameKana: ");
		result.append(givenNameKana);
		result.append(", romanName: ");
		result.append(romanName);
		result.append(", alias: ");
		result.append(alias);
		result.append(", birthDate: ");
		result.append(birthDate);
		result.append(", sex: ");
		if (sexESet) result.append(sex); else result.append("<unset>");
		result.append(", nationality: ");
		result.append(nationality);
		result.append(", registeredDomicile: ");
		result.append(registeredDomicile);
		result.append(", residentSince: ");
		result.append(residentSince);
		result.append(", residenceStatus: ");
		if (residenceStatusESet) result.append(residenceStatus); else result.append("<unset>");
		result.append(", residenceUntil: ");
		result.append(residenceUntil);
		result.append(", individualNumber: ");
		result.append(individualNumber);
		result.append(", residentCode: ");
		result.append(residentCode);
		result.append(", photo: ");
		result.append(photo);
		result.append(", synthetic: ");
		result.append(synthetic);
		result.append(')');
		return result.toString();
	}

} //ResidentImpl
