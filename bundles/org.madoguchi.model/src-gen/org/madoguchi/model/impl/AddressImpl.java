/**
 */
package org.madoguchi.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.madoguchi.model.Address;
import org.madoguchi.model.AddressNumberStyle;
import org.madoguchi.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Address</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.impl.AddressImpl#getPostalCode <em>Postal Code</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.AddressImpl#getPrefecture <em>Prefecture</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.AddressImpl#getMunicipalityCode <em>Municipality Code</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.AddressImpl#getMunicipalityName <em>Municipality Name</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.AddressImpl#getTown <em>Town</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.AddressImpl#getChome <em>Chome</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.AddressImpl#getNumber <em>Number</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.AddressImpl#getNumberStyle <em>Number Style</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.AddressImpl#getBuilding <em>Building</em>}</li>
 * </ul>
 *
 * @generated
 */
public class AddressImpl extends MinimalEObjectImpl.Container implements Address {
	/**
	 * The default value of the '{@link #getPostalCode() <em>Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostalCode()
	 * @generated
	 * @ordered
	 */
	protected static final String POSTAL_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPostalCode() <em>Postal Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostalCode()
	 * @generated
	 * @ordered
	 */
	protected String postalCode = POSTAL_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrefecture() <em>Prefecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefecture()
	 * @generated
	 * @ordered
	 */
	protected static final String PREFECTURE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrefecture() <em>Prefecture</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrefecture()
	 * @generated
	 * @ordered
	 */
	protected String prefecture = PREFECTURE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMunicipalityCode() <em>Municipality Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipalityCode()
	 * @generated
	 * @ordered
	 */
	protected static final String MUNICIPALITY_CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMunicipalityCode() <em>Municipality Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipalityCode()
	 * @generated
	 * @ordered
	 */
	protected String municipalityCode = MUNICIPALITY_CODE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMunicipalityName() <em>Municipality Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipalityName()
	 * @generated
	 * @ordered
	 */
	protected static final String MUNICIPALITY_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMunicipalityName() <em>Municipality Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMunicipalityName()
	 * @generated
	 * @ordered
	 */
	protected String municipalityName = MUNICIPALITY_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getTown() <em>Town</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTown()
	 * @generated
	 * @ordered
	 */
	protected static final String TOWN_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTown() <em>Town</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTown()
	 * @generated
	 * @ordered
	 */
	protected String town = TOWN_EDEFAULT;

	/**
	 * The default value of the '{@link #getChome() <em>Chome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChome()
	 * @generated
	 * @ordered
	 */
	protected static final String CHOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getChome() <em>Chome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChome()
	 * @generated
	 * @ordered
	 */
	protected String chome = CHOME_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected static final String NUMBER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNumber() <em>Number</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumber()
	 * @generated
	 * @ordered
	 */
	protected String number = NUMBER_EDEFAULT;

	/**
	 * The default value of the '{@link #getNumberStyle() <em>Number Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberStyle()
	 * @generated
	 * @ordered
	 */
	protected static final AddressNumberStyle NUMBER_STYLE_EDEFAULT = AddressNumberStyle.RESIDENCE_INDICATION;

	/**
	 * The cached value of the '{@link #getNumberStyle() <em>Number Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNumberStyle()
	 * @generated
	 * @ordered
	 */
	protected AddressNumberStyle numberStyle = NUMBER_STYLE_EDEFAULT;

	/**
	 * This is true if the Number Style attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean numberStyleESet;

	/**
	 * The default value of the '{@link #getBuilding() <em>Building</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuilding()
	 * @generated
	 * @ordered
	 */
	protected static final String BUILDING_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBuilding() <em>Building</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBuilding()
	 * @generated
	 * @ordered
	 */
	protected String building = BUILDING_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AddressImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.ADDRESS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPostalCode() {
		return postalCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostalCode(String newPostalCode) {
		String oldPostalCode = postalCode;
		postalCode = newPostalCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADDRESS__POSTAL_CODE, oldPostalCode, postalCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrefecture() {
		return prefecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrefecture(String newPrefecture) {
		String oldPrefecture = prefecture;
		prefecture = newPrefecture;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADDRESS__PREFECTURE, oldPrefecture, prefecture));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMunicipalityCode() {
		return municipalityCode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMunicipalityCode(String newMunicipalityCode) {
		String oldMunicipalityCode = municipalityCode;
		municipalityCode = newMunicipalityCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADDRESS__MUNICIPALITY_CODE, oldMunicipalityCode, municipalityCode));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMunicipalityName() {
		return municipalityName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMunicipalityName(String newMunicipalityName) {
		String oldMunicipalityName = municipalityName;
		municipalityName = newMunicipalityName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADDRESS__MUNICIPALITY_NAME, oldMunicipalityName, municipalityName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTown() {
		return town;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTown(String newTown) {
		String oldTown = town;
		town = newTown;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADDRESS__TOWN, oldTown, town));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getChome() {
		return chome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChome(String newChome) {
		String oldChome = chome;
		chome = newChome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADDRESS__CHOME, oldChome, chome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNumber() {
		return number;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumber(String newNumber) {
		String oldNumber = number;
		number = newNumber;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADDRESS__NUMBER, oldNumber, number));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AddressNumberStyle getNumberStyle() {
		return numberStyle;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNumberStyle(AddressNumberStyle newNumberStyle) {
		AddressNumberStyle oldNumberStyle = numberStyle;
		numberStyle = newNumberStyle == null ? NUMBER_STYLE_EDEFAULT : newNumberStyle;
		boolean oldNumberStyleESet = numberStyleESet;
		numberStyleESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADDRESS__NUMBER_STYLE, oldNumberStyle, numberStyle, !oldNumberStyleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetNumberStyle() {
		AddressNumberStyle oldNumberStyle = numberStyle;
		boolean oldNumberStyleESet = numberStyleESet;
		numberStyle = NUMBER_STYLE_EDEFAULT;
		numberStyleESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, ModelPackage.ADDRESS__NUMBER_STYLE, oldNumberStyle, NUMBER_STYLE_EDEFAULT, oldNumberStyleESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetNumberStyle() {
		return numberStyleESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBuilding() {
		return building;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBuilding(String newBuilding) {
		String oldBuilding = building;
		building = newBuilding;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.ADDRESS__BUILDING, oldBuilding, building));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.ADDRESS__POSTAL_CODE:
				return getPostalCode();
			case ModelPackage.ADDRESS__PREFECTURE:
				return getPrefecture();
			case ModelPackage.ADDRESS__MUNICIPALITY_CODE:
				return getMunicipalityCode();
			case ModelPackage.ADDRESS__MUNICIPALITY_NAME:
				return getMunicipalityName();
			case ModelPackage.ADDRESS__TOWN:
				return getTown();
			case ModelPackage.ADDRESS__CHOME:
				return getChome();
			case ModelPackage.ADDRESS__NUMBER:
				return getNumber();
			case ModelPackage.ADDRESS__NUMBER_STYLE:
				return getNumberStyle();
			case ModelPackage.ADDRESS__BUILDING:
				return getBuilding();
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
			case ModelPackage.ADDRESS__POSTAL_CODE:
				setPostalCode((String)newValue);
				return;
			case ModelPackage.ADDRESS__PREFECTURE:
				setPrefecture((String)newValue);
				return;
			case ModelPackage.ADDRESS__MUNICIPALITY_CODE:
				setMunicipalityCode((String)newValue);
				return;
			case ModelPackage.ADDRESS__MUNICIPALITY_NAME:
				setMunicipalityName((String)newValue);
				return;
			case ModelPackage.ADDRESS__TOWN:
				setTown((String)newValue);
				return;
			case ModelPackage.ADDRESS__CHOME:
				setChome((String)newValue);
				return;
			case ModelPackage.ADDRESS__NUMBER:
				setNumber((String)newValue);
				return;
			case ModelPackage.ADDRESS__NUMBER_STYLE:
				setNumberStyle((AddressNumberStyle)newValue);
				return;
			case ModelPackage.ADDRESS__BUILDING:
				setBuilding((String)newValue);
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
			case ModelPackage.ADDRESS__POSTAL_CODE:
				setPostalCode(POSTAL_CODE_EDEFAULT);
				return;
			case ModelPackage.ADDRESS__PREFECTURE:
				setPrefecture(PREFECTURE_EDEFAULT);
				return;
			case ModelPackage.ADDRESS__MUNICIPALITY_CODE:
				setMunicipalityCode(MUNICIPALITY_CODE_EDEFAULT);
				return;
			case ModelPackage.ADDRESS__MUNICIPALITY_NAME:
				setMunicipalityName(MUNICIPALITY_NAME_EDEFAULT);
				return;
			case ModelPackage.ADDRESS__TOWN:
				setTown(TOWN_EDEFAULT);
				return;
			case ModelPackage.ADDRESS__CHOME:
				setChome(CHOME_EDEFAULT);
				return;
			case ModelPackage.ADDRESS__NUMBER:
				setNumber(NUMBER_EDEFAULT);
				return;
			case ModelPackage.ADDRESS__NUMBER_STYLE:
				unsetNumberStyle();
				return;
			case ModelPackage.ADDRESS__BUILDING:
				setBuilding(BUILDING_EDEFAULT);
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
			case ModelPackage.ADDRESS__POSTAL_CODE:
				return POSTAL_CODE_EDEFAULT == null ? postalCode != null : !POSTAL_CODE_EDEFAULT.equals(postalCode);
			case ModelPackage.ADDRESS__PREFECTURE:
				return PREFECTURE_EDEFAULT == null ? prefecture != null : !PREFECTURE_EDEFAULT.equals(prefecture);
			case ModelPackage.ADDRESS__MUNICIPALITY_CODE:
				return MUNICIPALITY_CODE_EDEFAULT == null ? municipalityCode != null : !MUNICIPALITY_CODE_EDEFAULT.equals(municipalityCode);
			case ModelPackage.ADDRESS__MUNICIPALITY_NAME:
				return MUNICIPALITY_NAME_EDEFAULT == null ? municipalityName != null : !MUNICIPALITY_NAME_EDEFAULT.equals(municipalityName);
			case ModelPackage.ADDRESS__TOWN:
				return TOWN_EDEFAULT == null ? town != null : !TOWN_EDEFAULT.equals(town);
			case ModelPackage.ADDRESS__CHOME:
				return CHOME_EDEFAULT == null ? chome != null : !CHOME_EDEFAULT.equals(chome);
			case ModelPackage.ADDRESS__NUMBER:
				return NUMBER_EDEFAULT == null ? number != null : !NUMBER_EDEFAULT.equals(number);
			case ModelPackage.ADDRESS__NUMBER_STYLE:
				return isSetNumberStyle();
			case ModelPackage.ADDRESS__BUILDING:
				return BUILDING_EDEFAULT == null ? building != null : !BUILDING_EDEFAULT.equals(building);
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
		result.append(" (postalCode: ");
		result.append(postalCode);
		result.append(", prefecture: ");
		result.append(prefecture);
		result.append(", municipalityCode: ");
		result.append(municipalityCode);
		result.append(", municipalityName: ");
		result.append(municipalityName);
		result.append(", town: ");
		result.append(town);
		result.append(", chome: ");
		result.append(chome);
		result.append(", number: ");
		result.append(number);
		result.append(", numberStyle: ");
		if (numberStyleESet) result.append(numberStyle); else result.append("<unset>");
		result.append(", building: ");
		result.append(building);
		result.append(')');
		return result.toString();
	}

} //AddressImpl
