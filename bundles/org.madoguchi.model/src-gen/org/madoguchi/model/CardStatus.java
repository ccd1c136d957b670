/**
 */
package org.madoguchi.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Card Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Lifecycle of a My Number Card; allowed transitions are in CardLifecycle.
 * <!-- end-model-doc -->
 * @see org.madoguchi.model.ModelPackage#getCardStatus()
 * @model
 * @generated
 */
public enum CardStatus implements Enumerator {
	/**
	 * The '<em><b>Applied</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLIED_VALUE
	 * @generated
	 * @ordered
	 */
	APPLIED(0, "applied", "applied"),

	/**
	 * The '<em><b>Produced</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCED_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCED(1, "produced", "produced"),

	/**
	 * The '<em><b>Ready</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #READY_VALUE
	 * @generated
	 * @ordered
	 */
	READY(2, "ready", "ready"),

	/**
	 * The '<em><b>Issued</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISSUED_VALUE
	 * @generated
	 * @ordered
	 */
	ISSUED(3, "issued", "issued"),

	/**
	 * The '<em><b>Suspended</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSPENDED_VALUE
	 * @generated
	 * @ordered
	 */
	SUSPENDED(4, "suspended", "suspended"),

	/**
	 * The '<em><b>Revoked</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVOKED_VALUE
	 * @generated
	 * @ordered
	 */
	REVOKED(5, "revoked", "revoked"),

	/**
	 * The '<em><b>Expired</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPIRED_VALUE
	 * @generated
	 * @ordered
	 */
	EXPIRED(6, "expired", "expired"),

	/**
	 * The '<em><b>Returned</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETURNED_VALUE
	 * @generated
	 * @ordered
	 */
	RETURNED(7, "returned", "returned");

	/**
	 * The '<em><b>Applied</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #APPLIED
	 * @model name="applied"
	 * @generated
	 * @ordered
	 */
	public static final int APPLIED_VALUE = 0;

	/**
	 * The '<em><b>Produced</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCED
	 * @model name="produced"
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCED_VALUE = 1;

	/**
	 * The '<em><b>Ready</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #READY
	 * @model name="ready"
	 * @generated
	 * @ordered
	 */
	public static final int READY_VALUE = 2;

	/**
	 * The '<em><b>Issued</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ISSUED
	 * @model name="issued"
	 * @generated
	 * @ordered
	 */
	public static final int ISSUED_VALUE = 3;

	/**
	 * The '<em><b>Suspended</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUSPENDED
	 * @model name="suspended"
	 * @generated
	 * @ordered
	 */
	public static final int SUSPENDED_VALUE = 4;

	/**
	 * The '<em><b>Revoked</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REVOKED
	 * @model name="revoked"
	 * @generated
	 * @ordered
	 */
	public static final int REVOKED_VALUE = 5;

	/**
	 * The '<em><b>Expired</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPIRED
	 * @model name="expired"
	 * @generated
	 * @ordered
	 */
	public static final int EXPIRED_VALUE = 6;

	/**
	 * The '<em><b>Returned</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RETURNED
	 * @model name="returned"
	 * @generated
	 * @ordered
	 */
	public static final int RETURNED_VALUE = 7;

	/**
	 * An array of all the '<em><b>Card Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CardStatus[] VALUES_ARRAY =
		new CardStatus[] {
			APPLIED,
			PRODUCED,
			READY,
			ISSUED,
			SUSPENDED,
			REVOKED,
			EXPIRED,
			RETURNED,
		};

	/**
	 * A public read-only list of all the '<em><b>Card Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CardStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Card Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CardStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CardStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Card Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CardStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CardStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Card Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CardStatus get(int value) {
		switch (value) {
			case APPLIED_VALUE: return APPLIED;
			case PRODUCED_VALUE: return PRODUCED;
			case READY_VALUE: return READY;
			case ISSUED_VALUE: return ISSUED;
			case SUSPENDED_VALUE: return SUSPENDED;
			case REVOKED_VALUE: return REVOKED;
			case EXPIRED_VALUE: return EXPIRED;
			case RETURNED_VALUE: return RETURNED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private CardStatus(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //CardStatus
