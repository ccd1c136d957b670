/**
 */
package org.madoguchi.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import org.madoguchi.model.ResidenceStatus;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stay Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Residence statuses that the same terms apply to (nationals and permanent residents; other mid- and long-term residents; permitted stays).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.rules.StayCategory#getName <em>Name</em>}</li>
 *   <li>{@link org.madoguchi.rules.StayCategory#getStatuses <em>Statuses</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.rules.RulesPackage#getStayCategory()
 * @model
 * @generated
 */
public interface StayCategory extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.madoguchi.rules.RulesPackage#getStayCategory_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.madoguchi.rules.StayCategory#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Statuses</b></em>' attribute list.
	 * The list contents are of type {@link org.madoguchi.model.ResidenceStatus}.
	 * The literals are from the enumeration {@link org.madoguchi.model.ResidenceStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Statuses</em>' attribute list.
	 * @see org.madoguchi.model.ResidenceStatus
	 * @see org.madoguchi.rules.RulesPackage#getStayCategory_Statuses()
	 * @model
	 * @generated
	 */
	List<ResidenceStatus> getStatuses();

} // StayCategory
