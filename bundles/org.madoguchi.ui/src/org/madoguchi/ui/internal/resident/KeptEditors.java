package org.madoguchi.ui.internal.resident;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.ui.internal.ResidentEditors;
import org.madoguchi.ui.internal.session.SessionEvents;
import org.madoguchi.ui.internal.workbench.ModelIds;

import jakarta.inject.Inject;

/**
 * The resident editors of an operator who left the counter: closed when it locks, so that whoever
 * logs in next reads nothing of them, and opened again, with the move typed and not saved, when
 * that operator logs in again (numbers masked: Show asks the register anew). Kept while the
 * workbench runs.
 */
public final class KeptEditors {

	/** One editor: its resident, its title, and the move not saved (null when there was none). */
	record Kept(long residentId, String label, AddressEntry unsavedMove) {
	}

	private final Map<String, List<Kept>> byOperator = new HashMap<>();

	@Inject
	private EPartService parts;
	@Inject
	private EModelService model;
	@Inject
	private MApplication application;

	@Inject
	@Optional
	void counterLocked(@UIEventTopic(SessionEvents.COUNTER_LOCKED) String leaving) {
		List<Kept> kept = new ArrayList<>();
		for (MPart part : List.copyOf(parts.getParts())) {
			if (ModelIds.RESIDENT_EDITOR.equals(part.getElementId())) {
				kept.add(part.getObject() instanceof ResidentEditorPart editor ? editor.keep()
						: new Kept(Long.parseLong(part.getPersistedState().get(ResidentEditors.RESIDENT_ID)), part.getLabel(), null));
				parts.hidePart(part, true);
			}
		}
		byOperator.put(leaving, kept);
	}

	@Inject
	@Optional
	void operatorChanged(@UIEventTopic(SessionEvents.OPERATOR_CHANGED) String arriving) {
		List<Kept> kept = byOperator.remove(arriving);
		if (kept != null) {
			kept.forEach(editor -> ResidentEditors.open(parts, model, application, editor.residentId(), editor.label(), editor.unsavedMove()));
		}
	}
}
