/**
 */
package org.madoguchi.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Notification Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The notification that set an address.
 * <!-- end-model-doc -->
 * @see org.madoguchi.model.ModelPackage#getNotificationKind()
 * @model
 * @generated
 */
public enum NotificationKind implements Enumerator {
	/**
	 * The '<em><b>Registration</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGISTRATION_VALUE
	 * @generated
	 * @ordered
	 */
	REGISTRATION(0, "registration", "registration"),

	/**
	 * The '<em><b>Birth</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIRTH_VALUE
	 * @generated
	 * @ordered
	 */
	BIRTH(1, "birth", "birth"),

	/**
	 * The '<em><b>Move In</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOVE_IN_VALUE
	 * @generated
	 * @ordered
	 */
	MOVE_IN(2, "moveIn", "move-in"),

	/**
	 * The '<em><b>Move Within</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOVE_WITHIN_VALUE
	 * @generated
	 * @ordered
	 */
	MOVE_WITHIN(3, "moveWithin", "move-within"),

	/**
	 * The '<em><b>Move Out</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOVE_OUT_VALUE
	 * @generated
	 * @ordered
	 */
	MOVE_OUT(4, "moveOut", "move-out");

	/**
	 * The '<em><b>Registration</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #REGISTRATION
	 * @model name="registration"
	 * @generated
	 * @ordered
	 */
	public static final int REGISTRATION_VALUE = 0;

	/**
	 * The '<em><b>Birth</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIRTH
	 * @model name="birth"
	 * @generated
	 * @ordered
	 */
	public static final int BIRTH_VALUE = 1;

	/**
	 * The '<em><b>Move In</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOVE_IN
	 * @model name="moveIn" literal="move-in"
	 * @generated
	 * @ordered
	 */
	public static final int MOVE_IN_VALUE = 2;

	/**
	 * The '<em><b>Move Within</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOVE_WITHIN
	 * @model name="moveWithin" literal="move-within"
	 * @generated
	 * @ordered
	 */
	public static final int MOVE_WITHIN_VALUE = 3;

	/**
	 * The '<em><b>Move Out</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MOVE_OUT
	 * @model name="moveOut" literal="move-out"
	 * @generated
	 * @ordered
	 */
	public static final int MOVE_OUT_VALUE = 4;

	/**
	 * An array of all the '<em><b>Notification Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NotificationKind[] VALUES_ARRAY =
		new NotificationKind[] {
			REGISTRATION,
			BIRTH,
			MOVE_IN,
			MOVE_WITHIN,
			MOVE_OUT,
		};

	/**
	 * A public read-only list of all the '<em><b>Notification Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NotificationKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Notification Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NotificationKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NotificationKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Notification Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NotificationKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NotificationKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Notification Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NotificationKind get(int value) {
		switch (value) {
			case REGISTRATION_VALUE: return REGISTRATION;
			case BIRTH_VALUE: return BIRTH;
			case MOVE_IN_VALUE: return MOVE_IN;
			case MOVE_WITHIN_VALUE: return MOVE_WITHIN;
			case MOVE_OUT_VALUE: return MOVE_OUT;
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
	private NotificationKind(int value, String name, String literal) {
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
	
} //NotificationKind
