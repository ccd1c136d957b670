/**
 */
package org.madoguchi.model;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Household</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A household (世帯) on the resident register.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.Household#getId <em>Id</em>}</li>
 *   <li>{@link org.madoguchi.model.Household#getHead <em>Head</em>}</li>
 *   <li>{@link org.madoguchi.model.Household#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.model.ModelPackage#getHousehold()
 * @model
 * @generated
 */
public interface Household extends EObject {
	/**
	 * Returns the value of the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Id</em>' attribute.
	 * @see #setId(String)
	 * @see org.madoguchi.model.ModelPackage#getHousehold_Id()
	 * @model
	 * @generated
	 */
	String getId();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Household#getId <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Id</em>' attribute.
	 * @see #getId()
	 * @generated
	 */
	void setId(String value);

	/**
	 * Returns the value of the '<em><b>Head</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The head of household (世帯主).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Head</em>' reference.
	 * @see #setHead(Resident)
	 * @see org.madoguchi.model.ModelPackage#getHousehold_Head()
	 * @model
	 * @generated
	 */
	Resident getHead();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.Household#getHead <em>Head</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Head</em>' reference.
	 * @see #getHead()
	 * @generated
	 */
	void setHead(Resident value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link org.madoguchi.model.HouseholdMember}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see org.madoguchi.model.ModelPackage#getHousehold_Members()
	 * @model containment="true"
	 * @generated
	 */
	List<HouseholdMember> getMembers();

} // Household
