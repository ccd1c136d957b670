/**
 */
package org.madoguchi.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

import org.eclipse.emf.ecore.impl.EPackageImpl;

import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.AddressNumberStyle;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.CardApplication;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Certificate;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.CivilServant;
import org.madoguchi.model.Household;
import org.madoguchi.model.HouseholdMember;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.ModelPackage;
import org.madoguchi.model.Municipality;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.model.StatusTransition;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ModelPackageImpl extends EPackageImpl implements ModelPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass municipalityEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass addressEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass addressEntryEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass householdEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass householdMemberEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass residentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass cardApplicationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass myNumberCardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass statusTransitionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass certificateEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass civilServantEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum sexEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum residenceStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum cardStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum certificateKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum notificationKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum addressNumberStyleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum applicationChannelEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.madoguchi.model.ModelPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private ModelPackageImpl() {
		super(eNS_URI, ModelFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link ModelPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static ModelPackage init() {
		if (isInited) return (ModelPackage)EPackage.Registry.INSTANCE.getEPackage(ModelPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredModelPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		ModelPackageImpl theModelPackage = registeredModelPackage instanceof ModelPackageImpl ? (ModelPackageImpl)registeredModelPackage : new ModelPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theModelPackage.createPackageContents();

		// Initialize created meta-data
		theModelPackage.initializePackageContents();

		// Mark meta-data to indicate it can't be changed
		theModelPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(ModelPackage.eNS_URI, theModelPackage);
		return theModelPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMunicipality() {
		return municipalityEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMunicipality_Code() {
		return (EAttribute)municipalityEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMunicipality_Name() {
		return (EAttribute)municipalityEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMunicipality_KanaName() {
		return (EAttribute)municipalityEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAddress() {
		return addressEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_PostalCode() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Prefecture() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_MunicipalityCode() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_MunicipalityName() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Town() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Chome() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Number() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_NumberStyle() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddress_Building() {
		return (EAttribute)addressEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAddressEntry() {
		return addressEntryEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getAddressEntry_Address() {
		return (EReference)addressEntryEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddressEntry_SetOn() {
		return (EAttribute)addressEntryEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddressEntry_NotifiedOn() {
		return (EAttribute)addressEntryEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddressEntry_Notification() {
		return (EAttribute)addressEntryEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHousehold() {
		return householdEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHousehold_Id() {
		return (EAttribute)householdEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_Head() {
		return (EReference)householdEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHousehold_Members() {
		return (EReference)householdEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getHouseholdMember() {
		return householdMemberEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getHouseholdMember_Resident() {
		return (EReference)householdMemberEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getHouseholdMember_Relationship() {
		return (EAttribute)householdMemberEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getResident() {
		return residentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_Id() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_FamilyName() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_GivenName() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_FamilyNameKana() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_GivenNameKana() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_RomanName() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_Alias() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_BirthDate() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_Sex() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_Nationality() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_RegisteredDomicile() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_ResidentSince() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_ResidenceStatus() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_ResidenceUntil() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_IndividualNumber() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_ResidentCode() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_Photo() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getResident_Synthetic() {
		return (EAttribute)residentEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResident_Addresses() {
		return (EReference)residentEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResident_Cards() {
		return (EReference)residentEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getResident_Household() {
		return (EReference)residentEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCardApplication() {
		return cardApplicationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCardApplication_ReceivedOn() {
		return (EAttribute)cardApplicationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCardApplication_Channel() {
		return (EAttribute)cardApplicationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getMyNumberCard() {
		return myNumberCardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMyNumberCard_Id() {
		return (EAttribute)myNumberCardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMyNumberCard_Serial() {
		return (EAttribute)myNumberCardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMyNumberCard_Application() {
		return (EReference)myNumberCardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMyNumberCard_IssuedOn() {
		return (EAttribute)myNumberCardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMyNumberCard_ExpiresOn() {
		return (EAttribute)myNumberCardEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getMyNumberCard_Status() {
		return (EAttribute)myNumberCardEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMyNumberCard_Transitions() {
		return (EReference)myNumberCardEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getMyNumberCard_Certificates() {
		return (EReference)myNumberCardEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStatusTransition() {
		return statusTransitionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusTransition_From() {
		return (EAttribute)statusTransitionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusTransition_To() {
		return (EAttribute)statusTransitionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusTransition_Date() {
		return (EAttribute)statusTransitionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusTransition_Operator() {
		return (EAttribute)statusTransitionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStatusTransition_Reason() {
		return (EAttribute)statusTransitionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCertificate() {
		return certificateEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_Kind() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_IssuedOn() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_ExpiresOn() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_RevokedOn() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCertificate_RevocationReason() {
		return (EAttribute)certificateEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCivilServant() {
		return civilServantEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCivilServant_OfficialId() {
		return (EAttribute)civilServantEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCivilServant_Ministry() {
		return (EAttribute)civilServantEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCivilServant_Bureau() {
		return (EAttribute)civilServantEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCivilServant_Position() {
		return (EAttribute)civilServantEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCivilServant_Resident() {
		return (EReference)civilServantEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCivilServant_Card() {
		return (EReference)civilServantEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getSex() {
		return sexEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getResidenceStatus() {
		return residenceStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCardStatus() {
		return cardStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getCertificateKind() {
		return certificateKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNotificationKind() {
		return notificationKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAddressNumberStyle() {
		return addressNumberStyleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getApplicationChannel() {
		return applicationChannelEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ModelFactory getModelFactory() {
		return (ModelFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		municipalityEClass = createEClass(MUNICIPALITY);
		createEAttribute(municipalityEClass, MUNICIPALITY__CODE);
		createEAttribute(municipalityEClass, MUNICIPALITY__NAME);
		createEAttribute(municipalityEClass, MUNICIPALITY__KANA_NAME);

		addressEClass = createEClass(ADDRESS);
		createEAttribute(addressEClass, ADDRESS__POSTAL_CODE);
		createEAttribute(addressEClass, ADDRESS__PREFECTURE);
		createEAttribute(addressEClass, ADDRESS__MUNICIPALITY_CODE);
		createEAttribute(addressEClass, ADDRESS__MUNICIPALITY_NAME);
		createEAttribute(addressEClass, ADDRESS__TOWN);
		createEAttribute(addressEClass, ADDRESS__CHOME);
		createEAttribute(addressEClass, ADDRESS__NUMBER);
		createEAttribute(addressEClass, ADDRESS__NUMBER_STYLE);
		createEAttribute(addressEClass, ADDRESS__BUILDING);

		addressEntryEClass = createEClass(ADDRESS_ENTRY);
		createEReference(addressEntryEClass, ADDRESS_ENTRY__ADDRESS);
		createEAttribute(addressEntryEClass, ADDRESS_ENTRY__SET_ON);
		createEAttribute(addressEntryEClass, ADDRESS_ENTRY__NOTIFIED_ON);
		createEAttribute(addressEntryEClass, ADDRESS_ENTRY__NOTIFICATION);

		householdEClass = createEClass(HOUSEHOLD);
		createEAttribute(householdEClass, HOUSEHOLD__ID);
		createEReference(householdEClass, HOUSEHOLD__HEAD);
		createEReference(householdEClass, HOUSEHOLD__MEMBERS);

		householdMemberEClass = createEClass(HOUSEHOLD_MEMBER);
		createEReference(householdMemberEClass, HOUSEHOLD_MEMBER__RESIDENT);
		createEAttribute(householdMemberEClass, HOUSEHOLD_MEMBER__RELATIONSHIP);

		residentEClass = createEClass(RESIDENT);
		createEAttribute(residentEClass, RESIDENT__ID);
		createEAttribute(residentEClass, RESIDENT__FAMILY_NAME);
		createEAttribute(residentEClass, RESIDENT__GIVEN_NAME);
		createEAttribute(residentEClass, RESIDENT__FAMILY_NAME_KANA);
		createEAttribute(residentEClass, RESIDENT__GIVEN_NAME_KANA);
		createEAttribute(residentEClass, RESIDENT__ROMAN_NAME);
		createEAttribute(residentEClass, RESIDENT__ALIAS);
		createEAttribute(residentEClass, RESIDENT__BIRTH_DATE);
		createEAttribute(residentEClass, RESIDENT__SEX);
		createEAttribute(residentEClass, RESIDENT__NATIONALITY);
		createEAttribute(residentEClass, RESIDENT__REGISTERED_DOMICILE);
		createEAttribute(residentEClass, RESIDENT__RESIDENT_SINCE);
		createEAttribute(residentEClass, RESIDENT__RESIDENCE_STATUS);
		createEAttribute(residentEClass, RESIDENT__RESIDENCE_UNTIL);
		createEAttribute(residentEClass, RESIDENT__INDIVIDUAL_NUMBER);
		createEAttribute(residentEClass, RESIDENT__RESIDENT_CODE);
		createEAttribute(residentEClass, RESIDENT__PHOTO);
		createEAttribute(residentEClass, RESIDENT__SYNTHETIC);
		createEReference(residentEClass, RESIDENT__ADDRESSES);
		createEReference(residentEClass, RESIDENT__CARDS);
		createEReference(residentEClass, RESIDENT__HOUSEHOLD);

		cardApplicationEClass = createEClass(CARD_APPLICATION);
		createEAttribute(cardApplicationEClass, CARD_APPLICATION__RECEIVED_ON);
		createEAttribute(cardApplicationEClass, CARD_APPLICATION__CHANNEL);

		myNumberCardEClass = createEClass(MY_NUMBER_CARD);
		createEAttribute(myNumberCardEClass, MY_NUMBER_CARD__ID);
		createEAttribute(myNumberCardEClass, MY_NUMBER_CARD__SERIAL);
		createEReference(myNumberCardEClass, MY_NUMBER_CARD__APPLICATION);
		createEAttribute(myNumberCardEClass, MY_NUMBER_CARD__ISSUED_ON);
		createEAttribute(myNumberCardEClass, MY_NUMBER_CARD__EXPIRES_ON);
		createEAttribute(myNumberCardEClass, MY_NUMBER_CARD__STATUS);
		createEReference(myNumberCardEClass, MY_NUMBER_CARD__TRANSITIONS);
		createEReference(myNumberCardEClass, MY_NUMBER_CARD__CERTIFICATES);

		statusTransitionEClass = createEClass(STATUS_TRANSITION);
		createEAttribute(statusTransitionEClass, STATUS_TRANSITION__FROM);
		createEAttribute(statusTransitionEClass, STATUS_TRANSITION__TO);
		createEAttribute(statusTransitionEClass, STATUS_TRANSITION__DATE);
		createEAttribute(statusTransitionEClass, STATUS_TRANSITION__OPERATOR);
		createEAttribute(statusTransitionEClass, STATUS_TRANSITION__REASON);

		certificateEClass = createEClass(CERTIFICATE);
		createEAttribute(certificateEClass, CERTIFICATE__KIND);
		createEAttribute(certificateEClass, CERTIFICATE__ISSUED_ON);
		createEAttribute(certificateEClass, CERTIFICATE__EXPIRES_ON);
		createEAttribute(certificateEClass, CERTIFICATE__REVOKED_ON);
		createEAttribute(certificateEClass, CERTIFICATE__REVOCATION_REASON);

		civilServantEClass = createEClass(CIVIL_SERVANT);
		createEAttribute(civilServantEClass, CIVIL_SERVANT__OFFICIAL_ID);
		createEAttribute(civilServantEClass, CIVIL_SERVANT__MINISTRY);
		createEAttribute(civilServantEClass, CIVIL_SERVANT__BUREAU);
		createEAttribute(civilServantEClass, CIVIL_SERVANT__POSITION);
		createEReference(civilServantEClass, CIVIL_SERVANT__RESIDENT);
		createEReference(civilServantEClass, CIVIL_SERVANT__CARD);

		// Create enums
		sexEEnum = createEEnum(SEX);
		residenceStatusEEnum = createEEnum(RESIDENCE_STATUS);
		cardStatusEEnum = createEEnum(CARD_STATUS);
		certificateKindEEnum = createEEnum(CERTIFICATE_KIND);
		notificationKindEEnum = createEEnum(NOTIFICATION_KIND);
		addressNumberStyleEEnum = createEEnum(ADDRESS_NUMBER_STYLE);
		applicationChannelEEnum = createEEnum(APPLICATION_CHANNEL);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(municipalityEClass, Municipality.class, "Municipality", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMunicipality_Code(), ecorePackage.getEString(), "code", null, 0, 1, Municipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMunicipality_Name(), ecorePackage.getEString(), "name", null, 0, 1, Municipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMunicipality_KanaName(), ecorePackage.getEString(), "kanaName", null, 0, 1, Municipality.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(addressEClass, Address.class, "Address", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAddress_PostalCode(), ecorePackage.getEString(), "postalCode", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Prefecture(), ecorePackage.getEString(), "prefecture", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_MunicipalityCode(), ecorePackage.getEString(), "municipalityCode", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_MunicipalityName(), ecorePackage.getEString(), "municipalityName", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Town(), ecorePackage.getEString(), "town", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Chome(), ecorePackage.getEString(), "chome", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Number(), ecorePackage.getEString(), "number", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_NumberStyle(), this.getAddressNumberStyle(), "numberStyle", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddress_Building(), ecorePackage.getEString(), "building", null, 0, 1, Address.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(addressEntryEClass, AddressEntry.class, "AddressEntry", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getAddressEntry_Address(), this.getAddress(), null, "address", null, 1, 1, AddressEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddressEntry_SetOn(), this.getLocalDate(), "setOn", null, 0, 1, AddressEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddressEntry_NotifiedOn(), this.getLocalDate(), "notifiedOn", null, 0, 1, AddressEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddressEntry_Notification(), this.getNotificationKind(), "notification", null, 0, 1, AddressEntry.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(householdEClass, Household.class, "Household", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getHousehold_Id(), ecorePackage.getEString(), "id", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousehold_Head(), this.getResident(), null, "head", null, 0, 1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getHousehold_Members(), this.getHouseholdMember(), null, "members", null, 0, -1, Household.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(householdMemberEClass, HouseholdMember.class, "HouseholdMember", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getHouseholdMember_Resident(), this.getResident(), this.getResident_Household(), "resident", null, 1, 1, HouseholdMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getHouseholdMember_Relationship(), ecorePackage.getEString(), "relationship", null, 0, 1, HouseholdMember.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(residentEClass, Resident.class, "Resident", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getResident_Id(), ecorePackage.getELong(), "id", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_FamilyName(), ecorePackage.getEString(), "familyName", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_GivenName(), ecorePackage.getEString(), "givenName", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_FamilyNameKana(), ecorePackage.getEString(), "familyNameKana", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_GivenNameKana(), ecorePackage.getEString(), "givenNameKana", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_RomanName(), ecorePackage.getEString(), "romanName", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_Alias(), ecorePackage.getEString(), "alias", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_BirthDate(), this.getLocalDate(), "birthDate", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_Sex(), this.getSex(), "sex", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_Nationality(), ecorePackage.getEString(), "nationality", "JPN", 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_RegisteredDomicile(), ecorePackage.getEString(), "registeredDomicile", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_ResidentSince(), this.getLocalDate(), "residentSince", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_ResidenceStatus(), this.getResidenceStatus(), "residenceStatus", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_ResidenceUntil(), this.getLocalDate(), "residenceUntil", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_IndividualNumber(), ecorePackage.getEString(), "individualNumber", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_ResidentCode(), ecorePackage.getEString(), "residentCode", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_Photo(), ecorePackage.getEString(), "photo", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getResident_Synthetic(), ecorePackage.getEBoolean(), "synthetic", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResident_Addresses(), this.getAddressEntry(), null, "addresses", null, 0, -1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResident_Cards(), this.getMyNumberCard(), null, "cards", null, 0, -1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getResident_Household(), this.getHouseholdMember(), this.getHouseholdMember_Resident(), "household", null, 0, 1, Resident.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(cardApplicationEClass, CardApplication.class, "CardApplication", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCardApplication_ReceivedOn(), this.getLocalDate(), "receivedOn", null, 0, 1, CardApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCardApplication_Channel(), this.getApplicationChannel(), "channel", null, 0, 1, CardApplication.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(myNumberCardEClass, MyNumberCard.class, "MyNumberCard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getMyNumberCard_Id(), ecorePackage.getELong(), "id", null, 0, 1, MyNumberCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMyNumberCard_Serial(), ecorePackage.getEString(), "serial", null, 0, 1, MyNumberCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMyNumberCard_Application(), this.getCardApplication(), null, "application", null, 0, 1, MyNumberCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMyNumberCard_IssuedOn(), this.getLocalDate(), "issuedOn", null, 0, 1, MyNumberCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMyNumberCard_ExpiresOn(), this.getLocalDate(), "expiresOn", null, 0, 1, MyNumberCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getMyNumberCard_Status(), this.getCardStatus(), "status", null, 0, 1, MyNumberCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMyNumberCard_Transitions(), this.getStatusTransition(), null, "transitions", null, 0, -1, MyNumberCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getMyNumberCard_Certificates(), this.getCertificate(), null, "certificates", null, 0, -1, MyNumberCard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(statusTransitionEClass, StatusTransition.class, "StatusTransition", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStatusTransition_From(), this.getCardStatus(), "from", null, 0, 1, StatusTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusTransition_To(), this.getCardStatus(), "to", null, 0, 1, StatusTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusTransition_Date(), this.getLocalDate(), "date", null, 0, 1, StatusTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusTransition_Operator(), ecorePackage.getEString(), "operator", null, 0, 1, StatusTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStatusTransition_Reason(), ecorePackage.getEString(), "reason", null, 0, 1, StatusTransition.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(certificateEClass, Certificate.class, "Certificate", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCertificate_Kind(), this.getCertificateKind(), "kind", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_IssuedOn(), this.getLocalDate(), "issuedOn", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_ExpiresOn(), this.getLocalDate(), "expiresOn", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_RevokedOn(), this.getLocalDate(), "revokedOn", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCertificate_RevocationReason(), ecorePackage.getEString(), "revocationReason", null, 0, 1, Certificate.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(civilServantEClass, CivilServant.class, "CivilServant", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCivilServant_OfficialId(), ecorePackage.getEString(), "officialId", null, 0, 1, CivilServant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCivilServant_Ministry(), ecorePackage.getEString(), "ministry", null, 0, 1, CivilServant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCivilServant_Bureau(), ecorePackage.getEString(), "bureau", null, 0, 1, CivilServant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCivilServant_Position(), ecorePackage.getEString(), "position", null, 0, 1, CivilServant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCivilServant_Resident(), this.getResident(), null, "resident", null, 1, 1, CivilServant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCivilServant_Card(), this.getMyNumberCard(), null, "card", null, 0, 1, CivilServant.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(sexEEnum, Sex.class, "Sex");
		addEEnumLiteral(sexEEnum, Sex.MALE);
		addEEnumLiteral(sexEEnum, Sex.FEMALE);

		initEEnum(residenceStatusEEnum, ResidenceStatus.class, "ResidenceStatus");
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.NATIONAL);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.PERMANENT);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.SPECIAL_PERMANENT);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.HIGHLY_SKILLED1);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.HIGHLY_SKILLED2);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.PROFESSOR);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.ARTIST);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.RELIGIOUS_ACTIVITIES);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.JOURNALIST);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.BUSINESS_MANAGER);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.LEGAL_ACCOUNTING);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.MEDICAL_SERVICES);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.RESEARCHER);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.INSTRUCTOR);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.ENGINEER);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.INTRA_COMPANY_TRANSFEREE);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.NURSING_CARE);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.ENTERTAINER);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.SKILLED_LABOR);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.SPECIFIED_SKILLED_WORKER1);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.SPECIFIED_SKILLED_WORKER2);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.TECHNICAL_INTERN_TRAINING);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.CULTURAL_ACTIVITIES);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.STUDENT);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.TRAINEE);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.DEPENDENT);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.DESIGNATED_ACTIVITIES);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.SPOUSE);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.SPOUSE_OF_PERMANENT);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.LONG_TERM_RESIDENT);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.TEMPORARY_REFUGE);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.PROVISIONAL_STAY);
		addEEnumLiteral(residenceStatusEEnum, ResidenceStatus.TRANSITIONAL_STAY);

		initEEnum(cardStatusEEnum, CardStatus.class, "CardStatus");
		addEEnumLiteral(cardStatusEEnum, CardStatus.APPLIED);
		addEEnumLiteral(cardStatusEEnum, CardStatus.PRODUCED);
		addEEnumLiteral(cardStatusEEnum, CardStatus.READY);
		addEEnumLiteral(cardStatusEEnum, CardStatus.ISSUED);
		addEEnumLiteral(cardStatusEEnum, CardStatus.SUSPENDED);
		addEEnumLiteral(cardStatusEEnum, CardStatus.REVOKED);
		addEEnumLiteral(cardStatusEEnum, CardStatus.EXPIRED);
		addEEnumLiteral(cardStatusEEnum, CardStatus.RETURNED);

		initEEnum(certificateKindEEnum, CertificateKind.class, "CertificateKind");
		addEEnumLiteral(certificateKindEEnum, CertificateKind.SIGNATURE);
		addEEnumLiteral(certificateKindEEnum, CertificateKind.USER);

		initEEnum(notificationKindEEnum, NotificationKind.class, "NotificationKind");
		addEEnumLiteral(notificationKindEEnum, NotificationKind.REGISTRATION);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.BIRTH);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.MOVE_IN);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.MOVE_WITHIN);
		addEEnumLiteral(notificationKindEEnum, NotificationKind.MOVE_OUT);

		initEEnum(addressNumberStyleEEnum, AddressNumberStyle.class, "AddressNumberStyle");
		addEEnumLiteral(addressNumberStyleEEnum, AddressNumberStyle.RESIDENCE_INDICATION);
		addEEnumLiteral(addressNumberStyleEEnum, AddressNumberStyle.LOT_NUMBER);

		initEEnum(applicationChannelEEnum, ApplicationChannel.class, "ApplicationChannel");
		addEEnumLiteral(applicationChannelEEnum, ApplicationChannel.COUNTER);
		addEEnumLiteral(applicationChannelEEnum, ApplicationChannel.MAIL);
		addEEnumLiteral(applicationChannelEEnum, ApplicationChannel.ONLINE);
		addEEnumLiteral(applicationChannelEEnum, ApplicationChannel.PHOTO_BOOTH);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //ModelPackageImpl
