/**
 */
package org.madoguchi.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see org.madoguchi.model.ModelFactory
 * @model kind="package"
 * @generated
 */
public interface ModelPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://madoguchi.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "madoguchi";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	ModelPackage eINSTANCE = org.madoguchi.model.impl.ModelPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.madoguchi.model.impl.MunicipalityImpl <em>Municipality</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.impl.MunicipalityImpl
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getMunicipality()
	 * @generated
	 */
	int MUNICIPALITY = 0;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__CODE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__NAME = 1;

	/**
	 * The feature id for the '<em><b>Kana Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY__KANA_NAME = 2;

	/**
	 * The number of structural features of the '<em>Municipality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Municipality</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MUNICIPALITY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.impl.AddressImpl <em>Address</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.impl.AddressImpl
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getAddress()
	 * @generated
	 */
	int ADDRESS = 1;

	/**
	 * The feature id for the '<em><b>Postal Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__POSTAL_CODE = 0;

	/**
	 * The feature id for the '<em><b>Prefecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__PREFECTURE = 1;

	/**
	 * The feature id for the '<em><b>Municipality Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__MUNICIPALITY_CODE = 2;

	/**
	 * The feature id for the '<em><b>Municipality Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__MUNICIPALITY_NAME = 3;

	/**
	 * The feature id for the '<em><b>Town</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__TOWN = 4;

	/**
	 * The feature id for the '<em><b>Chome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__CHOME = 5;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__NUMBER = 6;

	/**
	 * The feature id for the '<em><b>Number Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__NUMBER_STYLE = 7;

	/**
	 * The feature id for the '<em><b>Building</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS__BUILDING = 8;

	/**
	 * The number of structural features of the '<em>Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Address</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.impl.AddressEntryImpl <em>Address Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.impl.AddressEntryImpl
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getAddressEntry()
	 * @generated
	 */
	int ADDRESS_ENTRY = 2;

	/**
	 * The feature id for the '<em><b>Address</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_ENTRY__ADDRESS = 0;

	/**
	 * The feature id for the '<em><b>Set On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_ENTRY__SET_ON = 1;

	/**
	 * The feature id for the '<em><b>Notified On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_ENTRY__NOTIFIED_ON = 2;

	/**
	 * The feature id for the '<em><b>Notification</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_ENTRY__NOTIFICATION = 3;

	/**
	 * The number of structural features of the '<em>Address Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_ENTRY_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Address Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDRESS_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.impl.HouseholdImpl <em>Household</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.impl.HouseholdImpl
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getHousehold()
	 * @generated
	 */
	int HOUSEHOLD = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__ID = 0;

	/**
	 * The feature id for the '<em><b>Head</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__HEAD = 1;

	/**
	 * The feature id for the '<em><b>Members</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD__MEMBERS = 2;

	/**
	 * The number of structural features of the '<em>Household</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Household</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.impl.HouseholdMemberImpl <em>Household Member</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.impl.HouseholdMemberImpl
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getHouseholdMember()
	 * @generated
	 */
	int HOUSEHOLD_MEMBER = 4;

	/**
	 * The feature id for the '<em><b>Resident</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD_MEMBER__RESIDENT = 0;

	/**
	 * The feature id for the '<em><b>Relationship</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD_MEMBER__RELATIONSHIP = 1;

	/**
	 * The number of structural features of the '<em>Household Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD_MEMBER_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Household Member</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HOUSEHOLD_MEMBER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.impl.ResidentImpl <em>Resident</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.impl.ResidentImpl
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getResident()
	 * @generated
	 */
	int RESIDENT = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__ID = 0;

	/**
	 * The feature id for the '<em><b>Family Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__FAMILY_NAME = 1;

	/**
	 * The feature id for the '<em><b>Given Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__GIVEN_NAME = 2;

	/**
	 * The feature id for the '<em><b>Family Name Kana</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__FAMILY_NAME_KANA = 3;

	/**
	 * The feature id for the '<em><b>Given Name Kana</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__GIVEN_NAME_KANA = 4;

	/**
	 * The feature id for the '<em><b>Roman Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__ROMAN_NAME = 5;

	/**
	 * The feature id for the '<em><b>Alias</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__ALIAS = 6;

	/**
	 * The feature id for the '<em><b>Birth Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__BIRTH_DATE = 7;

	/**
	 * The feature id for the '<em><b>Sex</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__SEX = 8;

	/**
	 * The feature id for the '<em><b>Nationality</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__NATIONALITY = 9;

	/**
	 * The feature id for the '<em><b>Registered Domicile</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__REGISTERED_DOMICILE = 10;

	/**
	 * The feature id for the '<em><b>Resident Since</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__RESIDENT_SINCE = 11;

	/**
	 * The feature id for the '<em><b>Residence Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__RESIDENCE_STATUS = 12;

	/**
	 * The feature id for the '<em><b>Residence Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__RESIDENCE_UNTIL = 13;

	/**
	 * The feature id for the '<em><b>Individual Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__INDIVIDUAL_NUMBER = 14;

	/**
	 * The feature id for the '<em><b>Resident Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__RESIDENT_CODE = 15;

	/**
	 * The feature id for the '<em><b>Photo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__PHOTO = 16;

	/**
	 * The feature id for the '<em><b>Synthetic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__SYNTHETIC = 17;

	/**
	 * The feature id for the '<em><b>Addresses</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__ADDRESSES = 18;

	/**
	 * The feature id for the '<em><b>Cards</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__CARDS = 19;

	/**
	 * The feature id for the '<em><b>Household</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT__HOUSEHOLD = 20;

	/**
	 * The number of structural features of the '<em>Resident</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT_FEATURE_COUNT = 21;

	/**
	 * The number of operations of the '<em>Resident</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.impl.CardApplicationImpl <em>Card Application</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.impl.CardApplicationImpl
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getCardApplication()
	 * @generated
	 */
	int CARD_APPLICATION = 6;

	/**
	 * The feature id for the '<em><b>Received On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD_APPLICATION__RECEIVED_ON = 0;

	/**
	 * The feature id for the '<em><b>Channel</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD_APPLICATION__CHANNEL = 1;

	/**
	 * The number of structural features of the '<em>Card Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD_APPLICATION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Card Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD_APPLICATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.impl.MyNumberCardImpl <em>My Number Card</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.impl.MyNumberCardImpl
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getMyNumberCard()
	 * @generated
	 */
	int MY_NUMBER_CARD = 7;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MY_NUMBER_CARD__ID = 0;

	/**
	 * The feature id for the '<em><b>Serial</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MY_NUMBER_CARD__SERIAL = 1;

	/**
	 * The feature id for the '<em><b>Application</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MY_NUMBER_CARD__APPLICATION = 2;

	/**
	 * The feature id for the '<em><b>Issued On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MY_NUMBER_CARD__ISSUED_ON = 3;

	/**
	 * The feature id for the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MY_NUMBER_CARD__EXPIRES_ON = 4;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MY_NUMBER_CARD__STATUS = 5;

	/**
	 * The feature id for the '<em><b>Transitions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MY_NUMBER_CARD__TRANSITIONS = 6;

	/**
	 * The feature id for the '<em><b>Certificates</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MY_NUMBER_CARD__CERTIFICATES = 7;

	/**
	 * The number of structural features of the '<em>My Number Card</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MY_NUMBER_CARD_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>My Number Card</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MY_NUMBER_CARD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.impl.StatusTransitionImpl <em>Status Transition</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.impl.StatusTransitionImpl
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getStatusTransition()
	 * @generated
	 */
	int STATUS_TRANSITION = 8;

	/**
	 * The feature id for the '<em><b>From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_TRANSITION__FROM = 0;

	/**
	 * The feature id for the '<em><b>To</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_TRANSITION__TO = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_TRANSITION__DATE = 2;

	/**
	 * The feature id for the '<em><b>Operator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_TRANSITION__OPERATOR = 3;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_TRANSITION__REASON = 4;

	/**
	 * The number of structural features of the '<em>Status Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_TRANSITION_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Status Transition</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STATUS_TRANSITION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.impl.CertificateImpl <em>Certificate</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.impl.CertificateImpl
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getCertificate()
	 * @generated
	 */
	int CERTIFICATE = 9;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Issued On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__ISSUED_ON = 1;

	/**
	 * The feature id for the '<em><b>Expires On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__EXPIRES_ON = 2;

	/**
	 * The feature id for the '<em><b>Revoked On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__REVOKED_ON = 3;

	/**
	 * The feature id for the '<em><b>Revocation Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE__REVOCATION_REASON = 4;

	/**
	 * The number of structural features of the '<em>Certificate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Certificate</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CERTIFICATE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.impl.CivilServantImpl <em>Civil Servant</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.impl.CivilServantImpl
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getCivilServant()
	 * @generated
	 */
	int CIVIL_SERVANT = 10;

	/**
	 * The feature id for the '<em><b>Official Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIVIL_SERVANT__OFFICIAL_ID = 0;

	/**
	 * The feature id for the '<em><b>Ministry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIVIL_SERVANT__MINISTRY = 1;

	/**
	 * The feature id for the '<em><b>Bureau</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIVIL_SERVANT__BUREAU = 2;

	/**
	 * The feature id for the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIVIL_SERVANT__POSITION = 3;

	/**
	 * The feature id for the '<em><b>Resident</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIVIL_SERVANT__RESIDENT = 4;

	/**
	 * The feature id for the '<em><b>Card</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIVIL_SERVANT__CARD = 5;

	/**
	 * The number of structural features of the '<em>Civil Servant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIVIL_SERVANT_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Civil Servant</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CIVIL_SERVANT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.Sex <em>Sex</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.Sex
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getSex()
	 * @generated
	 */
	int SEX = 11;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.ResidenceStatus <em>Residence Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.ResidenceStatus
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getResidenceStatus()
	 * @generated
	 */
	int RESIDENCE_STATUS = 12;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.CardStatus <em>Card Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.CardStatus
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getCardStatus()
	 * @generated
	 */
	int CARD_STATUS = 13;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.CertificateKind <em>Certificate Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.CertificateKind
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getCertificateKind()
	 * @generated
	 */
	int CERTIFICATE_KIND = 14;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.NotificationKind <em>Notification Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.NotificationKind
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getNotificationKind()
	 * @generated
	 */
	int NOTIFICATION_KIND = 15;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.AddressNumberStyle <em>Address Number Style</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.AddressNumberStyle
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getAddressNumberStyle()
	 * @generated
	 */
	int ADDRESS_NUMBER_STYLE = 16;

	/**
	 * The meta object id for the '{@link org.madoguchi.model.ApplicationChannel <em>Application Channel</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.model.ApplicationChannel
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getApplicationChannel()
	 * @generated
	 */
	int APPLICATION_CHANNEL = 17;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.madoguchi.model.impl.ModelPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 18;


	/**
	 * Returns the meta object for class '{@link org.madoguchi.model.Municipality <em>Municipality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Municipality</em>'.
	 * @see org.madoguchi.model.Municipality
	 * @generated
	 */
	EClass getMunicipality();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Municipality#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.madoguchi.model.Municipality#getCode()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_Code();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Municipality#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.madoguchi.model.Municipality#getName()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Municipality#getKanaName <em>Kana Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kana Name</em>'.
	 * @see org.madoguchi.model.Municipality#getKanaName()
	 * @see #getMunicipality()
	 * @generated
	 */
	EAttribute getMunicipality_KanaName();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.model.Address <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Address</em>'.
	 * @see org.madoguchi.model.Address
	 * @generated
	 */
	EClass getAddress();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Address#getPostalCode <em>Postal Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Postal Code</em>'.
	 * @see org.madoguchi.model.Address#getPostalCode()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_PostalCode();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Address#getPrefecture <em>Prefecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Prefecture</em>'.
	 * @see org.madoguchi.model.Address#getPrefecture()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Prefecture();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Address#getMunicipalityCode <em>Municipality Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Municipality Code</em>'.
	 * @see org.madoguchi.model.Address#getMunicipalityCode()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_MunicipalityCode();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Address#getMunicipalityName <em>Municipality Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Municipality Name</em>'.
	 * @see org.madoguchi.model.Address#getMunicipalityName()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_MunicipalityName();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Address#getTown <em>Town</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Town</em>'.
	 * @see org.madoguchi.model.Address#getTown()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Town();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Address#getChome <em>Chome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chome</em>'.
	 * @see org.madoguchi.model.Address#getChome()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Chome();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Address#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see org.madoguchi.model.Address#getNumber()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Number();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Address#getNumberStyle <em>Number Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number Style</em>'.
	 * @see org.madoguchi.model.Address#getNumberStyle()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_NumberStyle();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Address#getBuilding <em>Building</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Building</em>'.
	 * @see org.madoguchi.model.Address#getBuilding()
	 * @see #getAddress()
	 * @generated
	 */
	EAttribute getAddress_Building();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.model.AddressEntry <em>Address Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Address Entry</em>'.
	 * @see org.madoguchi.model.AddressEntry
	 * @generated
	 */
	EClass getAddressEntry();

	/**
	 * Returns the meta object for the containment reference '{@link org.madoguchi.model.AddressEntry#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Address</em>'.
	 * @see org.madoguchi.model.AddressEntry#getAddress()
	 * @see #getAddressEntry()
	 * @generated
	 */
	EReference getAddressEntry_Address();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.AddressEntry#getSetOn <em>Set On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Set On</em>'.
	 * @see org.madoguchi.model.AddressEntry#getSetOn()
	 * @see #getAddressEntry()
	 * @generated
	 */
	EAttribute getAddressEntry_SetOn();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.AddressEntry#getNotifiedOn <em>Notified On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notified On</em>'.
	 * @see org.madoguchi.model.AddressEntry#getNotifiedOn()
	 * @see #getAddressEntry()
	 * @generated
	 */
	EAttribute getAddressEntry_NotifiedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.AddressEntry#getNotification <em>Notification</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notification</em>'.
	 * @see org.madoguchi.model.AddressEntry#getNotification()
	 * @see #getAddressEntry()
	 * @generated
	 */
	EAttribute getAddressEntry_Notification();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.model.Household <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Household</em>'.
	 * @see org.madoguchi.model.Household
	 * @generated
	 */
	EClass getHousehold();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Household#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.madoguchi.model.Household#getId()
	 * @see #getHousehold()
	 * @generated
	 */
	EAttribute getHousehold_Id();

	/**
	 * Returns the meta object for the reference '{@link org.madoguchi.model.Household#getHead <em>Head</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Head</em>'.
	 * @see org.madoguchi.model.Household#getHead()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_Head();

	/**
	 * Returns the meta object for the containment reference list '{@link org.madoguchi.model.Household#getMembers <em>Members</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Members</em>'.
	 * @see org.madoguchi.model.Household#getMembers()
	 * @see #getHousehold()
	 * @generated
	 */
	EReference getHousehold_Members();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.model.HouseholdMember <em>Household Member</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Household Member</em>'.
	 * @see org.madoguchi.model.HouseholdMember
	 * @generated
	 */
	EClass getHouseholdMember();

	/**
	 * Returns the meta object for the reference '{@link org.madoguchi.model.HouseholdMember#getResident <em>Resident</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Resident</em>'.
	 * @see org.madoguchi.model.HouseholdMember#getResident()
	 * @see #getHouseholdMember()
	 * @generated
	 */
	EReference getHouseholdMember_Resident();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.HouseholdMember#getRelationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relationship</em>'.
	 * @see org.madoguchi.model.HouseholdMember#getRelationship()
	 * @see #getHouseholdMember()
	 * @generated
	 */
	EAttribute getHouseholdMember_Relationship();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.model.Resident <em>Resident</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Resident</em>'.
	 * @see org.madoguchi.model.Resident
	 * @generated
	 */
	EClass getResident();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.madoguchi.model.Resident#getId()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getFamilyName <em>Family Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family Name</em>'.
	 * @see org.madoguchi.model.Resident#getFamilyName()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_FamilyName();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getGivenName <em>Given Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given Name</em>'.
	 * @see org.madoguchi.model.Resident#getGivenName()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_GivenName();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getFamilyNameKana <em>Family Name Kana</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Family Name Kana</em>'.
	 * @see org.madoguchi.model.Resident#getFamilyNameKana()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_FamilyNameKana();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getGivenNameKana <em>Given Name Kana</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Given Name Kana</em>'.
	 * @see org.madoguchi.model.Resident#getGivenNameKana()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_GivenNameKana();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getRomanName <em>Roman Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Roman Name</em>'.
	 * @see org.madoguchi.model.Resident#getRomanName()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_RomanName();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getAlias <em>Alias</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Alias</em>'.
	 * @see org.madoguchi.model.Resident#getAlias()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_Alias();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getBirthDate <em>Birth Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Birth Date</em>'.
	 * @see org.madoguchi.model.Resident#getBirthDate()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_BirthDate();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getSex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sex</em>'.
	 * @see org.madoguchi.model.Resident#getSex()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_Sex();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getNationality <em>Nationality</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Nationality</em>'.
	 * @see org.madoguchi.model.Resident#getNationality()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_Nationality();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getRegisteredDomicile <em>Registered Domicile</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Registered Domicile</em>'.
	 * @see org.madoguchi.model.Resident#getRegisteredDomicile()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_RegisteredDomicile();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getResidentSince <em>Resident Since</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resident Since</em>'.
	 * @see org.madoguchi.model.Resident#getResidentSince()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_ResidentSince();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getResidenceStatus <em>Residence Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Residence Status</em>'.
	 * @see org.madoguchi.model.Resident#getResidenceStatus()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_ResidenceStatus();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getResidenceUntil <em>Residence Until</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Residence Until</em>'.
	 * @see org.madoguchi.model.Resident#getResidenceUntil()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_ResidenceUntil();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getIndividualNumber <em>Individual Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Individual Number</em>'.
	 * @see org.madoguchi.model.Resident#getIndividualNumber()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_IndividualNumber();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getResidentCode <em>Resident Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Resident Code</em>'.
	 * @see org.madoguchi.model.Resident#getResidentCode()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_ResidentCode();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#getPhoto <em>Photo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Photo</em>'.
	 * @see org.madoguchi.model.Resident#getPhoto()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_Photo();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Resident#isSynthetic <em>Synthetic</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Synthetic</em>'.
	 * @see org.madoguchi.model.Resident#isSynthetic()
	 * @see #getResident()
	 * @generated
	 */
	EAttribute getResident_Synthetic();

	/**
	 * Returns the meta object for the containment reference list '{@link org.madoguchi.model.Resident#getAddresses <em>Addresses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Addresses</em>'.
	 * @see org.madoguchi.model.Resident#getAddresses()
	 * @see #getResident()
	 * @generated
	 */
	EReference getResident_Addresses();

	/**
	 * Returns the meta object for the containment reference list '{@link org.madoguchi.model.Resident#getCards <em>Cards</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Cards</em>'.
	 * @see org.madoguchi.model.Resident#getCards()
	 * @see #getResident()
	 * @generated
	 */
	EReference getResident_Cards();

	/**
	 * Returns the meta object for the reference '{@link org.madoguchi.model.Resident#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Household</em>'.
	 * @see org.madoguchi.model.Resident#getHousehold()
	 * @see #getResident()
	 * @generated
	 */
	EReference getResident_Household();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.model.CardApplication <em>Card Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Card Application</em>'.
	 * @see org.madoguchi.model.CardApplication
	 * @generated
	 */
	EClass getCardApplication();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.CardApplication#getReceivedOn <em>Received On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received On</em>'.
	 * @see org.madoguchi.model.CardApplication#getReceivedOn()
	 * @see #getCardApplication()
	 * @generated
	 */
	EAttribute getCardApplication_ReceivedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.CardApplication#getChannel <em>Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channel</em>'.
	 * @see org.madoguchi.model.CardApplication#getChannel()
	 * @see #getCardApplication()
	 * @generated
	 */
	EAttribute getCardApplication_Channel();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.model.MyNumberCard <em>My Number Card</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>My Number Card</em>'.
	 * @see org.madoguchi.model.MyNumberCard
	 * @generated
	 */
	EClass getMyNumberCard();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.MyNumberCard#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.madoguchi.model.MyNumberCard#getId()
	 * @see #getMyNumberCard()
	 * @generated
	 */
	EAttribute getMyNumberCard_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.MyNumberCard#getSerial <em>Serial</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Serial</em>'.
	 * @see org.madoguchi.model.MyNumberCard#getSerial()
	 * @see #getMyNumberCard()
	 * @generated
	 */
	EAttribute getMyNumberCard_Serial();

	/**
	 * Returns the meta object for the containment reference '{@link org.madoguchi.model.MyNumberCard#getApplication <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Application</em>'.
	 * @see org.madoguchi.model.MyNumberCard#getApplication()
	 * @see #getMyNumberCard()
	 * @generated
	 */
	EReference getMyNumberCard_Application();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.MyNumberCard#getIssuedOn <em>Issued On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued On</em>'.
	 * @see org.madoguchi.model.MyNumberCard#getIssuedOn()
	 * @see #getMyNumberCard()
	 * @generated
	 */
	EAttribute getMyNumberCard_IssuedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.MyNumberCard#getExpiresOn <em>Expires On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires On</em>'.
	 * @see org.madoguchi.model.MyNumberCard#getExpiresOn()
	 * @see #getMyNumberCard()
	 * @generated
	 */
	EAttribute getMyNumberCard_ExpiresOn();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.MyNumberCard#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.madoguchi.model.MyNumberCard#getStatus()
	 * @see #getMyNumberCard()
	 * @generated
	 */
	EAttribute getMyNumberCard_Status();

	/**
	 * Returns the meta object for the containment reference list '{@link org.madoguchi.model.MyNumberCard#getTransitions <em>Transitions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Transitions</em>'.
	 * @see org.madoguchi.model.MyNumberCard#getTransitions()
	 * @see #getMyNumberCard()
	 * @generated
	 */
	EReference getMyNumberCard_Transitions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.madoguchi.model.MyNumberCard#getCertificates <em>Certificates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Certificates</em>'.
	 * @see org.madoguchi.model.MyNumberCard#getCertificates()
	 * @see #getMyNumberCard()
	 * @generated
	 */
	EReference getMyNumberCard_Certificates();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.model.StatusTransition <em>Status Transition</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Status Transition</em>'.
	 * @see org.madoguchi.model.StatusTransition
	 * @generated
	 */
	EClass getStatusTransition();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.StatusTransition#getFrom <em>From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>From</em>'.
	 * @see org.madoguchi.model.StatusTransition#getFrom()
	 * @see #getStatusTransition()
	 * @generated
	 */
	EAttribute getStatusTransition_From();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.StatusTransition#getTo <em>To</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>To</em>'.
	 * @see org.madoguchi.model.StatusTransition#getTo()
	 * @see #getStatusTransition()
	 * @generated
	 */
	EAttribute getStatusTransition_To();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.StatusTransition#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.madoguchi.model.StatusTransition#getDate()
	 * @see #getStatusTransition()
	 * @generated
	 */
	EAttribute getStatusTransition_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.StatusTransition#getOperator <em>Operator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Operator</em>'.
	 * @see org.madoguchi.model.StatusTransition#getOperator()
	 * @see #getStatusTransition()
	 * @generated
	 */
	EAttribute getStatusTransition_Operator();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.StatusTransition#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.madoguchi.model.StatusTransition#getReason()
	 * @see #getStatusTransition()
	 * @generated
	 */
	EAttribute getStatusTransition_Reason();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.model.Certificate <em>Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Certificate</em>'.
	 * @see org.madoguchi.model.Certificate
	 * @generated
	 */
	EClass getCertificate();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Certificate#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.madoguchi.model.Certificate#getKind()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Certificate#getIssuedOn <em>Issued On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued On</em>'.
	 * @see org.madoguchi.model.Certificate#getIssuedOn()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_IssuedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Certificate#getExpiresOn <em>Expires On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Expires On</em>'.
	 * @see org.madoguchi.model.Certificate#getExpiresOn()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_ExpiresOn();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Certificate#getRevokedOn <em>Revoked On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revoked On</em>'.
	 * @see org.madoguchi.model.Certificate#getRevokedOn()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_RevokedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.Certificate#getRevocationReason <em>Revocation Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Revocation Reason</em>'.
	 * @see org.madoguchi.model.Certificate#getRevocationReason()
	 * @see #getCertificate()
	 * @generated
	 */
	EAttribute getCertificate_RevocationReason();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.model.CivilServant <em>Civil Servant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Civil Servant</em>'.
	 * @see org.madoguchi.model.CivilServant
	 * @generated
	 */
	EClass getCivilServant();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.CivilServant#getOfficialId <em>Official Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Official Id</em>'.
	 * @see org.madoguchi.model.CivilServant#getOfficialId()
	 * @see #getCivilServant()
	 * @generated
	 */
	EAttribute getCivilServant_OfficialId();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.CivilServant#getMinistry <em>Ministry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ministry</em>'.
	 * @see org.madoguchi.model.CivilServant#getMinistry()
	 * @see #getCivilServant()
	 * @generated
	 */
	EAttribute getCivilServant_Ministry();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.CivilServant#getBureau <em>Bureau</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Bureau</em>'.
	 * @see org.madoguchi.model.CivilServant#getBureau()
	 * @see #getCivilServant()
	 * @generated
	 */
	EAttribute getCivilServant_Bureau();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.model.CivilServant#getPosition <em>Position</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Position</em>'.
	 * @see org.madoguchi.model.CivilServant#getPosition()
	 * @see #getCivilServant()
	 * @generated
	 */
	EAttribute getCivilServant_Position();

	/**
	 * Returns the meta object for the reference '{@link org.madoguchi.model.CivilServant#getResident <em>Resident</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Resident</em>'.
	 * @see org.madoguchi.model.CivilServant#getResident()
	 * @see #getCivilServant()
	 * @generated
	 */
	EReference getCivilServant_Resident();

	/**
	 * Returns the meta object for the reference '{@link org.madoguchi.model.CivilServant#getCard <em>Card</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Card</em>'.
	 * @see org.madoguchi.model.CivilServant#getCard()
	 * @see #getCivilServant()
	 * @generated
	 */
	EReference getCivilServant_Card();

	/**
	 * Returns the meta object for enum '{@link org.madoguchi.model.Sex <em>Sex</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Sex</em>'.
	 * @see org.madoguchi.model.Sex
	 * @generated
	 */
	EEnum getSex();

	/**
	 * Returns the meta object for enum '{@link org.madoguchi.model.ResidenceStatus <em>Residence Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Residence Status</em>'.
	 * @see org.madoguchi.model.ResidenceStatus
	 * @generated
	 */
	EEnum getResidenceStatus();

	/**
	 * Returns the meta object for enum '{@link org.madoguchi.model.CardStatus <em>Card Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Card Status</em>'.
	 * @see org.madoguchi.model.CardStatus
	 * @generated
	 */
	EEnum getCardStatus();

	/**
	 * Returns the meta object for enum '{@link org.madoguchi.model.CertificateKind <em>Certificate Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Certificate Kind</em>'.
	 * @see org.madoguchi.model.CertificateKind
	 * @generated
	 */
	EEnum getCertificateKind();

	/**
	 * Returns the meta object for enum '{@link org.madoguchi.model.NotificationKind <em>Notification Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Notification Kind</em>'.
	 * @see org.madoguchi.model.NotificationKind
	 * @generated
	 */
	EEnum getNotificationKind();

	/**
	 * Returns the meta object for enum '{@link org.madoguchi.model.AddressNumberStyle <em>Address Number Style</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Address Number Style</em>'.
	 * @see org.madoguchi.model.AddressNumberStyle
	 * @generated
	 */
	EEnum getAddressNumberStyle();

	/**
	 * Returns the meta object for enum '{@link org.madoguchi.model.ApplicationChannel <em>Application Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Application Channel</em>'.
	 * @see org.madoguchi.model.ApplicationChannel
	 * @generated
	 */
	EEnum getApplicationChannel();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without time zone; ISO-8601 in XMI.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ModelFactory getModelFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.madoguchi.model.impl.MunicipalityImpl <em>Municipality</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.impl.MunicipalityImpl
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getMunicipality()
		 * @generated
		 */
		EClass MUNICIPALITY = eINSTANCE.getMunicipality();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__CODE = eINSTANCE.getMunicipality_Code();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__NAME = eINSTANCE.getMunicipality_Name();

		/**
		 * The meta object literal for the '<em><b>Kana Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MUNICIPALITY__KANA_NAME = eINSTANCE.getMunicipality_KanaName();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.impl.AddressImpl <em>Address</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.impl.AddressImpl
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getAddress()
		 * @generated
		 */
		EClass ADDRESS = eINSTANCE.getAddress();

		/**
		 * The meta object literal for the '<em><b>Postal Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__POSTAL_CODE = eINSTANCE.getAddress_PostalCode();

		/**
		 * The meta object literal for the '<em><b>Prefecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__PREFECTURE = eINSTANCE.getAddress_Prefecture();

		/**
		 * The meta object literal for the '<em><b>Municipality Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__MUNICIPALITY_CODE = eINSTANCE.getAddress_MunicipalityCode();

		/**
		 * The meta object literal for the '<em><b>Municipality Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__MUNICIPALITY_NAME = eINSTANCE.getAddress_MunicipalityName();

		/**
		 * The meta object literal for the '<em><b>Town</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__TOWN = eINSTANCE.getAddress_Town();

		/**
		 * The meta object literal for the '<em><b>Chome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__CHOME = eINSTANCE.getAddress_Chome();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__NUMBER = eINSTANCE.getAddress_Number();

		/**
		 * The meta object literal for the '<em><b>Number Style</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__NUMBER_STYLE = eINSTANCE.getAddress_NumberStyle();

		/**
		 * The meta object literal for the '<em><b>Building</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS__BUILDING = eINSTANCE.getAddress_Building();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.impl.AddressEntryImpl <em>Address Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.impl.AddressEntryImpl
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getAddressEntry()
		 * @generated
		 */
		EClass ADDRESS_ENTRY = eINSTANCE.getAddressEntry();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference ADDRESS_ENTRY__ADDRESS = eINSTANCE.getAddressEntry_Address();

		/**
		 * The meta object literal for the '<em><b>Set On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS_ENTRY__SET_ON = eINSTANCE.getAddressEntry_SetOn();

		/**
		 * The meta object literal for the '<em><b>Notified On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS_ENTRY__NOTIFIED_ON = eINSTANCE.getAddressEntry_NotifiedOn();

		/**
		 * The meta object literal for the '<em><b>Notification</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDRESS_ENTRY__NOTIFICATION = eINSTANCE.getAddressEntry_Notification();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.impl.HouseholdImpl <em>Household</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.impl.HouseholdImpl
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getHousehold()
		 * @generated
		 */
		EClass HOUSEHOLD = eINSTANCE.getHousehold();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD__ID = eINSTANCE.getHousehold_Id();

		/**
		 * The meta object literal for the '<em><b>Head</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__HEAD = eINSTANCE.getHousehold_Head();

		/**
		 * The meta object literal for the '<em><b>Members</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD__MEMBERS = eINSTANCE.getHousehold_Members();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.impl.HouseholdMemberImpl <em>Household Member</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.impl.HouseholdMemberImpl
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getHouseholdMember()
		 * @generated
		 */
		EClass HOUSEHOLD_MEMBER = eINSTANCE.getHouseholdMember();

		/**
		 * The meta object literal for the '<em><b>Resident</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HOUSEHOLD_MEMBER__RESIDENT = eINSTANCE.getHouseholdMember_Resident();

		/**
		 * The meta object literal for the '<em><b>Relationship</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HOUSEHOLD_MEMBER__RELATIONSHIP = eINSTANCE.getHouseholdMember_Relationship();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.impl.ResidentImpl <em>Resident</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.impl.ResidentImpl
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getResident()
		 * @generated
		 */
		EClass RESIDENT = eINSTANCE.getResident();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__ID = eINSTANCE.getResident_Id();

		/**
		 * The meta object literal for the '<em><b>Family Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__FAMILY_NAME = eINSTANCE.getResident_FamilyName();

		/**
		 * The meta object literal for the '<em><b>Given Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__GIVEN_NAME = eINSTANCE.getResident_GivenName();

		/**
		 * The meta object literal for the '<em><b>Family Name Kana</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__FAMILY_NAME_KANA = eINSTANCE.getResident_FamilyNameKana();

		/**
		 * The meta object literal for the '<em><b>Given Name Kana</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__GIVEN_NAME_KANA = eINSTANCE.getResident_GivenNameKana();

		/**
		 * The meta object literal for the '<em><b>Roman Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__ROMAN_NAME = eINSTANCE.getResident_RomanName();

		/**
		 * The meta object literal for the '<em><b>Alias</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__ALIAS = eINSTANCE.getResident_Alias();

		/**
		 * The meta object literal for the '<em><b>Birth Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__BIRTH_DATE = eINSTANCE.getResident_BirthDate();

		/**
		 * The meta object literal for the '<em><b>Sex</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__SEX = eINSTANCE.getResident_Sex();

		/**
		 * The meta object literal for the '<em><b>Nationality</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__NATIONALITY = eINSTANCE.getResident_Nationality();

		/**
		 * The meta object literal for the '<em><b>Registered Domicile</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__REGISTERED_DOMICILE = eINSTANCE.getResident_RegisteredDomicile();

		/**
		 * The meta object literal for the '<em><b>Resident Since</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__RESIDENT_SINCE = eINSTANCE.getResident_ResidentSince();

		/**
		 * The meta object literal for the '<em><b>Residence Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__RESIDENCE_STATUS = eINSTANCE.getResident_ResidenceStatus();

		/**
		 * The meta object literal for the '<em><b>Residence Until</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__RESIDENCE_UNTIL = eINSTANCE.getResident_ResidenceUntil();

		/**
		 * The meta object literal for the '<em><b>Individual Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__INDIVIDUAL_NUMBER = eINSTANCE.getResident_IndividualNumber();

		/**
		 * The meta object literal for the '<em><b>Resident Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__RESIDENT_CODE = eINSTANCE.getResident_ResidentCode();

		/**
		 * The meta object literal for the '<em><b>Photo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__PHOTO = eINSTANCE.getResident_Photo();

		/**
		 * The meta object literal for the '<em><b>Synthetic</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RESIDENT__SYNTHETIC = eINSTANCE.getResident_Synthetic();

		/**
		 * The meta object literal for the '<em><b>Addresses</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESIDENT__ADDRESSES = eINSTANCE.getResident_Addresses();

		/**
		 * The meta object literal for the '<em><b>Cards</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESIDENT__CARDS = eINSTANCE.getResident_Cards();

		/**
		 * The meta object literal for the '<em><b>Household</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RESIDENT__HOUSEHOLD = eINSTANCE.getResident_Household();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.impl.CardApplicationImpl <em>Card Application</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.impl.CardApplicationImpl
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getCardApplication()
		 * @generated
		 */
		EClass CARD_APPLICATION = eINSTANCE.getCardApplication();

		/**
		 * The meta object literal for the '<em><b>Received On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARD_APPLICATION__RECEIVED_ON = eINSTANCE.getCardApplication_ReceivedOn();

		/**
		 * The meta object literal for the '<em><b>Channel</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CARD_APPLICATION__CHANNEL = eINSTANCE.getCardApplication_Channel();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.impl.MyNumberCardImpl <em>My Number Card</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.impl.MyNumberCardImpl
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getMyNumberCard()
		 * @generated
		 */
		EClass MY_NUMBER_CARD = eINSTANCE.getMyNumberCard();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MY_NUMBER_CARD__ID = eINSTANCE.getMyNumberCard_Id();

		/**
		 * The meta object literal for the '<em><b>Serial</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MY_NUMBER_CARD__SERIAL = eINSTANCE.getMyNumberCard_Serial();

		/**
		 * The meta object literal for the '<em><b>Application</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MY_NUMBER_CARD__APPLICATION = eINSTANCE.getMyNumberCard_Application();

		/**
		 * The meta object literal for the '<em><b>Issued On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MY_NUMBER_CARD__ISSUED_ON = eINSTANCE.getMyNumberCard_IssuedOn();

		/**
		 * The meta object literal for the '<em><b>Expires On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MY_NUMBER_CARD__EXPIRES_ON = eINSTANCE.getMyNumberCard_ExpiresOn();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MY_NUMBER_CARD__STATUS = eINSTANCE.getMyNumberCard_Status();

		/**
		 * The meta object literal for the '<em><b>Transitions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MY_NUMBER_CARD__TRANSITIONS = eINSTANCE.getMyNumberCard_Transitions();

		/**
		 * The meta object literal for the '<em><b>Certificates</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MY_NUMBER_CARD__CERTIFICATES = eINSTANCE.getMyNumberCard_Certificates();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.impl.StatusTransitionImpl <em>Status Transition</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.impl.StatusTransitionImpl
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getStatusTransition()
		 * @generated
		 */
		EClass STATUS_TRANSITION = eINSTANCE.getStatusTransition();

		/**
		 * The meta object literal for the '<em><b>From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_TRANSITION__FROM = eINSTANCE.getStatusTransition_From();

		/**
		 * The meta object literal for the '<em><b>To</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_TRANSITION__TO = eINSTANCE.getStatusTransition_To();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_TRANSITION__DATE = eINSTANCE.getStatusTransition_Date();

		/**
		 * The meta object literal for the '<em><b>Operator</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_TRANSITION__OPERATOR = eINSTANCE.getStatusTransition_Operator();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STATUS_TRANSITION__REASON = eINSTANCE.getStatusTransition_Reason();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.impl.CertificateImpl <em>Certificate</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.impl.CertificateImpl
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getCertificate()
		 * @generated
		 */
		EClass CERTIFICATE = eINSTANCE.getCertificate();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__KIND = eINSTANCE.getCertificate_Kind();

		/**
		 * The meta object literal for the '<em><b>Issued On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__ISSUED_ON = eINSTANCE.getCertificate_IssuedOn();

		/**
		 * The meta object literal for the '<em><b>Expires On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__EXPIRES_ON = eINSTANCE.getCertificate_ExpiresOn();

		/**
		 * The meta object literal for the '<em><b>Revoked On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__REVOKED_ON = eINSTANCE.getCertificate_RevokedOn();

		/**
		 * The meta object literal for the '<em><b>Revocation Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CERTIFICATE__REVOCATION_REASON = eINSTANCE.getCertificate_RevocationReason();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.impl.CivilServantImpl <em>Civil Servant</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.impl.CivilServantImpl
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getCivilServant()
		 * @generated
		 */
		EClass CIVIL_SERVANT = eINSTANCE.getCivilServant();

		/**
		 * The meta object literal for the '<em><b>Official Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIVIL_SERVANT__OFFICIAL_ID = eINSTANCE.getCivilServant_OfficialId();

		/**
		 * The meta object literal for the '<em><b>Ministry</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIVIL_SERVANT__MINISTRY = eINSTANCE.getCivilServant_Ministry();

		/**
		 * The meta object literal for the '<em><b>Bureau</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIVIL_SERVANT__BUREAU = eINSTANCE.getCivilServant_Bureau();

		/**
		 * The meta object literal for the '<em><b>Position</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CIVIL_SERVANT__POSITION = eINSTANCE.getCivilServant_Position();

		/**
		 * The meta object literal for the '<em><b>Resident</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIVIL_SERVANT__RESIDENT = eINSTANCE.getCivilServant_Resident();

		/**
		 * The meta object literal for the '<em><b>Card</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CIVIL_SERVANT__CARD = eINSTANCE.getCivilServant_Card();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.Sex <em>Sex</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.Sex
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getSex()
		 * @generated
		 */
		EEnum SEX = eINSTANCE.getSex();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.ResidenceStatus <em>Residence Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.ResidenceStatus
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getResidenceStatus()
		 * @generated
		 */
		EEnum RESIDENCE_STATUS = eINSTANCE.getResidenceStatus();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.CardStatus <em>Card Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.CardStatus
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getCardStatus()
		 * @generated
		 */
		EEnum CARD_STATUS = eINSTANCE.getCardStatus();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.CertificateKind <em>Certificate Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.CertificateKind
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getCertificateKind()
		 * @generated
		 */
		EEnum CERTIFICATE_KIND = eINSTANCE.getCertificateKind();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.NotificationKind <em>Notification Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.NotificationKind
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getNotificationKind()
		 * @generated
		 */
		EEnum NOTIFICATION_KIND = eINSTANCE.getNotificationKind();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.AddressNumberStyle <em>Address Number Style</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.AddressNumberStyle
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getAddressNumberStyle()
		 * @generated
		 */
		EEnum ADDRESS_NUMBER_STYLE = eINSTANCE.getAddressNumberStyle();

		/**
		 * The meta object literal for the '{@link org.madoguchi.model.ApplicationChannel <em>Application Channel</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.model.ApplicationChannel
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getApplicationChannel()
		 * @generated
		 */
		EEnum APPLICATION_CHANNEL = eINSTANCE.getApplicationChannel();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.madoguchi.model.impl.ModelPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

	}

} //ModelPackage
