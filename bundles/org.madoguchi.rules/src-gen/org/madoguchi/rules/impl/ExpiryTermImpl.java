/**
 */
package org.madoguchi.rules.impl;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.madoguchi.rules.ExpiryTerm;
import org.madoguchi.rules.RulesPackage;
import org.madoguchi.rules.StayCategory;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Expiry Term</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.rules.impl.ExpiryTermImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.ExpiryTermImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.ExpiryTermImpl#getDescriptionJa <em>Description Ja</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.ExpiryTermImpl#getCategories <em>Categories</em>}</li>
 *   <li>{@link org.madoguchi.rules.impl.ExpiryTermImpl#isNoticeSent <em>Notice Sent</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class ExpiryTermImpl extends MinimalEObjectImpl.Container implements ExpiryTerm {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescriptionJa() <em>Description Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionJa()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_JA_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescriptionJa() <em>Description Ja</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescriptionJa()
	 * @generated
	 * @ordered
	 */
	protected String descriptionJa = DESCRIPTION_JA_EDEFAULT;

	/**
	 * The cached value of the '{@link #getCategories() <em>Categories</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<StayCategory> categories;

	/**
	 * The default value of the '{@link #isNoticeSent() <em>Notice Sent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoticeSent()
	 * @generated
	 * @ordered
	 */
	protected static final boolean NOTICE_SENT_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isNoticeSent() <em>Notice Sent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isNoticeSent()
	 * @generated
	 * @ordered
	 */
	protected boolean noticeSent = NOTICE_SENT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ExpiryTermImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.EXPIRY_TERM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.EXPIRY_TERM__ID, oldId, id));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.EXPIRY_TERM__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescriptionJa() {
		return descriptionJa;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescriptionJa(String newDescriptionJa) {
		String oldDescriptionJa = descriptionJa;
		descriptionJa = newDescriptionJa;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.EXPIRY_TERM__DESCRIPTION_JA, oldDescriptionJa, descriptionJa));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<StayCategory> getCategories() {
		if (categories == null) {
			categories = new EObjectResolvingEList<StayCategory>(StayCategory.class, this, RulesPackage.EXPIRY_TERM__CATEGORIES);
		}
		return categories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isNoticeSent() {
		return noticeSent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNoticeSent(boolean newNoticeSent) {
		boolean oldNoticeSent = noticeSent;
		noticeSent = newNoticeSent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RulesPackage.EXPIRY_TERM__NOTICE_SENT, oldNoticeSent, noticeSent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RulesPackage.EXPIRY_TERM__ID:
				return getId();
			case RulesPackage.EXPIRY_TERM__DESCRIPTION:
				return getDescription();
			case RulesPackage.EXPIRY_TERM__DESCRIPTION_JA:
				return getDescriptionJa();
			case RulesPackage.EXPIRY_TERM__CATEGORIES:
				return getCategories();
			case RulesPackage.EXPIRY_TERM__NOTICE_SENT:
				return isNoticeSent();
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
			case RulesPackage.EXPIRY_TERM__ID:
				setId((String)newValue);
				return;
			case RulesPackage.EXPIRY_TERM__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case RulesPackage.EXPIRY_TERM__DESCRIPTION_JA:
				setDescriptionJa((String)newValue);
				return;
			case RulesPackage.EXPIRY_TERM__CATEGORIES:
				getCategories().clear();
				getCategories().addAll((Collection<? extends StayCategory>)newValue);
				return;
			case RulesPackage.EXPIRY_TERM__NOTICE_SENT:
				setNoticeSent((Boolean)newValue);
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
			case RulesPackage.EXPIRY_TERM__ID:
				setId(ID_EDEFAULT);
				return;
			case RulesPackage.EXPIRY_TERM__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case RulesPackage.EXPIRY_TERM__DESCRIPTION_JA:
				setDescriptionJa(DESCRIPTION_JA_EDEFAULT);
				return;
			case RulesPackage.EXPIRY_TERM__CATEGORIES:
				getCategories().clear();
				return;
			case RulesPackage.EXPIRY_TERM__NOTICE_SENT:
				setNoticeSent(NOTICE_SENT_EDEFAULT);
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
			case RulesPackage.EXPIRY_TERM__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case RulesPackage.EXPIRY_TERM__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case RulesPackage.EXPIRY_TERM__DESCRIPTION_JA:
				return DESCRIPTION_JA_EDEFAULT == null ? descriptionJa != null : !DESCRIPTION_JA_EDEFAULT.equals(descriptionJa);
			case RulesPackage.EXPIRY_TERM__CATEGORIES:
				return categories != null && !categories.isEmpty();
			case RulesPackage.EXPIRY_TERM__NOTICE_SENT:
				return noticeSent != NOTICE_SENT_EDEFAULT;
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
		result.append(", description: ");
		result.append(description);
		result.append(", descriptionJa: ");
		result.append(descriptionJa);
		result.append(", noticeSent: ");
		result.append(noticeSent);
		result.append(')');
		return result.toString();
	}

} //ExpiryTermImpl
