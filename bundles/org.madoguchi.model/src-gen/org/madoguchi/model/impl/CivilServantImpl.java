/**
 */
package org.madoguchi.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.madoguchi.model.CivilServant;
import org.madoguchi.model.ModelPackage;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.Resident;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Civil Servant</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.impl.CivilServantImpl#getOfficialId <em>Official Id</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.CivilServantImpl#getMinistry <em>Ministry</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.CivilServantImpl#getBureau <em>Bureau</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.CivilServantImpl#getPosition <em>Position</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.CivilServantImpl#getResident <em>Resident</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.CivilServantImpl#getCard <em>Card</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CivilServantImpl extends MinimalEObjectImpl.Container implements CivilServant {
	/**
	 * The default value of the '{@link #getOfficialId() <em>Official Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfficialId()
	 * @generated
	 * @ordered
	 */
	protected static final String OFFICIAL_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOfficialId() <em>Official Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOfficialId()
	 * @generated
	 * @ordered
	 */
	protected String officialId = OFFICIAL_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinistry() <em>Ministry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinistry()
	 * @generated
	 * @ordered
	 */
	protected static final String MINISTRY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMinistry() <em>Ministry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinistry()
	 * @generated
	 * @ordered
	 */
	protected String ministry = MINISTRY_EDEFAULT;

	/**
	 * The default value of the '{@link #getBureau() <em>Bureau</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBureau()
	 * @generated
	 * @ordered
	 */
	protected static final String BUREAU_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBureau() <em>Bureau</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBureau()
	 * @generated
	 * @ordered
	 */
	protected String bureau = BUREAU_EDEFAULT;

	/**
	 * The default value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected static final String POSITION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPosition() <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPosition()
	 * @generated
	 * @ordered
	 */
	protected String position = POSITION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getResident() <em>Resident</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResident()
	 * @generated
	 * @ordered
	 */
	protected Resident resident;

	/**
	 * The cached value of the '{@link #getCard() <em>Card</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCard()
	 * @generated
	 * @ordered
	 */
	protected MyNumberCard card;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CivilServantImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.CIVIL_SERVANT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOfficialId() {
		return officialId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOfficialId(String newOfficialId) {
		String oldOfficialId = officialId;
		officialId = newOfficialId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CIVIL_SERVANT__OFFICIAL_ID, oldOfficialId, officialId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMinistry() {
		return ministry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinistry(String newMinistry) {
		String oldMinistry = ministry;
		ministry = newMinistry;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CIVIL_SERVANT__MINISTRY, oldMinistry, ministry));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBureau() {
		return bureau;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBureau(String newBureau) {
		String oldBureau = bureau;
		bureau = newBureau;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CIVIL_SERVANT__BUREAU, oldBureau, bureau));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPosition() {
		return position;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPosition(String newPosition) {
		String oldPosition = position;
		position = newPosition;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CIVIL_SERVANT__POSITION, oldPosition, position));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Resident getResident() {
		if (resident != null && resident.eIsProxy()) {
			InternalEObject oldResident = (InternalEObject)resident;
			resident = (Resident)eResolveProxy(oldResident);
			if (resident != oldResident) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.CIVIL_SERVANT__RESIDENT, oldResident, resident));
			}
		}
		return resident;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Resident basicGetResident() {
		return resident;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResident(Resident newResident) {
		Resident oldResident = resident;
		resident = newResident;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CIVIL_SERVANT__RESIDENT, oldResident, resident));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MyNumberCard getCard() {
		if (card != null && card.eIsProxy()) {
			InternalEObject oldCard = (InternalEObject)card;
			card = (MyNumberCard)eResolveProxy(oldCard);
			if (card != oldCard) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.CIVIL_SERVANT__CARD, oldCard, card));
			}
		}
		return card;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public MyNumberCard basicGetCard() {
		return card;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCard(MyNumberCard newCard) {
		MyNumberCard oldCard = card;
		card = newCard;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.CIVIL_SERVANT__CARD, oldCard, card));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.CIVIL_SERVANT__OFFICIAL_ID:
				return getOfficialId();
			case ModelPackage.CIVIL_SERVANT__MINISTRY:
				return getMinistry();
			case ModelPackage.CIVIL_SERVANT__BUREAU:
				return getBureau();
			case ModelPackage.CIVIL_SERVANT__POSITION:
				return getPosition();
			case ModelPackage.CIVIL_SERVANT__RESIDENT:
				if (resolve) return getResident();
				return basicGetResident();
			case ModelPackage.CIVIL_SERVANT__CARD:
				if (resolve) return getCard();
				return basicGetCard();
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
			case ModelPackage.CIVIL_SERVANT__OFFICIAL_ID:
				setOfficialId((String)newValue);
				return;
			case ModelPackage.CIVIL_SERVANT__MINISTRY:
				setMinistry((String)newValue);
				return;
			case ModelPackage.CIVIL_SERVANT__BUREAU:
				setBureau((String)newValue);
				return;
			case ModelPackage.CIVIL_SERVANT__POSITION:
				setPosition((String)newValue);
				return;
			case ModelPackage.CIVIL_SERVANT__RESIDENT:
				setResident((Resident)newValue);
				return;
			case ModelPackage.CIVIL_SERVANT__CARD:
				setCard((MyNumberCard)newValue);
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
			case ModelPackage.CIVIL_SERVANT__OFFICIAL_ID:
				setOfficialId(OFFICIAL_ID_EDEFAULT);
				return;
			case ModelPackage.CIVIL_SERVANT__MINISTRY:
				setMinistry(MINISTRY_EDEFAULT);
				return;
			case ModelPackage.CIVIL_SERVANT__BUREAU:
				setBureau(BUREAU_EDEFAULT);
				return;
			case ModelPackage.CIVIL_SERVANT__POSITION:
				setPosition(POSITION_EDEFAULT);
				return;
			case ModelPackage.CIVIL_SERVANT__RESIDENT:
				setResident((Resident)null);
				return;
			case ModelPackage.CIVIL_SERVANT__CARD:
				setCard((MyNumberCard)null);
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
			case ModelPackage.CIVIL_SERVANT__OFFICIAL_ID:
				return OFFICIAL_ID_EDEFAULT == null ? officialId != null : !OFFICIAL_ID_EDEFAULT.equals(officialId);
			case ModelPackage.CIVIL_SERVANT__MINISTRY:
				return MINISTRY_EDEFAULT == null ? ministry != null : !MINISTRY_EDEFAULT.equals(ministry);
			case ModelPackage.CIVIL_SERVANT__BUREAU:
				return BUREAU_EDEFAULT == null ? bureau != null : !BUREAU_EDEFAULT.equals(bureau);
			case ModelPackage.CIVIL_SERVANT__POSITION:
				return POSITION_EDEFAULT == null ? position != null : !POSITION_EDEFAULT.equals(position);
			case ModelPackage.CIVIL_SERVANT__RESIDENT:
				return resident != null;
			case ModelPackage.CIVIL_SERVANT__CARD:
				return card != null;
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
		result.append(" (officialId: ");
		result.append(officialId);
		result.append(", ministry: ");
		result.append(ministry);
		result.append(", bureau: ");
		result.append(bureau);
		result.append(", position: ");
		result.append(position);
		result.append(')');
		return result.toString();
	}

} //CivilServantImpl
