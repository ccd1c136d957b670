/**
 */
package org.madoguchi.rules.impl;

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

import org.madoguchi.rules.DocumentRule;
import org.madoguchi.rules.LeapDayBirthday;
import org.madoguchi.rules.RuleSet;
import org.madoguchi.rules.RulesPackage;
import org.madoguchi.rules.StayCategory;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Rule Set</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.rules.impl.RuleSetImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.RuleSetImpl#getLabel <em>Label</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.RuleSetImpl#getLabelJa <em>Label Ja</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.RuleSetImpl#getReceivedFrom <em>Received From</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.RuleSetImpl#getReceivedBefore <em>Received Before</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.RuleSetImpl#getLeapDayBirthday <em>Leap Day Birthday</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.RuleSetImpl#getRenewalWindowMonths <em>Renewal Window Months</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.RuleSetImpl#getSignatureCertificateMinimumAge <em>Signature Certificate Minimum Age</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.RuleSetImpl#getStayCategories <em>Stay Categories</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.RuleSetImpl#getCard <em>Card</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.RuleSetImpl#getUserCertificate <em>User Certificate</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.RuleSetImpl#getSignatureCertificate <em>Signature Certificate</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RuleSetImpl extends MinimalEObjectImpl.Container implements RuleSet {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabel() <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabel()
	 * @generated
	 * @ordered
	 */
	protected String label = LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getLabelJa() <em>Label Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelJa()
	 * @generated
	 * @ordered
	 */
	protected static final String LABEL_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLabelJa() <em>Label Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabelJa()
	 * @generated
	 * @ordered
	 */
	protected String labelJa = LABEL_JA_EDEFAULT;

	/**
	 * The default value of the '{@link #getReceivedFrom() <em>Received From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedFrom()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RECEIVED_FROM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceivedFrom() <em>Received From</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedFrom()
	 * @generated
	 * @ordered
	 */
	protected LocalDate receivedFrom = RECEIVED_FROM_EDEFAULT;

	/**
	 * The default value of the '{@link #getReceivedBefore() <em>Received Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedBefore()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate RECEIVED_BEFORE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReceivedBefore() <em>Received Before</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceivedBefore()
	 * @generated
	 * @ordered
	 */
	protected LocalDate receivedBefore = RECEIVED_BEFORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeapDayBirthday() <em>Leap Day Birthday</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeapDayBirthday()
	 * @generated
	 * @ordered
	 */
	protected static final LeapDayBirthday LEAP_DAY_BIRTHDAY_EDEFAULT = LeapDayBirthday.FEBRUARY28;

	/**
	 * The cached value of the '{@link #getLeapDayBirthday() <em>Leap Day Birthday</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeapDayBirthday()
	 * @generated
	 * @ordered
	 */
	protected LeapDayBirthday leapDayBirthday = LEAP_DAY_BIRTHDAY_EDEFAULT;

	/**
	 * The default value of the '{@link #getRenewalWindowMonths() <em>Renewal Window Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRenewalWindowMonths()
	 * @generated
	 * @ordered
	 */
	protected static final int RENEWAL_WINDOW_MONTHS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getRenewalWindowMonths() <em>Renewal Window Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRenewalWindowMonths()
	 * @generated
	 * @ordered
	 */
	protected int renewalWindowMonths = RENEWAL_WINDOW_MONTHS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignatureCertificateMinimumAge() <em>Signature Certificate Minimum Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureCertificateMinimumAge()
	 * @generated
	 * @ordered
	 */
	protected static final int SIGNATURE_CERTIFICATE_MINIMUM_AGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getSignatureCertificateMinimumAge() <em>Signature Certificate Minimum Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureCertificateMinimumAge()
	 * @generated
	 * @ordered
	 */
	protected int signatureCertificateMinimumAge = SIGNATURE_CERTIFICATE_MINIMUM_AGE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStayCategories() <em>Stay Categories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStayCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<StayCategory> stayCategories;

	/**
	 * The cached value of the '{@link #getCard() <em>Card</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCard()
	 * @generated
	 * @ordered
	 */
	protected DocumentRule card;

	/**
	 * The cached value of the '{@link #getUserCertificate() <em>User Certificate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUserCertificate()
	 * @generated
	 * @ordered
	 */
	protected DocumentRule userCertificate;

	/**
	 * The cached value of the '{@link #getSignatureCertificate() <em>Signature Certificate</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignatureCertificate()
	 * @generated
	 * @ordered
	 */
	protected DocumentRule signatureCertificate;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RuleSetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.RULE_SET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_SET__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabel() {
		return label;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabel(String newLabel) {
		String oldLabel = label;
		label = newLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_SET__LABEL, oldLabel, label));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLabelJa() {
		return labelJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLabelJa(String newLabelJa) {
		String oldLabelJa = labelJa;
		labelJa = newLabelJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_SET__LABEL_JA, oldLabelJa, labelJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReceivedFrom() {
		return receivedFrom;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceivedFrom(LocalDate newReceivedFrom) {
		LocalDate oldReceivedFrom = receivedFrom;
		receivedFrom = newReceivedFrom;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_SET__RECEIVED_FROM, oldReceivedFrom, receivedFrom));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getReceivedBefore() {
		return receivedBefore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReceivedBefore(LocalDate newReceivedBefore) {
		LocalDate oldReceivedBefore = receivedBefore;
		receivedBefore = newReceivedBefore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_SET__RECEIVED_BEFORE, oldReceivedBefore, receivedBefore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LeapDayBirthday getLeapDayBirthday() {
		return leapDayBirthday;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeapDayBirthday(LeapDayBirthday newLeapDayBirthday) {
		LeapDayBirthday oldLeapDayBirthday = leapDayBirthday;
		leapDayBirthday = newLeapDayBirthday == null ? LEAP_DAY_BIRTHDAY_EDEFAULT : newLeapDayBirthday;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_SET__LEAP_DAY_BIRTHDAY, oldLeapDayBirthday, leapDayBirthday));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getRenewalWindowMonths() {
		return renewalWindowMonths;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRenewalWindowMonths(int newRenewalWindowMonths) {
		int oldRenewalWindowMonths = renewalWindowMonths;
		renewalWindowMonths = newRenewalWindowMonths;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_SET__RENEWAL_WINDOW_MONTHS, oldRenewalWindowMonths, renewalWindowMonths));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSignatureCertificateMinimumAge() {
		return signatureCertificateMinimumAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignatureCertificateMinimumAge(int newSignatureCertificateMinimumAge) {
		int oldSignatureCertificateMinimumAge = signatureCertificateMinimumAge;
		signatureCertificateMinimumAge = newSignatureCertificateMinimumAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_SET__SIGNATURE_CERTIFICATE_MINIMUM_AGE, oldSignatureCertificateMinimumAge, signatureCertificateMinimumAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<StayCategory> getStayCategories() {
		if (stayCategories == null) {
			stayCategories = new EObjectContainmentEList<StayCategory>(StayCategory.class, this, RulesPackage.RULE_SET__STAY_CATEGORIES);
		}
		return stayCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentRule getCard() {
		return card;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetCard(DocumentRule newCard, NotificationChain msgs) {
		DocumentRule oldCard = card;
		card = newCard;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_SET__CARD, oldCard, newCard);
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
	public void setCard(DocumentRule newCard) {
		if (newCard != card) {
			NotificationChain msgs = null;
			if (card != null)
				msgs = ((InternalEObject)card).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RulesPackage.RULE_SET__CARD, null, msgs);
			if (newCard != null)
				msgs = ((InternalEObject)newCard).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RulesPackage.RULE_SET__CARD, null, msgs);
			msgs = basicSetCard(newCard, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_SET__CARD, newCard, newCard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentRule getUserCertificate() {
		return userCertificate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetUserCertificate(DocumentRule newUserCertificate, NotificationChain msgs) {
		DocumentRule oldUserCertificate = userCertificate;
		userCertificate = newUserCertificate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_SET__USER_CERTIFICATE, oldUserCertificate, newUserCertificate);
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
	public void setUserCertificate(DocumentRule newUserCertificate) {
		if (newUserCertificate != userCertificate) {
			NotificationChain msgs = null;
			if (userCertificate != null)
				msgs = ((InternalEObject)userCertificate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RulesPackage.RULE_SET__USER_CERTIFICATE, null, msgs);
			if (newUserCertificate != null)
				msgs = ((InternalEObject)newUserCertificate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RulesPackage.RULE_SET__USER_CERTIFICATE, null, msgs);
			msgs = basicSetUserCertificate(newUserCertificate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_SET__USER_CERTIFICATE, newUserCertificate, newUserCertificate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DocumentRule getSignatureCertificate() {
		return signatureCertificate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSignatureCertificate(DocumentRule newSignatureCertificate, NotificationChain msgs) {
		DocumentRule oldSignatureCertificate = signatureCertificate;
		signatureCertificate = newSignatureCertificate;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_SET__SIGNATURE_CERTIFICATE, oldSignatureCertificate, newSignatureCertificate);
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
	public void setSignatureCertificate(DocumentRule newSignatureCertificate) {
		if (newSignatureCertificate != signatureCertificate) {
			NotificationChain msgs = null;
			if (signatureCertificate != null)
				msgs = ((InternalEObject)signatureCertificate).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RulesPackage.RULE_SET__SIGNATURE_CERTIFICATE, null, msgs);
			if (newSignatureCertificate != null)
				msgs = ((InternalEObject)newSignatureCertificate).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RulesPackage.RULE_SET__SIGNATURE_CERTIFICATE, null, msgs);
			msgs = basicSetSignatureCertificate(newSignatureCertificate, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.RULE_SET__SIGNATURE_CERTIFICATE, newSignatureCertificate, newSignatureCertificate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RulesPackage.RULE_SET__STAY_CATEGORIES:
				return ((InternalEList<?>)getStayCategories()).basicRemove(otherEnd, msgs);
			case RulesPackage.RULE_SET__CARD:
				return basicSetCard(null, msgs);
			case RulesPackage.RULE_SET__USER_CERTIFICATE:
				return basicSetUserCertificate(null, msgs);
			case RulesPackage.RULE_SET__SIGNATURE_CERTIFICATE:
				return basicSetSignatureCertificate(null, msgs);
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
			case RulesPackage.RULE_SET__ID:
				return getId();
			case RulesPackage.RULE_SET__LABEL:
				return getLabel();
			case RulesPackage.RULE_SET__LABEL_JA:
				return getLabelJa();
			case RulesPackage.RULE_SET__RECEIVED_FROM:
				return getReceivedFrom();
			case RulesPackage.RULE_SET__RECEIVED_BEFORE:
				return getReceivedBefore();
			case RulesPackage.RULE_SET__LEAP_DAY_BIRTHDAY:
				return getLeapDayBirthday();
			case RulesPackage.RULE_SET__RENEWAL_WINDOW_MONTHS:
				return getRenewalWindowMonths();
			case RulesPackage.RULE_SET__SIGNATURE_CERTIFICATE_MINIMUM_AGE:
				return getSignatureCertificateMinimumAge();
			case RulesPackage.RULE_SET__STAY_CATEGORIES:
				return getStayCategories();
			case RulesPackage.RULE_SET__CARD:
				return getCard();
			case RulesPackage.RULE_SET__USER_CERTIFICATE:
				return getUserCertificate();
			case RulesPackage.RULE_SET__SIGNATURE_CERTIFICATE:
				return getSignatureCertificate();
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
			case RulesPackage.RULE_SET__ID:
				setId((String)newValue);
				return;
			case RulesPackage.RULE_SET__LABEL:
				setLabel((String)newValue);
				return;
			case RulesPackage.RULE_SET__LABEL_JA:
				setLabelJa((String)newValue);
				return;
			case RulesPackage.RULE_SET__RECEIVED_FROM:
				setReceivedFrom((LocalDate)newValue);
				return;
			case RulesPackage.RULE_SET__RECEIVED_BEFORE:
				setReceivedBefore((LocalDate)newValue);
				return;
			case RulesPackage.RULE_SET__LEAP_DAY_BIRTHDAY:
				setLeapDayBirthday((LeapDayBirthday)newValue);
				return;
			case RulesPackage.RULE_SET__RENEWAL_WINDOW_MONTHS:
				setRenewalWindowMonths((Integer)newValue);
				return;
			case RulesPackage.RULE_SET__SIGNATURE_CERTIFICATE_MINIMUM_AGE:
				setSignatureCertificateMinimumAge((Integer)newValue);
				return;
			case RulesPackage.RULE_SET__STAY_CATEGORIES:
				getStayCategories().clear();
				getStayCategories().addAll((Collection<? extends StayCategory>)newValue);
				return;
			case RulesPackage.RULE_SET__CARD:
				setCard((DocumentRule)newValue);
				return;
			case RulesPackage.RULE_SET__USER_CERTIFICATE:
				setUserCertificate((DocumentRule)newValue);
				return;
			case RulesPackage.RULE_SET__SIGNATURE_CERTIFICATE:
				setSignatureCertificate((DocumentRule)newValue);
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
			case RulesPackage.RULE_SET__ID:
				setId(ID_EDEFAULT);
				return;
			case RulesPackage.RULE_SET__LABEL:
				setLabel(LABEL_EDEFAULT);
				return;
			case RulesPackage.RULE_SET__LABEL_JA:
				setLabelJa(LABEL_JA_EDEFAULT);
				return;
			case RulesPackage.RULE_SET__RECEIVED_FROM:
				setReceivedFrom(RECEIVED_FROM_EDEFAULT);
				return;
			case RulesPackage.RULE_SET__RECEIVED_BEFORE:
				setReceivedBefore(RECEIVED_BEFORE_EDEFAULT);
				return;
			case RulesPackage.RULE_SET__LEAP_DAY_BIRTHDAY:
				setLeapDayBirthday(LEAP_DAY_BIRTHDAY_EDEFAULT);
				return;
			case RulesPackage.RULE_SET__RENEWAL_WINDOW_MONTHS:
				setRenewalWindowMonths(RENEWAL_WINDOW_MONTHS_EDEFAULT);
				return;
			case RulesPackage.RULE_SET__SIGNATURE_CERTIFICATE_MINIMUM_AGE:
				setSignatureCertificateMinimumAge(SIGNATURE_CERTIFICATE_MINIMUM_AGE_EDEFAULT);
				return;
			case RulesPackage.RULE_SET__STAY_CATEGORIES:
				getStayCategories().clear();
				return;
			case RulesPackage.RULE_SET__CARD:
				setCard((DocumentRule)null);
				return;
			case RulesPackage.RULE_SET__USER_CERTIFICATE:
				setUserCertificate((DocumentRule)null);
				return;
			case RulesPackage.RULE_SET__SIGNATURE_CERTIFICATE:
				setSignatureCertificate((DocumentRule)null);
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
			case RulesPackage.RULE_SET__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case RulesPackage.RULE_SET__LABEL:
				return LABEL_EDEFAULT == null ? label != null : !LABEL_EDEFAULT.equals(label);
			case RulesPackage.RULE_SET__LABEL_JA:
				return LABEL_JA_EDEFAULT == null ? labelJa != null : !LABEL_JA_EDEFAULT.equals(labelJa);
			case RulesPackage.RULE_SET__RECEIVED_FROM:
				return RECEIVED_FROM_EDEFAULT == null ? receivedFrom != null : !RECEIVED_FROM_EDEFAULT.equals(receivedFrom);
			case RulesPackage.RULE_SET__RECEIVED_BEFORE:
				return RECEIVED_BEFORE_EDEFAULT == null ? receivedBefore != null : !RECEIVED_BEFORE_EDEFAULT.equals(receivedBefore);
			case RulesPackage.RULE_SET__LEAP_DAY_BIRTHDAY:
				return leapDayBirthday != LEAP_DAY_BIRTHDAY_EDEFAULT;
			case RulesPackage.RULE_SET__RENEWAL_WINDOW_MONTHS:
				return renewalWindowMonths != RENEWAL_WINDOW_MONTHS_EDEFAULT;
			case RulesPackage.RULE_SET__SIGNATURE_CERTIFICATE_MINIMUM_AGE:
				return signatureCertificateMinimumAge != SIGNATURE_CERTIFICATE_MINIMUM_AGE_EDEFAULT;
			case RulesPackage.RULE_SET__STAY_CATEGORIES:
				return stayCategories != null && !stayCategories.isEmpty();
			case RulesPackage.RULE_SET__CARD:
				return card != null;
			case RulesPackage.RULE_SET__USER_CERTIFICATE:
				return userCertificate != null;
			case RulesPackage.RULE_SET__SIGNATURE_CERTIFICATE:
				return signatureCertificate != null;
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
		result.append(", label: ");
		result.append(label);
		result.append(", labelJa: ");
		result.append(labelJa);
		result.append(", receivedFrom: ");
		result.append(receivedFrom);
		result.append(", receivedBefore: ");
		result.append(receivedBefore);
		result.append(", leapDayBirthday: ");
		result.append(leapDayBirthday);
		result.append(", renewalWindowMonths: ");
		result.append(renewalWindowMonths);
		result.append(", signatureCertificateMinimumAge: ");
		result.append(signatureCertificateMinimumAge);
		result.append(')');
		return result.toString();
	}

} //RuleSetImpl
