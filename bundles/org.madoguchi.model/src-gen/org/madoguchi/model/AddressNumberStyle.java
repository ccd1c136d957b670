/**
 */
package org.madoguchi.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Address Number Style</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How the block part of an address is written.
 * <!-- end-model-doc -->
 * @see org.madoguchi.model.ModelPackage#getAddressNumberStyle()
 * @model
 * @generated
 */
public enum AddressNumberStyle implements Enumerator {
	/**
	 * The '<em><b>Residence Indication</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDENCE_INDICATION_VALUE
	 * @generated
	 * @ordered
	 */
	RESIDENCE_INDICATION(0, "residenceIndication", "residence-indication"),

	/**
	 * The '<em><b>Lot Number</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOT_NUMBER_VALUE
	 * @generated
	 * @ordered
	 */
	LOT_NUMBER(1, "lotNumber", "lot-number");

	/**
	 * The '<em><b>Residence Indication</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESIDENCE_INDICATION
	 * @model name="residenceIndication" literal="residence-indication"
	 * @generated
	 * @ordered
	 */
	public static final int RESIDENCE_INDICATION_VALUE = 0;

	/**
	 * The '<em><b>Lot Number</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOT_NUMBER
	 * @model name="lotNumber" literal="lot-number"
	 * @generated
	 * @ordered
	 */
	public static final int LOT_NUMBER_VALUE = 1;

	/**
	 * An array of all the '<em><b>Address Number Style</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AddressNumberStyle[] VALUES_ARRAY =
		new AddressNumberStyle[] {
			RESIDENCE_INDICATION,
			LOT_NUMBER,
		};

	/**
	 * A public read-only list of all the '<em><b>Address Number Style</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AddressNumberStyle> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Address Number Style</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddressNumberStyle get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AddressNumberStyle result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Address Number Style</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddressNumberStyle getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AddressNumberStyle result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Address Number Style</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AddressNumberStyle get(int value) {
		switch (value) {
			case RESIDENCE_INDICATION_VALUE: return RESIDENCE_INDICATION;
			case LOT_NUMBER_VALUE: return LOT_NUMBER;
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
	private AddressNumberStyle(int value, String name, String literal) {
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
	
} //AddressNumberStyle
