/**
 */
package org.madoguchi.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.madoguchi.model.HouseholdMember;
import org.madoguchi.model.ModelPackage;
import org.madoguchi.model.Resident;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Household Member</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.impl.HouseholdMemberImpl#getResident <em>Resident</em>}</li>
 *   <li>{@link org.madoguchi.model.impl.HouseholdMemberImpl#getRelationship <em>Relationship</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HouseholdMemberImpl extends MinimalEObjectImpl.Container implements HouseholdMember {
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
	 * The default value of the '{@link #getRelationship() <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationship()
	 * @generated
	 * @ordered
	 */
	protected static final String RELATIONSHIP_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRelationship() <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRelationship()
	 * @generated
	 * @ordered
	 */
	protected String relationship = RELATIONSHIP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HouseholdMemberImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.HOUSEHOLD_MEMBER;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.HOUSEHOLD_MEMBER__RESIDENT, oldResident, resident));
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
	public NotificationChain basicSetResident(Resident newResident, NotificationChain msgs) {
		Resident oldResident = resident;
		resident = newResident;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.HOUSEHOLD_MEMBER__RESIDENT, oldResident, newResident);
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
	public void setResident(Resident newResident) {
		if (newResident != resident) {
			NotificationChain msgs = null;
			if (resident != null)
				msgs = ((InternalEObject)resident).eInverseRemove(this, ModelPackage.RESIDENT__HOUSEHOLD, Resident.class, msgs);
			if (newResident != null)
				msgs = ((InternalEObject)newResident).eInverseAdd(this, ModelPackage.RESIDENT__HOUSEHOLD, Resident.class, msgs);
			msgs = basicSetResident(newResident, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOUSEHOLD_MEMBER__RESIDENT, newResident, newResident));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRelationship() {
		return relationship;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRelationship(String newRelationship) {
		String oldRelationship = relationship;
		relationship = newRelationship;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.HOUSEHOLD_MEMBER__RELATIONSHIP, oldRelationship, relationship));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.HOUSEHOLD_MEMBER__RESIDENT:
				if (resident != null)
					msgs = ((InternalEObject)resident).eInverseRemove(this, ModelPackage.RESIDENT__HOUSEHOLD, Resident.class, msgs);
				return basicSetResident((Resident)otherEnd, msgs);
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
			case ModelPackage.HOUSEHOLD_MEMBER__RESIDENT:
				return basicSetResident(null, msgs);
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
			case ModelPackage.HOUSEHOLD_MEMBER__RESIDENT:
				if (resolve) return getResident();
				return basicGetResident();
			case ModelPackage.HOUSEHOLD_MEMBER__RELATIONSHIP:
				return getRelationship();
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
			case ModelPackage.HOUSEHOLD_MEMBER__RESIDENT:
				setResident((Resident)newValue);
				return;
			case ModelPackage.HOUSEHOLD_MEMBER__RELATIONSHIP:
				setRelationship((String)newValue);
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
			case ModelPackage.HOUSEHOLD_MEMBER__RESIDENT:
				setResident((Resident)null);
				return;
			case ModelPackage.HOUSEHOLD_MEMBER__RELATIONSHIP:
				setRelationship(RELATIONSHIP_EDEFAULT);
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
			case ModelPackage.HOUSEHOLD_MEMBER__RESIDENT:
				return resident != null;
			case ModelPackage.HOUSEHOLD_MEMBER__RELATIONSHIP:
				return RELATIONSHIP_EDEFAULT == null ? relationship != null : !RELATIONSHIP_EDEFAULT.equals(relationship);
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
		result.append(" (relationship: ");
		result.append(relationship);
		result.append(')');
		return result.toString();
	}

} //HouseholdMemberImpl
