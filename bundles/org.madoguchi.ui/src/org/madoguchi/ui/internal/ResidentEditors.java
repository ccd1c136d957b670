package org.madoguchi.ui.internal;

import java.util.List;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.ui.internal.workbench.ModelIds;

/** Opens residents (one editor each) and views in the workbench's editor area. */
public final class ResidentEditors {

	public static final String RESIDENT_ID = "residentId";
	/** The part's transient data: a move typed and not saved, which the editor opens with. */
	public static final String UNSAVED_MOVE = "unsavedMove";
	/** The part's transient data: what the change just recorded did, said at the top of the editor. */
	public static final String RECORDED = "recorded";

	public static MPart open(EPartService parts, EModelService model, MApplication application, long residentId, String label) {
		return open(parts, model, application, residentId, label, null);
	}

	/** Opens the resident's editor with {@code unsavedMove} in its move form, when not null. */
	public static MPart open(EPartService parts, EModelService model, MApplication application, long residentId, String label,
			AddressEntry unsavedMove) {
		return open(parts, model, application, residentId, label, unsavedMove, null);
	}

	/**
	 * Opens the resident's editor; {@code recorded}, when not null, is what the change that was just
	 * recorded did (a move-in's card), said at the top of the editor.
	 */
	public static MPart open(EPartService parts, EModelService model, MApplication application, long residentId, String label,
			AddressEntry unsavedMove, String recorded) {
		for (MPart part : parts.getParts()) {
			if (ModelIds.RESIDENT_EDITOR.equals(part.getElementId()) && String.valueOf(residentId).equals(part.getPersistedState().get(RESIDENT_ID))) {
				parts.activate(part);
				return part;
			}
		}
		MPart part = parts.createPart(ModelIds.RESIDENT_EDITOR);
		part.getPersistedState().put(RESIDENT_ID, String.valueOf(residentId));
		part.setLabel(label);
		if (unsavedMove != null) {
			part.getTransientData().put(UNSAVED_MOVE, unsavedMove);
		}
		if (recorded != null) {
			part.getTransientData().put(RECORDED, recorded);
		}
		return showInEditorArea(parts, model, application, part);
	}

	/**
	 * Shows the view of {@code descriptorId} (the dashboard, the audit trail) in the editor area; once:
	 * a part made from the descriptor has its id, the one the model opens at start is tagged with it.
	 */
	public static MPart showView(EPartService parts, EModelService model, MApplication application, String descriptorId) {
		MPart open = parts.findPart(descriptorId);
		if (open == null) {
			open = model.findElements(application, null, MPart.class, List.of(descriptorId)).stream().findFirst().orElse(null);
		}
		return open != null ? parts.showPart(open, PartState.ACTIVATE)
				: showInEditorArea(parts, model, application, parts.createPart(descriptorId));
	}

	private static MPart showInEditorArea(EPartService parts, EModelService model, MApplication application, MPart part) {
		List<MPartStack> stacks = model.findElements(application, null, MPartStack.class, List.of(ModelIds.EDITOR_STACK_TAG));
		MPartStack stack = stacks.get(0);
		stack.getChildren().add(part);
		return parts.showPart(part, PartState.ACTIVATE);
	}

	private ResidentEditors() {
	}
}
