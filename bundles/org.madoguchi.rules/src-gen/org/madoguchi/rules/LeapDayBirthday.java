/**
 */
package org.madoguchi.rules;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Leap Day Birthday</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.madoguchi.rules.RulesPackage#getLeapDayBirthday()
 * @model
 * @generated
 */
public enum LeapDayBirthday implements Enumerator {
	/**
	 * The '<em><b>February28</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEBRUARY28_VALUE
	 * @generated
	 * @ordered
	 */
	FEBRUARY28(0, "february28", "february-28"),

	/**
	 * The '<em><b>March1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARCH1_VALUE
	 * @generated
	 * @ordered
	 */
	MARCH1(1, "march1", "march-1");

	/**
	 * The '<em><b>February28</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FEBRUARY28
	 * @model name="february28" literal="february-28"
	 * @generated
	 * @ordered
	 */
	public static final int FEBRUARY28_VALUE = 0;

	/**
	 * The '<em><b>March1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARCH1
	 * @model name="march1" literal="march-1"
	 * @generated
	 * @ordered
	 */
	public static final int MARCH1_VALUE = 1;

	/**
	 * An array of all the '<em><b>Leap Day Birthday</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final LeapDayBirthday[] VALUES_ARRAY =
		new LeapDayBirthday[] {
			FEBRUARY28,
			MARCH1,
		};

	/**
	 * A public read-only list of all the '<em><b>Leap Day Birthday</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<LeapDayBirthday> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Leap Day Birthday</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LeapDayBirthday get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LeapDayBirthday result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Leap Day Birthday</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LeapDayBirthday getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			LeapDayBirthday result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Leap Day Birthday</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static LeapDayBirthday get(int value) {
		switch (value) {
			case FEBRUARY28_VALUE: return FEBRUARY28;
			case MARCH1_VALUE: return MARCH1;
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
	private LeapDayBirthday(int value, String name, String literal) {
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
	
} //LeapDayBirthday
