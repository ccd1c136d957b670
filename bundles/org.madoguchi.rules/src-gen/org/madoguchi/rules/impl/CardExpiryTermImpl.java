/**
 */
package org.madoguchi.rules.impl;

import org.eclipse.emf.ecore.EClass;

import org.madoguchi.rules.CardExpiryTerm;
import org.madoguchi.rules.RulesPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Card Expiry Term</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class CardExpiryTermImpl extends ExpiryTermImpl implements CardExpiryTerm {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CardExpiryTermImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RulesPackage.Literals.CARD_EXPIRY_TERM;
	}

} //CardExpiryTermImpl
