/**
 */
package org.madoguchi.rules.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.madoguchi.rules.BirthdayTerm;
import org.madoguchi.rules.RulesPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Birthday Term</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.rules.impl.BirthdayTermImpl#getAdultAge <em>Adult Age</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.BirthdayTermImpl#getAdultBirthdays <em>Adult Birthdays</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.BirthdayTermImpl#getMinorBirthdays <em>Minor Birthdays</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.BirthdayTermImpl#getEarlyRenewalBirthdays <em>Early Renewal Birthdays</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BirthdayTermImpl extends ExpiryTermImpl implements BirthdayTerm {
	/**
	 * The default value of the '{@link #getAdultAge() <em>Adult Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdultAge()
	 * @generated
	 * @ordered
	 */
	protected static final int ADULT_AGE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAdultAge() <em>Adult Age</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdultAge()
	 * @generated
	 * @ordered
	 */
	protected int adultAge = ADULT_AGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdultBirthdays() <em>Adult Birthdays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdultBirthdays()
	 * @generated
	 * @ordered
	 */
	protected static final int ADULT_BIRTHDAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAdultBirthdays() <em>Adult Birthdays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdultBirthdays()
	 * @generated
	 * @ordered
	 */
	protected int adultBirthdays = ADULT_BIRTHDAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinorBirthdays() <em>Minor Birthdays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinorBirthdays()
	 * @generated
	 * @ordered
	 */
	protected static final int MINOR_BIRTHDAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinorBirthdays() <em>Minor Birthdays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinorBirthdays()
	 * @generated
	 * @ordered
	 */
	protected int minorBirthdays = MINOR_BIRTHDAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getEarlyRenewalBirthdays() <em>Early Renewal Birthdays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyRenewalBirthdays()
	 * @generated
	 * @ordered
	 */
	protected static final int EARLY_RENEWAL_BIRTHDAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getEarlyRenewalBirthdays() <em>Early Renewal Birthdays</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEarlyRenewalBirthdays()
	 * @generated
	 * @ordered
	 */
	protected int earlyRenewalBirthdays = EARLY_RENEWAL_BIRTHDAYS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BirthdayTermImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.BIRTHDAY_TERM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAdultAge() {
		return adultAge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdultAge(int newAdultAge) {
		int oldAdultAge = adultAge;
		adultAge = newAdultAge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.BIRTHDAY_TERM__ADULT_AGE, oldAdultAge, adultAge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAdultBirthdays() {
		return adultBirthdays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdultBirthdays(int newAdultBirthdays) {
		int oldAdultBirthdays = adultBirthdays;
		adultBirthdays = newAdultBirthdays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.BIRTHDAY_TERM__ADULT_BIRTHDAYS, oldAdultBirthdays, adultBirthdays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinorBirthdays() {
		return minorBirthdays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinorBirthdays(int newMinorBirthdays) {
		int oldMinorBirthdays = minorBirthdays;
		minorBirthdays = newMinorBirthdays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.BIRTHDAY_TERM__MINOR_BIRTHDAYS, oldMinorBirthdays, minorBirthdays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getEarlyRenewalBirthdays() {
		return earlyRenewalBirthdays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEarlyRenewalBirthdays(int newEarlyRenewalBirthdays) {
		int oldEarlyRenewalBirthdays = earlyRenewalBirthdays;
		earlyRenewalBirthdays = newEarlyRenewalBirthdays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.BIRTHDAY_TERM__EARLY_RENEWAL_BIRTHDAYS, oldEarlyRenewalBirthdays, earlyRenewalBirthdays));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RulesPackage.BIRTHDAY_TERM__ADULT_AGE:
				return getAdultAge();
			case RulesPackage.BIRTHDAY_TERM__ADULT_BIRTHDAYS:
				return getAdultBirthdays();
			case RulesPackage.BIRTHDAY_TERM__MINOR_BIRTHDAYS:
				return getMinorBirthdays();
			case RulesPackage.BIRTHDAY_TERM__EARLY_RENEWAL_BIRTHDAYS:
				return getEarlyRenewalBirthdays();
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
			case RulesPackage.BIRTHDAY_TERM__ADULT_AGE:
				setAdultAge((Integer)newValue);
				return;
			case RulesPackage.BIRTHDAY_TERM__ADULT_BIRTHDAYS:
				setAdultBirthdays((Integer)newValue);
				return;
			case RulesPackage.BIRTHDAY_TERM__MINOR_BIRTHDAYS:
				setMinorBirthdays((Integer)newValue);
				return;
			case RulesPackage.BIRTHDAY_TERM__EARLY_RENEWAL_BIRTHDAYS:
				setEarlyRenewalBirthdays((Integer)newValue);
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
			case RulesPackage.BIRTHDAY_TERM__ADULT_AGE:
				setAdultAge(ADULT_AGE_EDEFAULT);
				return;
			case RulesPackage.BIRTHDAY_TERM__ADULT_BIRTHDAYS:
				setAdultBirthdays(ADULT_BIRTHDAYS_EDEFAULT);
				return;
			case RulesPackage.BIRTHDAY_TERM__MINOR_BIRTHDAYS:
				setMinorBirthdays(MINOR_BIRTHDAYS_EDEFAULT);
				return;
			case RulesPackage.BIRTHDAY_TERM__EARLY_RENEWAL_BIRTHDAYS:
				setEarlyRenewalBirthdays(EARLY_RENEWAL_BIRTHDAYS_EDEFAULT);
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
			case RulesPackage.BIRTHDAY_TERM__ADULT_AGE:
				return adultAge != ADULT_AGE_EDEFAULT;
			case RulesPackage.BIRTHDAY_TERM__ADULT_BIRTHDAYS:
				return adultBirthdays != ADULT_BIRTHDAYS_EDEFAULT;
			case RulesPackage.BIRTHDAY_TERM__MINOR_BIRTHDAYS:
				return minorBirthdays != MINOR_BIRTHDAYS_EDEFAULT;
			case RulesPackage.BIRTHDAY_TERM__EARLY_RENEWAL_BIRTHDAYS:
				return earlyRenewalBirthdays != EARLY_RENEWAL_BIRTHDAYS_EDEFAULT;
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
		result.append(" (adultAge: ");
		result.append(adultAge);
		result.append(", adultBirthdays: ");
		result.append(adultBirthdays);
		result.append(", minorBirthdays: ");
		result.append(minorBirthdays);
		result.append(", earlyRenewalBirthdays: ");
		result.append(earlyRenewalBirthdays);
		result.append(')');
		return result.toString();
	}

} //BirthdayTermImpl
