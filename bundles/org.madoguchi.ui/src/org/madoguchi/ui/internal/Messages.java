package org.madoguchi.ui.internal;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.osgi.util.NLS;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.service.Role;

/** Strings of the workbench (messages.properties, messages_ja.properties; enumeration labels in labels*.properties). */
public final class Messages extends NLS {
	public static String NumberCheck_title;
	public static String NumberCheck_prompt;
	public static String NumberCheck_valid;
	public static String NumberCheck_weak;
	public static String Expiry_title;
	public static String Expiry_birth;
	public static String Expiry_issued;
	public static String Expiry_applied;
	public static String Expiry_status;
	public static String Expiry_residenceUntil;
	public static String Expiry_calculate;
	public static String Expiry_card;
	public static String Expiry_userCertificate;
	public static String Expiry_signatureCertificate;
	public static String Expiry_renewalFrom;
	public static String Expiry_notIssued;
	public static String Session_demo;
	public static String Session_operator;
	public static String Login_title;
	public static String Login_lockedTitle;
	public static String Login_message;
	public static String Login_lockedMessage;
	public static String Login_operator;
	public static String Login_password;
	public static String Login_button;
	public static String Login_exit;
	public static String FirstRun_title;
	public static String FirstRun_kindTitle;
	public static String FirstRun_kindMessage;
	public static String FirstRun_office;
	public static String FirstRun_defaultOffice;
	public static String FirstRun_demo;
	public static String FirstRun_residents;
	public static String FirstRun_production;
	public static String FirstRun_filling;
	public static String FirstRun_supervisorTitle;
	public static String FirstRun_supervisorMessage;
	public static String FirstRun_operator;
	public static String FirstRun_name;
	public static String FirstRun_repeat;
	public static String FirstRun_missing;
	public static String FirstRun_short;
	public static String FirstRun_mismatch;
	public static String Search_hint;
	public static String Search_searching;
	public static String Search_found;
	public static String Search_foundOne;
	public static String Search_kana;
	public static String Search_name;
	public static String Search_birth;
	public static String Search_address;
	public static String Search_number;
	public static String Editor_noNumber;
	public static String Editor_showNumber;
	public static String Editor_hideNumber;
	public static String Editor_person;
	public static String Editor_birth;
	public static String Editor_sex;
	public static String Editor_nationality;
	public static String Editor_japanese;
	public static String Editor_residentSince;
	public static String Editor_residenceStatus;
	public static String Editor_residenceUntil;
	public static String Editor_addresses;
	public static String Editor_setOn;
	public static String Editor_notification;
	public static String Editor_address;
	public static String Editor_household;
	public static String Editor_relationship;
	public static String Editor_name;
	public static String Editor_cards;
	public static String Editor_document;
	public static String Editor_status;
	public static String Editor_serial;
	public static String Editor_issued;
	public static String Editor_expires;
	public static String Editor_why;
	public static String Editor_card;
	public static String Editor_revokedOn;
	public static String Editor_expired;
	public static String Editor_valid;
	public static String Editor_suspended;
	public static String Editor_saveTitle;
	public static String Address_postalCode;
	public static String Address_prefecture;
	public static String Address_municipalityCode;
	public static String Address_municipality;
	public static String Address_town;
	public static String Address_chome;
	public static String Address_number;
	public static String Address_building;
	public static String Address_setOn;
	public static String Address_notifiedOn;
	public static String Card_apply;
	public static String Card_renew;
	public static String Card_produced;
	public static String Card_ready;
	public static String Card_issue;
	public static String Card_suspend;
	public static String Card_revoke;
	public static String Card_applyQuestion;
	public static String Card_renewQuestion;
	public static String Card_producedQuestion;
	public static String Card_readyQuestion;
	public static String Card_issueQuestion;
	public static String Card_suspendQuestion;
	public static String Card_revokeQuestion;
	public static String Card_lostReason;
	public static String Card_required;
	public static String Card_reinstate;
	public static String Card_return;
	public static String Card_renewCertificates;
	public static String Card_changeValidity;
	public static String Card_reinstateQuestion;
	public static String Card_returnQuestion;
	public static String Card_renewCertificatesQuestion;
	public static String Card_changeValidityQuestion;
	public static String Card_receivedOn;
	public static String Card_channel;
	public static String Card_serial;
	public static String Card_issuedOn;
	public static String Card_renewedOn;
	public static String Card_residenceUntil;
	public static String Card_reason;
	public static String Card_foundReason;
	public static String Dashboard_title;
	public static String Dashboard_cards;
	public static String Dashboard_certificates;
	public static String Dashboard_yearMonth;
	public static String Dashboard_month;
	public static String Dashboard_counting;
	public static String Dashboard_pick;
	public static String Dashboard_listing;
	public static String Dashboard_listed;
	public static String Dashboard_listedFirst;
	public static String Dashboard_expires;
	public static String Dashboard_document;
	public static String Audit_notAllowed;
	public static String Audit_operator;
	public static String Audit_resident;
	public static String Audit_from;
	public static String Audit_until;
	public static String Audit_show;
	public static String Audit_at;
	public static String Audit_operation;
	public static String Audit_detail;
	public static String Audit_count;
	public static String Audit_first;
	public static String Audit_badResident;
	public static String Audit_reading;
	public static String Audit_anchor;
	public static String Wizard_resultTitle;
	public static String Wizard_openFolder;
	public static String Wizard_browse;
	public static String Wizard_output;
	public static String Import_title;
	public static String Import_message;
	public static String Import_file;
	public static String Import_encoding;
	public static String Import_detect;
	public static String Import_noFile;
	public static String Import_done;
	public static String Import_resumed;
	public static String Import_rejects;
	public static String Report_title;
	public static String Report_message;
	public static String Report_kind;
	public static String Report_expiring;
	public static String Report_renewals;
	public static String Report_foreign;
	public static String Report_asOf;
	public static String Report_within;
	public static String Report_documents;
	public static String Report_cardsOnly;
	public static String Report_certificatesOnly;
	public static String Report_all;
	public static String Report_municipality;
	public static String Report_withNumber;
	public static String Report_done;
	public static String Print_title;
	public static String Print_message;
	public static String Print_which;
	public static String Print_allReady;
	public static String Print_arrivedOn;
	public static String Print_residents;
	public static String Print_day;
	public static String Print_residentsPicked;
	public static String Print_find;
	public static String Print_sheet;
	public static String Print_sheetCard;
	public static String Print_sheetA4;
	public static String Print_layout;
	public static String Print_proof;
	public static String Print_done;
	public static String Print_preview;
	public static String Backup_title;
	public static String Backup_running;
	public static String Backup_done;
	public static String Restore_title;
	public static String Restore_folder;
	public static String Restore_running;
	public static String Restore_password;
	public static String Restore_done;
	public static String Update_title;
	public static String Update_checking;
	public static String Update_installing;
	public static String Update_confirm;
	public static String Update_backup;
	public static String Update_done;
	public static String Preferences_title;
	public static String Preferences_database;
	public static String Preferences_office;
	public static String Preferences_reportWindow;
	public static String Preferences_idleLock;
	public static String Preferences_language;
	public static String Preferences_system;
	public static String Preferences_restart;
	public static String Preferences_supervisors;
	public static String Close_title;
	public static String Close_message;
	public static String Close_save;
	public static String Close_discard;
	// resident changes (住民異動)
	public static String Search_removed;
	public static String Editor_romanName;
	public static String Editor_alias;
	public static String Editor_change;
	public static String Editor_history;
	public static String Editor_reload;
	public static String Removed_movedOut;
	public static String Removed_died;
	public static String Removed_readOnly;
	public static String Change_required;
	public static String Change_moveWithin;
	public static String Change_moveOut;
	public static String Change_movesOutOn;
	public static String Change_abroad;
	public static String Change_keepCardAbroad;
	public static String Change_death;
	public static String Change_diedOn;
	public static String Change_name;
	public static String Change_changedOn;
	public static String Change_reason;
	public static String Change_household;
	public static String Change_householdKind;
	public static String Change_newHead;
	public static String Change_leave;
	public static String Change_join;
	public static String Change_householdId;
	public static String Change_relationship;
	public static String Change_correction;
	public static String Change_field;
	public static String Change_value;
	public static String Change_save;
	public static String Change_cannotSave;
	public static String Change_previewing;
	public static String Change_willHappen;
	public static String Change_wouldBeRefused;
	public static String Change_saving;
	public static String Change_nothingElse;
	public static String Change_recorded;
	public static String Person_familyName;
	public static String Person_givenName;
	public static String Person_familyNameKana;
	public static String Person_givenNameKana;
	public static String History_kind;
	public static String History_on;
	public static String History_notifiedOn;
	public static String History_operator;
	public static String History_state;
	public static String History_late;
	public static String History_cancel;
	public static String History_cancels;
	public static String History_cancelled;
	public static String History_inForce;
	public static String History_cancelTitle;
	public static String History_cancelQuestion;

	static {
		NLS.initializeMessages("org.madoguchi.ui.internal.messages", Messages.class);
	}

	private static final String LABELS = "org.madoguchi.ui.internal.labels";

	/** The label of a value of the model's enumerations (card status, notification, …) in the workbench's language. */
	public static String label(Enumerator value) {
		return labels().getString(value.getClass().getSimpleName() + "." + value.getLiteral());
	}

	/** The name of a kind of resident change by its code ({@code move-in}, {@code death}, …). */
	public static String change(String code) {
		return labels().getString("ChangeKind." + code);
	}

	public static String label(Role role) {
		return labels().getString("Role." + role.name().toLowerCase(Locale.ROOT));
	}

	/** "card" or a certificate kind's literal, as the expiry lists name documents. */
	public static String document(String literal) {
		CertificateKind kind = CertificateKind.get(literal);
		return kind == null ? labels().getString("Document." + literal) : label(kind);
	}

	private static ResourceBundle labels() {
		return ResourceBundle.getBundle(LABELS, Locale.getDefault(), Messages.class.getClassLoader());
	}

	private Messages() {
	}
}
