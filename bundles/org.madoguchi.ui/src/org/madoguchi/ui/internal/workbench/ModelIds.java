package org.madoguchi.ui.internal.workbench;

/**
 * The ids of the application model elements this bundle contributes in {@code fragment.e4xmi},
 * as the code and the tests name them: one place, so that a renamed id breaks the build rather
 * than a menu.
 */
public final class ModelIds {

	/** One resident's editor (many may be open). */
	public static final String RESIDENT_EDITOR = "org.madoguchi.ui.partdescriptor.resident";
	public static final String DASHBOARD = "org.madoguchi.ui.partdescriptor.dashboard";
	/** The residents' search, in the host's left stack. */
	public static final String SEARCH_PART = "org.madoguchi.ui.part.search";
	/** The dashboard the workbench opens at start (tagged {@link #DASHBOARD}); Window > Dashboard shows it again once closed. */
	public static final String DASHBOARD_PART = "org.madoguchi.ui.part.dashboard";
	public static final String AUDIT_TRAIL = "org.madoguchi.ui.partdescriptor.audit";
	public static final String CONFLICTS = "org.madoguchi.ui.partdescriptor.conflicts";
	/** The status line's days since central's reply, in the host's bottom trim bar. */
	public static final String SYNC_AGE = "org.madoguchi.ui.toolcontrol.syncAge";
	/**
	 * The tag of the stack in the host's window where editors and views open: the host lays the
	 * window out, this bundle finds the stack by what it is for.
	 */
	public static final String EDITOR_STACK_TAG = "org.madoguchi.ui.tag.editorStack";

	public static final String SHOW_VIEW = "org.madoguchi.ui.command.showView";
	/** The part descriptor Window > (a view) shows. */
	public static final String SHOW_VIEW_PARAMETER = "org.madoguchi.ui.commandparameter.view";
	public static final String LOCK = "org.madoguchi.ui.command.lock";
	public static final String PREFERENCES = "org.madoguchi.ui.command.preferences";
	public static final String SAVE = "org.madoguchi.ui.command.save";
	public static final String UNDO = "org.madoguchi.ui.command.undo";
	public static final String REDO = "org.madoguchi.ui.command.redo";
	public static final String BACKUP = "org.madoguchi.ui.command.backup";
	public static final String RESTORE = "org.madoguchi.ui.command.restore";
	public static final String CHECK_NUMBER = "org.madoguchi.ui.command.checkNumber";
	public static final String EXPIRY = "org.madoguchi.ui.command.expiry";
	public static final String IMPORT = "org.madoguchi.ui.command.import";
	public static final String MOVE_IN = "org.madoguchi.ui.command.moveIn";
	public static final String BIRTH = "org.madoguchi.ui.command.birth";
	public static final String REPORT = "org.madoguchi.ui.command.report";
	public static final String ACCESS_LOG = "org.madoguchi.ui.command.accessLog";
	public static final String PRINT = "org.madoguchi.ui.command.print";
	public static final String INSTALL_UPDATE = "org.madoguchi.ui.command.installUpdate";
	public static final String REVERT_UPDATE = "org.madoguchi.ui.command.revertUpdate";

	public static final String CARD_APPLY = "org.madoguchi.ui.command.card.apply";
	public static final String CARD_RENEW = "org.madoguchi.ui.command.card.renew";
	public static final String CARD_RECORD_PRODUCTION = "org.madoguchi.ui.command.card.recordProduction";
	public static final String CARD_READY_FOR_PICKUP = "org.madoguchi.ui.command.card.readyForPickup";
	public static final String CARD_ISSUE = "org.madoguchi.ui.command.card.issue";
	public static final String CARD_SUSPEND = "org.madoguchi.ui.command.card.suspend";
	public static final String CARD_REINSTATE = "org.madoguchi.ui.command.card.reinstate";
	public static final String CARD_RETURN = "org.madoguchi.ui.command.card.return";
	public static final String CARD_REVOKE = "org.madoguchi.ui.command.card.revoke";
	public static final String CARD_RENEW_CERTIFICATES = "org.madoguchi.ui.command.card.renewCertificates";
	public static final String CARD_CHANGE_VALIDITY = "org.madoguchi.ui.command.card.changeValidity";
	public static final String CARD_CONTINUED_USE = "org.madoguchi.ui.command.card.continuedUse";
	public static final String CARD_NOTES_WRITTEN = "org.madoguchi.ui.command.card.notesWritten";

	public static final String PRINT_NOTICES = "org.madoguchi.ui.command.printNotices";
	public static final String PRINT_MASKING = "org.madoguchi.ui.command.printMasking";
	public static final String PRINT_NOTES = "org.madoguchi.ui.command.printNotes";
	public static final String OPERATORS = "org.madoguchi.ui.command.operators";
	public static final String CHANGE_PASSWORD = "org.madoguchi.ui.command.changePassword";
	public static final String OFFICE_RULES = "org.madoguchi.ui.command.officeRules";
	public static final String STATISTICS = "org.madoguchi.ui.command.statistics";
	public static final String EXPORT_RESIDENTS = "org.madoguchi.ui.command.exportResidents";
	public static final String SYNC_EXPORT = "org.madoguchi.ui.command.sync.export";
	public static final String SYNC_IMPORT = "org.madoguchi.ui.command.sync.import";
	public static final String DAILY_RUN = "org.madoguchi.ui.command.dailyRun";
	public static final String AUDIT_EXPORT = "org.madoguchi.ui.command.auditExport";

	private ModelIds() {
	}
}
