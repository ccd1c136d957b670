/**
 */
package org.madoguchi.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Household Member</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A resident's place in a household.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.HouseholdMember#getResident <em>Resident</em>}</li>
 *   <li>{@link org.madoguchi.model.HouseholdMember#getRelationship <em>Relationship</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.model.ModelPackage#getHouseholdMember()
 * @model
 * @generated
 */
public interface HouseholdMember extends EObject {
	/**
	 * Returns the value of the '<em><b>Resident</b></em>' reference.
	 * It is bidirectional and its opposite is '{@link org.madoguchi.model.Resident#getHousehold <em>Household</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resident</em>' reference.
	 * @see #setResident(Resident)
	 * @see org.madoguchi.model.ModelPackage#getHouseholdMember_Resident()
	 * @see org.madoguchi.model.Resident#getHousehold
	 * @model opposite="household" required="true"
	 * @generated
	 */
	Resident getResident();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.HouseholdMember#getResident <em>Resident</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resident</em>' reference.
	 * @see #getResident()
	 * @generated
	 */
	void setResident(Resident value);

	/**
	 * Returns the value of the '<em><b>Relationship</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Relationship to the head (続柄) as recorded, e.g. 世帯主, 妻, 子, 同居人.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Relationship</em>' attribute.
	 * @see #setRelationship(String)
	 * @see org.madoguchi.model.ModelPackage#getHouseholdMember_Relationship()
	 * @model
	 * @generated
	 */
	String getRelationship();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.HouseholdMember#getRelationship <em>Relationship</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relationship</em>' attribute.
	 * @see #getRelationship()
	 * @generated
	 */
	void setRelationship(String value);

} // HouseholdMember
