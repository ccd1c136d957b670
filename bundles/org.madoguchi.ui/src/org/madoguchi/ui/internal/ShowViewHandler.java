package org.madoguchi.ui.internal;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.madoguchi.service.Permission;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.workbench.ModelIds;

import jakarta.inject.Named;

/**
 * Window > Expiry Dashboard, Audit Trail and Conflicts: the command's parameter names the view;
 * the audit trail only for roles that may read it, the conflicts only for supervisors.
 */
public final class ShowViewHandler {

	@CanExecute
	boolean canExecute(@Named(ModelIds.SHOW_VIEW_PARAMETER) String view, Session session) {
		return switch (view) {
		case ModelIds.AUDIT_TRAIL -> session.allows(Permission.READ_AUDIT);
		case ModelIds.CONFLICTS -> session.allows(Permission.SUPERVISE);
		default -> true;
		};
	}

	@Execute
	void execute(@Named(ModelIds.SHOW_VIEW_PARAMETER) String view, EPartService parts, EModelService model, MApplication application) {
		ResidentEditors.showView(parts, model, application, view);
	}
}
