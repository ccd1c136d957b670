/**
 */
package org.madoguchi.rules;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
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
 * <!-- begin-model-doc -->
 * Validity rules of My Number Cards and their certificates as effective-dated data: the law has moved before (the 2022 age of majority) and will again (the next-generation card).
 * <!-- end-model-doc -->
 * @see org.madoguchi.rules.RulesFactory
 * @model kind="package"
 * @generated
 */
public interface RulesPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "rules";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://madoguchi.org/rules/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "rules";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RulesPackage eINSTANCE = org.madoguchi.rules.impl.RulesPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.madoguchi.rules.impl.RuleSetImpl <em>Rule Set</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.rules.impl.RuleSetImpl
	 * @see org.madoguchi.rules.impl.RulesPackageImpl#getRuleSet()
	 * @generated
	 */
	int RULE_SET = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__ID = 0;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__LABEL = 1;

	/**
	 * The feature id for the '<em><b>Label Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__LABEL_JA = 2;

	/**
	 * The feature id for the '<em><b>Received From</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__RECEIVED_FROM = 3;

	/**
	 * The feature id for the '<em><b>Received Before</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__RECEIVED_BEFORE = 4;

	/**
	 * The feature id for the '<em><b>Leap Day Birthday</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__LEAP_DAY_BIRTHDAY = 5;

	/**
	 * The feature id for the '<em><b>Renewal Window Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__RENEWAL_WINDOW_MONTHS = 6;

	/**
	 * The feature id for the '<em><b>Signature Certificate Minimum Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__SIGNATURE_CERTIFICATE_MINIMUM_AGE = 7;

	/**
	 * The feature id for the '<em><b>Stay Categories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__STAY_CATEGORIES = 8;

	/**
	 * The feature id for the '<em><b>Card</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__CARD = 9;

	/**
	 * The feature id for the '<em><b>User Certificate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__USER_CERTIFICATE = 10;

	/**
	 * The feature id for the '<em><b>Signature Certificate</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET__SIGNATURE_CERTIFICATE = 11;

	/**
	 * The number of structural features of the '<em>Rule Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET_FEATURE_COUNT = 12;

	/**
	 * The number of operations of the '<em>Rule Set</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RULE_SET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.rules.impl.StayCategoryImpl <em>Stay Category</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.rules.impl.StayCategoryImpl
	 * @see org.madoguchi.rules.impl.RulesPackageImpl#getStayCategory()
	 * @generated
	 */
	int STAY_CATEGORY = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAY_CATEGORY__NAME = 0;

	/**
	 * The feature id for the '<em><b>Statuses</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAY_CATEGORY__STATUSES = 1;

	/**
	 * The number of structural features of the '<em>Stay Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAY_CATEGORY_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Stay Category</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STAY_CATEGORY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.rules.impl.DocumentRuleImpl <em>Document Rule</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.rules.impl.DocumentRuleImpl
	 * @see org.madoguchi.rules.impl.RulesPackageImpl#getDocumentRule()
	 * @generated
	 */
	int DOCUMENT_RULE = 2;

	/**
	 * The feature id for the '<em><b>Terms</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_RULE__TERMS = 0;

	/**
	 * The number of structural features of the '<em>Document Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_RULE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Document Rule</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DOCUMENT_RULE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.rules.impl.ExpiryTermImpl <em>Expiry Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.rules.impl.ExpiryTermImpl
	 * @see org.madoguchi.rules.impl.RulesPackageImpl#getExpiryTerm()
	 * @generated
	 */
	int EXPIRY_TERM = 3;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPIRY_TERM__ID = 0;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPIRY_TERM__DESCRIPTION = 1;

	/**
	 * The feature id for the '<em><b>Description Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPIRY_TERM__DESCRIPTION_JA = 2;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPIRY_TERM__CATEGORIES = 3;

	/**
	 * The feature id for the '<em><b>Notice Sent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPIRY_TERM__NOTICE_SENT = 4;

	/**
	 * The number of structural features of the '<em>Expiry Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPIRY_TERM_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Expiry Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EXPIRY_TERM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.rules.impl.BirthdayTermImpl <em>Birthday Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.rules.impl.BirthdayTermImpl
	 * @see org.madoguchi.rules.impl.RulesPackageImpl#getBirthdayTerm()
	 * @generated
	 */
	int BIRTHDAY_TERM = 4;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY_TERM__ID = EXPIRY_TERM__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY_TERM__DESCRIPTION = EXPIRY_TERM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Description Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY_TERM__DESCRIPTION_JA = EXPIRY_TERM__DESCRIPTION_JA;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY_TERM__CATEGORIES = EXPIRY_TERM__CATEGORIES;

	/**
	 * The feature id for the '<em><b>Notice Sent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY_TERM__NOTICE_SENT = EXPIRY_TERM__NOTICE_SENT;

	/**
	 * The feature id for the '<em><b>Adult Age</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY_TERM__ADULT_AGE = EXPIRY_TERM_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Adult Birthdays</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY_TERM__ADULT_BIRTHDAYS = EXPIRY_TERM_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Minor Birthdays</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY_TERM__MINOR_BIRTHDAYS = EXPIRY_TERM_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Early Renewal Birthdays</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY_TERM__EARLY_RENEWAL_BIRTHDAYS = EXPIRY_TERM_FEATURE_COUNT + 3;

	/**
	 * The number of structural features of the '<em>Birthday Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY_TERM_FEATURE_COUNT = EXPIRY_TERM_FEATURE_COUNT + 4;

	/**
	 * The number of operations of the '<em>Birthday Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BIRTHDAY_TERM_OPERATION_COUNT = EXPIRY_TERM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.rules.impl.ResidencePeriodTermImpl <em>Residence Period Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.rules.impl.ResidencePeriodTermImpl
	 * @see org.madoguchi.rules.impl.RulesPackageImpl#getResidencePeriodTerm()
	 * @generated
	 */
	int RESIDENCE_PERIOD_TERM = 5;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENCE_PERIOD_TERM__ID = EXPIRY_TERM__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENCE_PERIOD_TERM__DESCRIPTION = EXPIRY_TERM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Description Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENCE_PERIOD_TERM__DESCRIPTION_JA = EXPIRY_TERM__DESCRIPTION_JA;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENCE_PERIOD_TERM__CATEGORIES = EXPIRY_TERM__CATEGORIES;

	/**
	 * The feature id for the '<em><b>Notice Sent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENCE_PERIOD_TERM__NOTICE_SENT = EXPIRY_TERM__NOTICE_SENT;

	/**
	 * The number of structural features of the '<em>Residence Period Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENCE_PERIOD_TERM_FEATURE_COUNT = EXPIRY_TERM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Residence Period Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RESIDENCE_PERIOD_TERM_OPERATION_COUNT = EXPIRY_TERM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.rules.impl.CardExpiryTermImpl <em>Card Expiry Term</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.rules.impl.CardExpiryTermImpl
	 * @see org.madoguchi.rules.impl.RulesPackageImpl#getCardExpiryTerm()
	 * @generated
	 */
	int CARD_EXPIRY_TERM = 6;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD_EXPIRY_TERM__ID = EXPIRY_TERM__ID;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD_EXPIRY_TERM__DESCRIPTION = EXPIRY_TERM__DESCRIPTION;

	/**
	 * The feature id for the '<em><b>Description Ja</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD_EXPIRY_TERM__DESCRIPTION_JA = EXPIRY_TERM__DESCRIPTION_JA;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD_EXPIRY_TERM__CATEGORIES = EXPIRY_TERM__CATEGORIES;

	/**
	 * The feature id for the '<em><b>Notice Sent</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD_EXPIRY_TERM__NOTICE_SENT = EXPIRY_TERM__NOTICE_SENT;

	/**
	 * The number of structural features of the '<em>Card Expiry Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD_EXPIRY_TERM_FEATURE_COUNT = EXPIRY_TERM_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Card Expiry Term</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CARD_EXPIRY_TERM_OPERATION_COUNT = EXPIRY_TERM_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link org.madoguchi.rules.LeapDayBirthday <em>Leap Day Birthday</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.madoguchi.rules.LeapDayBirthday
	 * @see org.madoguchi.rules.impl.RulesPackageImpl#getLeapDayBirthday()
	 * @generated
	 */
	int LEAP_DAY_BIRTHDAY = 7;


	/**
	 * Returns the meta object for class '{@link org.madoguchi.rules.RuleSet <em>Rule Set</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Rule Set</em>'.
	 * @see org.madoguchi.rules.RuleSet
	 * @generated
	 */
	EClass getRuleSet();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.RuleSet#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.madoguchi.rules.RuleSet#getId()
	 * @see #getRuleSet()
	 * @generated
	 */
	EAttribute getRuleSet_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.RuleSet#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see org.madoguchi.rules.RuleSet#getLabel()
	 * @see #getRuleSet()
	 * @generated
	 */
	EAttribute getRuleSet_Label();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.RuleSet#getLabelJa <em>Label Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label Ja</em>'.
	 * @see org.madoguchi.rules.RuleSet#getLabelJa()
	 * @see #getRuleSet()
	 * @generated
	 */
	EAttribute getRuleSet_LabelJa();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.RuleSet#getReceivedFrom <em>Received From</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received From</em>'.
	 * @see org.madoguchi.rules.RuleSet#getReceivedFrom()
	 * @see #getRuleSet()
	 * @generated
	 */
	EAttribute getRuleSet_ReceivedFrom();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.RuleSet#getReceivedBefore <em>Received Before</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Received Before</em>'.
	 * @see org.madoguchi.rules.RuleSet#getReceivedBefore()
	 * @see #getRuleSet()
	 * @generated
	 */
	EAttribute getRuleSet_ReceivedBefore();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.RuleSet#getLeapDayBirthday <em>Leap Day Birthday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Leap Day Birthday</em>'.
	 * @see org.madoguchi.rules.RuleSet#getLeapDayBirthday()
	 * @see #getRuleSet()
	 * @generated
	 */
	EAttribute getRuleSet_LeapDayBirthday();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.RuleSet#getRenewalWindowMonths <em>Renewal Window Months</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Renewal Window Months</em>'.
	 * @see org.madoguchi.rules.RuleSet#getRenewalWindowMonths()
	 * @see #getRuleSet()
	 * @generated
	 */
	EAttribute getRuleSet_RenewalWindowMonths();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.RuleSet#getSignatureCertificateMinimumAge <em>Signature Certificate Minimum Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signature Certificate Minimum Age</em>'.
	 * @see org.madoguchi.rules.RuleSet#getSignatureCertificateMinimumAge()
	 * @see #getRuleSet()
	 * @generated
	 */
	EAttribute getRuleSet_SignatureCertificateMinimumAge();

	/**
	 * Returns the meta object for the containment reference list '{@link org.madoguchi.rules.RuleSet#getStayCategories <em>Stay Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Stay Categories</em>'.
	 * @see org.madoguchi.rules.RuleSet#getStayCategories()
	 * @see #getRuleSet()
	 * @generated
	 */
	EReference getRuleSet_StayCategories();

	/**
	 * Returns the meta object for the containment reference '{@link org.madoguchi.rules.RuleSet#getCard <em>Card</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Card</em>'.
	 * @see org.madoguchi.rules.RuleSet#getCard()
	 * @see #getRuleSet()
	 * @generated
	 */
	EReference getRuleSet_Card();

	/**
	 * Returns the meta object for the containment reference '{@link org.madoguchi.rules.RuleSet#getUserCertificate <em>User Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>User Certificate</em>'.
	 * @see org.madoguchi.rules.RuleSet#getUserCertificate()
	 * @see #getRuleSet()
	 * @generated
	 */
	EReference getRuleSet_UserCertificate();

	/**
	 * Returns the meta object for the containment reference '{@link org.madoguchi.rules.RuleSet#getSignatureCertificate <em>Signature Certificate</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Signature Certificate</em>'.
	 * @see org.madoguchi.rules.RuleSet#getSignatureCertificate()
	 * @see #getRuleSet()
	 * @generated
	 */
	EReference getRuleSet_SignatureCertificate();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.rules.StayCategory <em>Stay Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Stay Category</em>'.
	 * @see org.madoguchi.rules.StayCategory
	 * @generated
	 */
	EClass getStayCategory();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.StayCategory#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.madoguchi.rules.StayCategory#getName()
	 * @see #getStayCategory()
	 * @generated
	 */
	EAttribute getStayCategory_Name();

	/**
	 * Returns the meta object for the attribute list '{@link org.madoguchi.rules.StayCategory#getStatuses <em>Statuses</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Statuses</em>'.
	 * @see org.madoguchi.rules.StayCategory#getStatuses()
	 * @see #getStayCategory()
	 * @generated
	 */
	EAttribute getStayCategory_Statuses();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.rules.DocumentRule <em>Document Rule</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Document Rule</em>'.
	 * @see org.madoguchi.rules.DocumentRule
	 * @generated
	 */
	EClass getDocumentRule();

	/**
	 * Returns the meta object for the containment reference list '{@link org.madoguchi.rules.DocumentRule#getTerms <em>Terms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Terms</em>'.
	 * @see org.madoguchi.rules.DocumentRule#getTerms()
	 * @see #getDocumentRule()
	 * @generated
	 */
	EReference getDocumentRule_Terms();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.rules.ExpiryTerm <em>Expiry Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Expiry Term</em>'.
	 * @see org.madoguchi.rules.ExpiryTerm
	 * @generated
	 */
	EClass getExpiryTerm();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.ExpiryTerm#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see org.madoguchi.rules.ExpiryTerm#getId()
	 * @see #getExpiryTerm()
	 * @generated
	 */
	EAttribute getExpiryTerm_Id();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.ExpiryTerm#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.madoguchi.rules.ExpiryTerm#getDescription()
	 * @see #getExpiryTerm()
	 * @generated
	 */
	EAttribute getExpiryTerm_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.ExpiryTerm#getDescriptionJa <em>Description Ja</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description Ja</em>'.
	 * @see org.madoguchi.rules.ExpiryTerm#getDescriptionJa()
	 * @see #getExpiryTerm()
	 * @generated
	 */
	EAttribute getExpiryTerm_DescriptionJa();

	/**
	 * Returns the meta object for the reference list '{@link org.madoguchi.rules.ExpiryTerm#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Categories</em>'.
	 * @see org.madoguchi.rules.ExpiryTerm#getCategories()
	 * @see #getExpiryTerm()
	 * @generated
	 */
	EReference getExpiryTerm_Categories();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.ExpiryTerm#isNoticeSent <em>Notice Sent</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Notice Sent</em>'.
	 * @see org.madoguchi.rules.ExpiryTerm#isNoticeSent()
	 * @see #getExpiryTerm()
	 * @generated
	 */
	EAttribute getExpiryTerm_NoticeSent();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.rules.BirthdayTerm <em>Birthday Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Birthday Term</em>'.
	 * @see org.madoguchi.rules.BirthdayTerm
	 * @generated
	 */
	EClass getBirthdayTerm();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.BirthdayTerm#getAdultAge <em>Adult Age</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adult Age</em>'.
	 * @see org.madoguchi.rules.BirthdayTerm#getAdultAge()
	 * @see #getBirthdayTerm()
	 * @generated
	 */
	EAttribute getBirthdayTerm_AdultAge();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.BirthdayTerm#getAdultBirthdays <em>Adult Birthdays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Adult Birthdays</em>'.
	 * @see org.madoguchi.rules.BirthdayTerm#getAdultBirthdays()
	 * @see #getBirthdayTerm()
	 * @generated
	 */
	EAttribute getBirthdayTerm_AdultBirthdays();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.BirthdayTerm#getMinorBirthdays <em>Minor Birthdays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Minor Birthdays</em>'.
	 * @see org.madoguchi.rules.BirthdayTerm#getMinorBirthdays()
	 * @see #getBirthdayTerm()
	 * @generated
	 */
	EAttribute getBirthdayTerm_MinorBirthdays();

	/**
	 * Returns the meta object for the attribute '{@link org.madoguchi.rules.BirthdayTerm#getEarlyRenewalBirthdays <em>Early Renewal Birthdays</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Early Renewal Birthdays</em>'.
	 * @see org.madoguchi.rules.BirthdayTerm#getEarlyRenewalBirthdays()
	 * @see #getBirthdayTerm()
	 * @generated
	 */
	EAttribute getBirthdayTerm_EarlyRenewalBirthdays();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.rules.ResidencePeriodTerm <em>Residence Period Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Residence Period Term</em>'.
	 * @see org.madoguchi.rules.ResidencePeriodTerm
	 * @generated
	 */
	EClass getResidencePeriodTerm();

	/**
	 * Returns the meta object for class '{@link org.madoguchi.rules.CardExpiryTerm <em>Card Expiry Term</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Card Expiry Term</em>'.
	 * @see org.madoguchi.rules.CardExpiryTerm
	 * @generated
	 */
	EClass getCardExpiryTerm();

	/**
	 * Returns the meta object for enum '{@link org.madoguchi.rules.LeapDayBirthday <em>Leap Day Birthday</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Leap Day Birthday</em>'.
	 * @see org.madoguchi.rules.LeapDayBirthday
	 * @generated
	 */
	EEnum getLeapDayBirthday();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	RulesFactory getRulesFactory();

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
		 * The meta object literal for the '{@link org.madoguchi.rules.impl.RuleSetImpl <em>Rule Set</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.rules.impl.RuleSetImpl
		 * @see org.madoguchi.rules.impl.RulesPackageImpl#getRuleSet()
		 * @generated
		 */
		EClass RULE_SET = eINSTANCE.getRuleSet();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SET__ID = eINSTANCE.getRuleSet_Id();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SET__LABEL = eINSTANCE.getRuleSet_Label();

		/**
		 * The meta object literal for the '<em><b>Label Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SET__LABEL_JA = eINSTANCE.getRuleSet_LabelJa();

		/**
		 * The meta object literal for the '<em><b>Received From</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SET__RECEIVED_FROM = eINSTANCE.getRuleSet_ReceivedFrom();

		/**
		 * The meta object literal for the '<em><b>Received Before</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SET__RECEIVED_BEFORE = eINSTANCE.getRuleSet_ReceivedBefore();

		/**
		 * The meta object literal for the '<em><b>Leap Day Birthday</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SET__LEAP_DAY_BIRTHDAY = eINSTANCE.getRuleSet_LeapDayBirthday();

		/**
		 * The meta object literal for the '<em><b>Renewal Window Months</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SET__RENEWAL_WINDOW_MONTHS = eINSTANCE.getRuleSet_RenewalWindowMonths();

		/**
		 * The meta object literal for the '<em><b>Signature Certificate Minimum Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RULE_SET__SIGNATURE_CERTIFICATE_MINIMUM_AGE = eINSTANCE.getRuleSet_SignatureCertificateMinimumAge();

		/**
		 * The meta object literal for the '<em><b>Stay Categories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_SET__STAY_CATEGORIES = eINSTANCE.getRuleSet_StayCategories();

		/**
		 * The meta object literal for the '<em><b>Card</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_SET__CARD = eINSTANCE.getRuleSet_Card();

		/**
		 * The meta object literal for the '<em><b>User Certificate</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_SET__USER_CERTIFICATE = eINSTANCE.getRuleSet_UserCertificate();

		/**
		 * The meta object literal for the '<em><b>Signature Certificate</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RULE_SET__SIGNATURE_CERTIFICATE = eINSTANCE.getRuleSet_SignatureCertificate();

		/**
		 * The meta object literal for the '{@link org.madoguchi.rules.impl.StayCategoryImpl <em>Stay Category</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.rules.impl.StayCategoryImpl
		 * @see org.madoguchi.rules.impl.RulesPackageImpl#getStayCategory()
		 * @generated
		 */
		EClass STAY_CATEGORY = eINSTANCE.getStayCategory();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAY_CATEGORY__NAME = eINSTANCE.getStayCategory_Name();

		/**
		 * The meta object literal for the '<em><b>Statuses</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STAY_CATEGORY__STATUSES = eINSTANCE.getStayCategory_Statuses();

		/**
		 * The meta object literal for the '{@link org.madoguchi.rules.impl.DocumentRuleImpl <em>Document Rule</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.rules.impl.DocumentRuleImpl
		 * @see org.madoguchi.rules.impl.RulesPackageImpl#getDocumentRule()
		 * @generated
		 */
		EClass DOCUMENT_RULE = eINSTANCE.getDocumentRule();

		/**
		 * The meta object literal for the '<em><b>Terms</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference DOCUMENT_RULE__TERMS = eINSTANCE.getDocumentRule_Terms();

		/**
		 * The meta object literal for the '{@link org.madoguchi.rules.impl.ExpiryTermImpl <em>Expiry Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.rules.impl.ExpiryTermImpl
		 * @see org.madoguchi.rules.impl.RulesPackageImpl#getExpiryTerm()
		 * @generated
		 */
		EClass EXPIRY_TERM = eINSTANCE.getExpiryTerm();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPIRY_TERM__ID = eINSTANCE.getExpiryTerm_Id();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPIRY_TERM__DESCRIPTION = eINSTANCE.getExpiryTerm_Description();

		/**
		 * The meta object literal for the '<em><b>Description Ja</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPIRY_TERM__DESCRIPTION_JA = eINSTANCE.getExpiryTerm_DescriptionJa();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EXPIRY_TERM__CATEGORIES = eINSTANCE.getExpiryTerm_Categories();

		/**
		 * The meta object literal for the '<em><b>Notice Sent</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute EXPIRY_TERM__NOTICE_SENT = eINSTANCE.getExpiryTerm_NoticeSent();

		/**
		 * The meta object literal for the '{@link org.madoguchi.rules.impl.BirthdayTermImpl <em>Birthday Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.rules.impl.BirthdayTermImpl
		 * @see org.madoguchi.rules.impl.RulesPackageImpl#getBirthdayTerm()
		 * @generated
		 */
		EClass BIRTHDAY_TERM = eINSTANCE.getBirthdayTerm();

		/**
		 * The meta object literal for the '<em><b>Adult Age</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIRTHDAY_TERM__ADULT_AGE = eINSTANCE.getBirthdayTerm_AdultAge();

		/**
		 * The meta object literal for the '<em><b>Adult Birthdays</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIRTHDAY_TERM__ADULT_BIRTHDAYS = eINSTANCE.getBirthdayTerm_AdultBirthdays();

		/**
		 * The meta object literal for the '<em><b>Minor Birthdays</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIRTHDAY_TERM__MINOR_BIRTHDAYS = eINSTANCE.getBirthdayTerm_MinorBirthdays();

		/**
		 * The meta object literal for the '<em><b>Early Renewal Birthdays</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BIRTHDAY_TERM__EARLY_RENEWAL_BIRTHDAYS = eINSTANCE.getBirthdayTerm_EarlyRenewalBirthdays();

		/**
		 * The meta object literal for the '{@link org.madoguchi.rules.impl.ResidencePeriodTermImpl <em>Residence Period Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.rules.impl.ResidencePeriodTermImpl
		 * @see org.madoguchi.rules.impl.RulesPackageImpl#getResidencePeriodTerm()
		 * @generated
		 */
		EClass RESIDENCE_PERIOD_TERM = eINSTANCE.getResidencePeriodTerm();

		/**
		 * The meta object literal for the '{@link org.madoguchi.rules.impl.CardExpiryTermImpl <em>Card Expiry Term</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.rules.impl.CardExpiryTermImpl
		 * @see org.madoguchi.rules.impl.RulesPackageImpl#getCardExpiryTerm()
		 * @generated
		 */
		EClass CARD_EXPIRY_TERM = eINSTANCE.getCardExpiryTerm();

		/**
		 * The meta object literal for the '{@link org.madoguchi.rules.LeapDayBirthday <em>Leap Day Birthday</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.madoguchi.rules.LeapDayBirthday
		 * @see org.madoguchi.rules.impl.RulesPackageImpl#getLeapDayBirthday()
		 * @generated
		 */
		EEnum LEAP_DAY_BIRTHDAY = eINSTANCE.getLeapDayBirthday();

	}

} //RulesPackage
