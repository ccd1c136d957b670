/**
 */
package org.madoguchi.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Civil Servant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A national public official whose ID lives on a My Number Card (masking cards).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.madoguchi.model.CivilServant#getOfficialId <em>Official Id</em>}</li>
 *   <li>{@link org.madoguchi.model.CivilServant#getMinistry <em>Ministry</em>}</li>
 *   <li>{@link org.madoguchi.model.CivilServant#getBureau <em>Bureau</em>}</li>
 *   <li>{@link org.madoguchi.model.CivilServant#getPosition <em>Position</em>}</li>
 *   <li>{@link org.madoguchi.model.CivilServant#getResident <em>Resident</em>}</li>
 *   <li>{@link org.madoguchi.model.CivilServant#getCard <em>Card</em>}</li>
 * </ul>
 *
 * @see org.madoguchi.model.ModelPackage#getCivilServant()
 * @model
 * @generated
 */
public interface CivilServant extends EObject {
	/**
	 * Returns the value of the '<em><b>Official Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Official Id</em>' attribute.
	 * @see #setOfficialId(String)
	 * @see org.madoguchi.model.ModelPackage#getCivilServant_OfficialId()
	 * @model
	 * @generated
	 */
	String getOfficialId();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.CivilServant#getOfficialId <em>Official Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Official Id</em>' attribute.
	 * @see #getOfficialId()
	 * @generated
	 */
	void setOfficialId(String value);

	/**
	 * Returns the value of the '<em><b>Ministry</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ministry or agency.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Ministry</em>' attribute.
	 * @see #setMinistry(String)
	 * @see org.madoguchi.model.ModelPackage#getCivilServant_Ministry()
	 * @model
	 * @generated
	 */
	String getMinistry();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.CivilServant#getMinistry <em>Ministry</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ministry</em>' attribute.
	 * @see #getMinistry()
	 * @generated
	 */
	void setMinistry(String value);

	/**
	 * Returns the value of the '<em><b>Bureau</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bureau</em>' attribute.
	 * @see #setBureau(String)
	 * @see org.madoguchi.model.ModelPackage#getCivilServant_Bureau()
	 * @model
	 * @generated
	 */
	String getBureau();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.CivilServant#getBureau <em>Bureau</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bureau</em>' attribute.
	 * @see #getBureau()
	 * @generated
	 */
	void setBureau(String value);

	/**
	 * Returns the value of the '<em><b>Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Position</em>' attribute.
	 * @see #setPosition(String)
	 * @see org.madoguchi.model.ModelPackage#getCivilServant_Position()
	 * @model
	 * @generated
	 */
	String getPosition();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.CivilServant#getPosition <em>Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Position</em>' attribute.
	 * @see #getPosition()
	 * @generated
	 */
	void setPosition(String value);

	/**
	 * Returns the value of the '<em><b>Resident</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Resident</em>' reference.
	 * @see #setResident(Resident)
	 * @see org.madoguchi.model.ModelPackage#getCivilServant_Resident()
	 * @model required="true"
	 * @generated
	 */
	Resident getResident();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.CivilServant#getResident <em>Resident</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Resident</em>' reference.
	 * @see #getResident()
	 * @generated
	 */
	void setResident(Resident value);

	/**
	 * Returns the value of the '<em><b>Card</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Card</em>' reference.
	 * @see #setCard(MyNumberCard)
	 * @see org.madoguchi.model.ModelPackage#getCivilServant_Card()
	 * @model
	 * @generated
	 */
	MyNumberCard getCard();

	/**
	 * Sets the value of the '{@link org.madoguchi.model.CivilServant#getCard <em>Card</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Card</em>' reference.
	 * @see #getCard()
	 * @generated
	 */
	void setCard(MyNumberCard value);

} // CivilServant
