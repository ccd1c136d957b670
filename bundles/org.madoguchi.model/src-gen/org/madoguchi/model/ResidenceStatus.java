/**
 */
package org.madoguchi.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Residence Status</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The resident's status: national for Japanese nationals, else the status of residence (在留資格) or the kind of permitted stay of a foreign resident.
 * <!-- end-model-doc -->
 * @see org.madoguchi.model.ModelPackage#getResidenceStatus()
 * @model
 * @generated
 */
public enum ResidenceStatus implements Enumerator {
	/**
	 * The '<em><b>National</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL_VALUE
	 * @generated
	 * @ordered
	 */
	NATIONAL(0, "national", "national"),

	/**
	 * The '<em><b>Permanent</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERMANENT_VALUE
	 * @generated
	 * @ordered
	 */
	PERMANENT(1, "permanent", "permanent"),

	/**
	 * The '<em><b>Special Permanent</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIAL_PERMANENT_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIAL_PERMANENT(2, "specialPermanent", "special-permanent"),

	/**
	 * The '<em><b>Highly Skilled1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIGHLY_SKILLED1_VALUE
	 * @generated
	 * @ordered
	 */
	HIGHLY_SKILLED1(3, "highlySkilled1", "highly-skilled-1"),

	/**
	 * The '<em><b>Highly Skilled2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIGHLY_SKILLED2_VALUE
	 * @generated
	 * @ordered
	 */
	HIGHLY_SKILLED2(4, "highlySkilled2", "highly-skilled-2"),

	/**
	 * The '<em><b>Professor</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSOR_VALUE
	 * @generated
	 * @ordered
	 */
	PROFESSOR(5, "professor", "professor"),

	/**
	 * The '<em><b>Artist</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARTIST_VALUE
	 * @generated
	 * @ordered
	 */
	ARTIST(6, "artist", "artist"),

	/**
	 * The '<em><b>Religious Activities</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELIGIOUS_ACTIVITIES_VALUE
	 * @generated
	 * @ordered
	 */
	RELIGIOUS_ACTIVITIES(7, "religiousActivities", "religious-activities"),

	/**
	 * The '<em><b>Journalist</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOURNALIST_VALUE
	 * @generated
	 * @ordered
	 */
	JOURNALIST(8, "journalist", "journalist"),

	/**
	 * The '<em><b>Business Manager</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_MANAGER_VALUE
	 * @generated
	 * @ordered
	 */
	BUSINESS_MANAGER(9, "businessManager", "business-manager"),

	/**
	 * The '<em><b>Legal Accounting</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_ACCOUNTING_VALUE
	 * @generated
	 * @ordered
	 */
	LEGAL_ACCOUNTING(10, "legalAccounting", "legal-accounting"),

	/**
	 * The '<em><b>Medical Services</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDICAL_SERVICES_VALUE
	 * @generated
	 * @ordered
	 */
	MEDICAL_SERVICES(11, "medicalServices", "medical-services"),

	/**
	 * The '<em><b>Researcher</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCHER_VALUE
	 * @generated
	 * @ordered
	 */
	RESEARCHER(12, "researcher", "researcher"),

	/**
	 * The '<em><b>Instructor</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTRUCTOR_VALUE
	 * @generated
	 * @ordered
	 */
	INSTRUCTOR(13, "instructor", "instructor"),

	/**
	 * The '<em><b>Engineer</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGINEER_VALUE
	 * @generated
	 * @ordered
	 */
	ENGINEER(14, "engineer", "engineer"),

	/**
	 * The '<em><b>Intra Company Transferee</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTRA_COMPANY_TRANSFEREE_VALUE
	 * @generated
	 * @ordered
	 */
	INTRA_COMPANY_TRANSFEREE(15, "intraCompanyTransferee", "intra-company-transferee"),

	/**
	 * The '<em><b>Nursing Care</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NURSING_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	NURSING_CARE(16, "nursingCare", "nursing-care"),

	/**
	 * The '<em><b>Entertainer</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERTAINER_VALUE
	 * @generated
	 * @ordered
	 */
	ENTERTAINER(17, "entertainer", "entertainer"),

	/**
	 * The '<em><b>Skilled Labor</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKILLED_LABOR_VALUE
	 * @generated
	 * @ordered
	 */
	SKILLED_LABOR(18, "skilledLabor", "skilled-labor"),

	/**
	 * The '<em><b>Specified Skilled Worker1</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIFIED_SKILLED_WORKER1_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIFIED_SKILLED_WORKER1(19, "specifiedSkilledWorker1", "specified-skilled-worker-1"),

	/**
	 * The '<em><b>Specified Skilled Worker2</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIFIED_SKILLED_WORKER2_VALUE
	 * @generated
	 * @ordered
	 */
	SPECIFIED_SKILLED_WORKER2(20, "specifiedSkilledWorker2", "specified-skilled-worker-2"),

	/**
	 * The '<em><b>Technical Intern Training</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICAL_INTERN_TRAINING_VALUE
	 * @generated
	 * @ordered
	 */
	TECHNICAL_INTERN_TRAINING(21, "technicalInternTraining", "technical-intern-training"),

	/**
	 * The '<em><b>Cultural Activities</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CULTURAL_ACTIVITIES_VALUE
	 * @generated
	 * @ordered
	 */
	CULTURAL_ACTIVITIES(22, "culturalActivities", "cultural-activities"),

	/**
	 * The '<em><b>Student</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDENT_VALUE
	 * @generated
	 * @ordered
	 */
	STUDENT(23, "student", "student"),

	/**
	 * The '<em><b>Trainee</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINEE_VALUE
	 * @generated
	 * @ordered
	 */
	TRAINEE(24, "trainee", "trainee"),

	/**
	 * The '<em><b>Dependent</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPENDENT_VALUE
	 * @generated
	 * @ordered
	 */
	DEPENDENT(25, "dependent", "dependent"),

	/**
	 * The '<em><b>Designated Activities</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIGNATED_ACTIVITIES_VALUE
	 * @generated
	 * @ordered
	 */
	DESIGNATED_ACTIVITIES(26, "designatedActivities", "designated-activities"),

	/**
	 * The '<em><b>Spouse</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPOUSE_VALUE
	 * @generated
	 * @ordered
	 */
	SPOUSE(27, "spouse", "spouse"),

	/**
	 * The '<em><b>Spouse Of Permanent</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPOUSE_OF_PERMANENT_VALUE
	 * @generated
	 * @ordered
	 */
	SPOUSE_OF_PERMANENT(28, "spouseOfPermanent", "spouse-of-permanent"),

	/**
	 * The '<em><b>Long Term Resident</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LONG_TERM_RESIDENT_VALUE
	 * @generated
	 * @ordered
	 */
	LONG_TERM_RESIDENT(29, "longTermResident", "long-term-resident"),

	/**
	 * The '<em><b>Temporary Refuge</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEMPORARY_REFUGE_VALUE
	 * @generated
	 * @ordered
	 */
	TEMPORARY_REFUGE(30, "temporaryRefuge", "temporary-refuge"),

	/**
	 * The '<em><b>Provisional Stay</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVISIONAL_STAY_VALUE
	 * @generated
	 * @ordered
	 */
	PROVISIONAL_STAY(31, "provisionalStay", "provisional-stay"),

	/**
	 * The '<em><b>Transitional Stay</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSITIONAL_STAY_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSITIONAL_STAY(32, "transitionalStay", "transitional-stay");

	/**
	 * The '<em><b>National</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NATIONAL
	 * @model name="national"
	 * @generated
	 * @ordered
	 */
	public static final int NATIONAL_VALUE = 0;

	/**
	 * The '<em><b>Permanent</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PERMANENT
	 * @model name="permanent"
	 * @generated
	 * @ordered
	 */
	public static final int PERMANENT_VALUE = 1;

	/**
	 * The '<em><b>Special Permanent</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIAL_PERMANENT
	 * @model name="specialPermanent" literal="special-permanent"
	 * @generated
	 * @ordered
	 */
	public static final int SPECIAL_PERMANENT_VALUE = 2;

	/**
	 * The '<em><b>Highly Skilled1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIGHLY_SKILLED1
	 * @model name="highlySkilled1" literal="highly-skilled-1"
	 * @generated
	 * @ordered
	 */
	public static final int HIGHLY_SKILLED1_VALUE = 3;

	/**
	 * The '<em><b>Highly Skilled2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HIGHLY_SKILLED2
	 * @model name="highlySkilled2" literal="highly-skilled-2"
	 * @generated
	 * @ordered
	 */
	public static final int HIGHLY_SKILLED2_VALUE = 4;

	/**
	 * The '<em><b>Professor</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROFESSOR
	 * @model name="professor"
	 * @generated
	 * @ordered
	 */
	public static final int PROFESSOR_VALUE = 5;

	/**
	 * The '<em><b>Artist</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ARTIST
	 * @model name="artist"
	 * @generated
	 * @ordered
	 */
	public static final int ARTIST_VALUE = 6;

	/**
	 * The '<em><b>Religious Activities</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RELIGIOUS_ACTIVITIES
	 * @model name="religiousActivities" literal="religious-activities"
	 * @generated
	 * @ordered
	 */
	public static final int RELIGIOUS_ACTIVITIES_VALUE = 7;

	/**
	 * The '<em><b>Journalist</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JOURNALIST
	 * @model name="journalist"
	 * @generated
	 * @ordered
	 */
	public static final int JOURNALIST_VALUE = 8;

	/**
	 * The '<em><b>Business Manager</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BUSINESS_MANAGER
	 * @model name="businessManager" literal="business-manager"
	 * @generated
	 * @ordered
	 */
	public static final int BUSINESS_MANAGER_VALUE = 9;

	/**
	 * The '<em><b>Legal Accounting</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEGAL_ACCOUNTING
	 * @model name="legalAccounting" literal="legal-accounting"
	 * @generated
	 * @ordered
	 */
	public static final int LEGAL_ACCOUNTING_VALUE = 10;

	/**
	 * The '<em><b>Medical Services</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MEDICAL_SERVICES
	 * @model name="medicalServices" literal="medical-services"
	 * @generated
	 * @ordered
	 */
	public static final int MEDICAL_SERVICES_VALUE = 11;

	/**
	 * The '<em><b>Researcher</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESEARCHER
	 * @model name="researcher"
	 * @generated
	 * @ordered
	 */
	public static final int RESEARCHER_VALUE = 12;

	/**
	 * The '<em><b>Instructor</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTRUCTOR
	 * @model name="instructor"
	 * @generated
	 * @ordered
	 */
	public static final int INSTRUCTOR_VALUE = 13;

	/**
	 * The '<em><b>Engineer</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGINEER
	 * @model name="engineer"
	 * @generated
	 * @ordered
	 */
	public static final int ENGINEER_VALUE = 14;

	/**
	 * The '<em><b>Intra Company Transferee</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTRA_COMPANY_TRANSFEREE
	 * @model name="intraCompanyTransferee" literal="intra-company-transferee"
	 * @generated
	 * @ordered
	 */
	public static final int INTRA_COMPANY_TRANSFEREE_VALUE = 15;

	/**
	 * The '<em><b>Nursing Care</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NURSING_CARE
	 * @model name="nursingCare" literal="nursing-care"
	 * @generated
	 * @ordered
	 */
	public static final int NURSING_CARE_VALUE = 16;

	/**
	 * The '<em><b>Entertainer</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENTERTAINER
	 * @model name="entertainer"
	 * @generated
	 * @ordered
	 */
	public static final int ENTERTAINER_VALUE = 17;

	/**
	 * The '<em><b>Skilled Labor</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SKILLED_LABOR
	 * @model name="skilledLabor" literal="skilled-labor"
	 * @generated
	 * @ordered
	 */
	public static final int SKILLED_LABOR_VALUE = 18;

	/**
	 * The '<em><b>Specified Skilled Worker1</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIFIED_SKILLED_WORKER1
	 * @model name="specifiedSkilledWorker1" literal="specified-skilled-worker-1"
	 * @generated
	 * @ordered
	 */
	public static final int SPECIFIED_SKILLED_WORKER1_VALUE = 19;

	/**
	 * The '<em><b>Specified Skilled Worker2</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPECIFIED_SKILLED_WORKER2
	 * @model name="specifiedSkilledWorker2" literal="specified-skilled-worker-2"
	 * @generated
	 * @ordered
	 */
	public static final int SPECIFIED_SKILLED_WORKER2_VALUE = 20;

	/**
	 * The '<em><b>Technical Intern Training</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TECHNICAL_INTERN_TRAINING
	 * @model name="technicalInternTraining" literal="technical-intern-training"
	 * @generated
	 * @ordered
	 */
	public static final int TECHNICAL_INTERN_TRAINING_VALUE = 21;

	/**
	 * The '<em><b>Cultural Activities</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CULTURAL_ACTIVITIES
	 * @model name="culturalActivities" literal="cultural-activities"
	 * @generated
	 * @ordered
	 */
	public static final int CULTURAL_ACTIVITIES_VALUE = 22;

	/**
	 * The '<em><b>Student</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #STUDENT
	 * @model name="student"
	 * @generated
	 * @ordered
	 */
	public static final int STUDENT_VALUE = 23;

	/**
	 * The '<em><b>Trainee</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRAINEE
	 * @model name="trainee"
	 * @generated
	 * @ordered
	 */
	public static final int TRAINEE_VALUE = 24;

	/**
	 * The '<em><b>Dependent</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DEPENDENT
	 * @model name="dependent"
	 * @generated
	 * @ordered
	 */
	public static final int DEPENDENT_VALUE = 25;

	/**
	 * The '<em><b>Designated Activities</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DESIGNATED_ACTIVITIES
	 * @model name="designatedActivities" literal="designated-activities"
	 * @generated
	 * @ordered
	 */
	public static final int DESIGNATED_ACTIVITIES_VALUE = 26;

	/**
	 * The '<em><b>Spouse</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPOUSE
	 * @model name="spouse"
	 * @generated
	 * @ordered
	 */
	public static final int SPOUSE_VALUE = 27;

	/**
	 * The '<em><b>Spouse Of Permanent</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SPOUSE_OF_PERMANENT
	 * @model name="spouseOfPermanent" literal="spouse-of-permanent"
	 * @generated
	 * @ordered
	 */
	public static final int SPOUSE_OF_PERMANENT_VALUE = 28;

	/**
	 * The '<em><b>Long Term Resident</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LONG_TERM_RESIDENT
	 * @model name="longTermResident" literal="long-term-resident"
	 * @generated
	 * @ordered
	 */
	public static final int LONG_TERM_RESIDENT_VALUE = 29;

	/**
	 * The '<em><b>Temporary Refuge</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TEMPORARY_REFUGE
	 * @model name="temporaryRefuge" literal="temporary-refuge"
	 * @generated
	 * @ordered
	 */
	public static final int TEMPORARY_REFUGE_VALUE = 30;

	/**
	 * The '<em><b>Provisional Stay</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROVISIONAL_STAY
	 * @model name="provisionalStay" literal="provisional-stay"
	 * @generated
	 * @ordered
	 */
	public static final int PROVISIONAL_STAY_VALUE = 31;

	/**
	 * The '<em><b>Transitional Stay</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TRANSITIONAL_STAY
	 * @model name="transitionalStay" literal="transitional-stay"
	 * @generated
	 * @ordered
	 */
	public static final int TRANSITIONAL_STAY_VALUE = 32;

	/**
	 * An array of all the '<em><b>Residence Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ResidenceStatus[] VALUES_ARRAY =
		new ResidenceStatus[] {
			NATIONAL,
			PERMANENT,
			SPECIAL_PERMANENT,
			HIGHLY_SKILLED1,
			HIGHLY_SKILLED2,
			PROFESSOR,
			ARTIST,
			RELIGIOUS_ACTIVITIES,
			JOURNALIST,
			BUSINESS_MANAGER,
			LEGAL_ACCOUNTING,
			MEDICAL_SERVICES,
			RESEARCHER,
			INSTRUCTOR,
			ENGINEER,
			INTRA_COMPANY_TRANSFEREE,
			NURSING_CARE,
			ENTERTAINER,
			SKILLED_LABOR,
			SPECIFIED_SKILLED_WORKER1,
			SPECIFIED_SKILLED_WORKER2,
			TECHNICAL_INTERN_TRAINING,
			CULTURAL_ACTIVITIES,
			STUDENT,
			TRAINEE,
			DEPENDENT,
			DESIGNATED_ACTIVITIES,
			SPOUSE,
			SPOUSE_OF_PERMANENT,
			LONG_TERM_RESIDENT,
			TEMPORARY_REFUGE,
			PROVISIONAL_STAY,
			TRANSITIONAL_STAY,
		};

	/**
	 * A public read-only list of all the '<em><b>Residence Status</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ResidenceStatus> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Residence Status</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResidenceStatus get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ResidenceStatus result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Residence Status</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResidenceStatus getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ResidenceStatus result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Residence Status</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ResidenceStatus get(int value) {
		switch (value) {
			case NATIONAL_VALUE: return NATIONAL;
			case PERMANENT_VALUE: return PERMANENT;
			case SPECIAL_PERMANENT_VALUE: return SPECIAL_PERMANENT;
			case HIGHLY_SKILLED1_VALUE: return HIGHLY_SKILLED1;
			case HIGHLY_SKILLED2_VALUE: return HIGHLY_SKILLED2;
			case PROFESSOR_VALUE: return PROFESSOR;
			case ARTIST_VALUE: return ARTIST;
			case RELIGIOUS_ACTIVITIES_VALUE: return RELIGIOUS_ACTIVITIES;
			case JOURNALIST_VALUE: return JOURNALIST;
			case BUSINESS_MANAGER_VALUE: return BUSINESS_MANAGER;
			case LEGAL_ACCOUNTING_VALUE: return LEGAL_ACCOUNTING;
			case MEDICAL_SERVICES_VALUE: return MEDICAL_SERVICES;
			case RESEARCHER_VALUE: return RESEARCHER;
			case INSTRUCTOR_VALUE: return INSTRUCTOR;
			case ENGINEER_VALUE: return ENGINEER;
			case INTRA_COMPANY_TRANSFEREE_VALUE: return INTRA_COMPANY_TRANSFEREE;
			case NURSING_CARE_VALUE: return NURSING_CARE;
			case ENTERTAINER_VALUE: return ENTERTAINER;
			case SKILLED_LABOR_VALUE: return SKILLED_LABOR;
			case SPECIFIED_SKILLED_WORKER1_VALUE: return SPECIFIED_SKILLED_WORKER1;
			case SPECIFIED_SKILLED_WORKER2_VALUE: return SPECIFIED_SKILLED_WORKER2;
			case TECHNICAL_INTERN_TRAINING_VALUE: return TECHNICAL_INTERN_TRAINING;
			case CULTURAL_ACTIVITIES_VALUE: return CULTURAL_ACTIVITIES;
			case STUDENT_VALUE: return STUDENT;
			case TRAINEE_VALUE: return TRAINEE;
			case DEPENDENT_VALUE: return DEPENDENT;
			case DESIGNATED_ACTIVITIES_VALUE: return DESIGNATED_ACTIVITIES;
			case SPOUSE_VALUE: return SPOUSE;
			case SPOUSE_OF_PERMANENT_VALUE: return SPOUSE_OF_PERMANENT;
			case LONG_TERM_RESIDENT_VALUE: return LONG_TERM_RESIDENT;
			case TEMPORARY_REFUGE_VALUE: return TEMPORARY_REFUGE;
			case PROVISIONAL_STAY_VALUE: return PROVISIONAL_STAY;
			case TRANSITIONAL_STAY_VALUE: return TRANSITIONAL_STAY;
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
	private ResidenceStatus(int value, String name, String literal) {
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
	
} //ResidenceStatus
