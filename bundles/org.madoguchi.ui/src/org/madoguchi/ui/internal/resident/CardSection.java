package org.madoguchi.ui.internal.resident;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Tree;
import org.madoguchi.model.Certificate;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.Resident;
import org.madoguchi.rules.expiry.Expiry;
import org.madoguchi.rules.expiry.ExpiryResult;
import org.madoguchi.service.CardActions;
import org.madoguchi.service.CardView;
import org.madoguchi.service.Expiries;
import org.madoguchi.service.ResidentRecord;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Tables;
import org.madoguchi.ui.internal.cards.CardStep;
import org.madoguchi.ui.internal.cards.CardSubject;

/**
 * The cards and their certificates, with their expiries and the rule behind each, and a button per
 * card step. The card selected (at first the one on its way, else the one held) and the steps the
 * service allows on it go into the selection, where the card commands find them.
 */
final class CardSection implements EditorSection {

	private final ESelectionService selection;
	private final ECommandService commands;
	private final EHandlerService handlers;
	private final Map<CardStep, Button> stepButtons = new EnumMap<>(CardStep.class);
	private TreeViewer cards;
	private List<CardLine> lines = List.of();
	private Resident resident;
	private Map<Long, Set<CardActions.Step>> allowed = Map.of();

	CardSection(ESelectionService selection, ECommandService commands, EHandlerService handlers) {
		this.selection = selection;
		this.commands = commands;
		this.handlers = handlers;
	}

	@Override
	public void create(Composite page) {
		Group group = SectionControls.group(page, Messages.Editor_cards, 1);
		cards = new TreeViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Tree tree = cards.getTree();
		tree.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(SectionControls.LIST_WIDTH, 140).applyTo(tree);
		String[] titles = { Messages.Editor_document, Messages.Editor_status, Messages.Editor_serial, Messages.Editor_issued,
				Messages.Editor_expires, Messages.Editor_why };
		int[] widths = { 150, 90, 120, 170, 170, 460 };
		for (int index = 0; index < titles.length; index++) {
			int cell = index;
			TreeViewerColumn column = new TreeViewerColumn(cards, SWT.NONE);
			column.getColumn().setText(titles[index]);
			column.getColumn().setWidth(widths[index]);
			column.setLabelProvider(Tables.labels(CardLine.class, line -> line.cells()[cell]));
		}
		cards.setContentProvider(new CardLine.Provider());
		cards.setAutoExpandLevel(AbstractTreeViewer.ALL_LEVELS);
		cards.addSelectionChangedListener(event -> {
			if (cards.getStructuredSelection().getFirstElement() instanceof CardLine line) {
				publishSelection(line.card());
			}
		});
		Composite buttons = new Composite(group, SWT.NONE);
		// three rows, so that the editor beside the search view is not wider than the window
		GridLayoutFactory.fillDefaults().numColumns((CardStep.values().length + 2) / 3).equalWidth(true).applyTo(buttons);
		for (CardStep step : CardStep.values()) {
			Button button = new Button(buttons, SWT.PUSH);
			button.setText(step.label());
			GridDataFactory.fillDefaults().applyTo(button);
			button.addListener(SWT.Selection, event -> handlers.executeHandler(commands.createCommand(step.commandId(), null)));
			stepButtons.put(step, button);
		}
	}

	@Override
	public void show(ResidentRead read) {
		resident = read.record().resident();
		allowed = read.allowed();
		Map<Long, CardView> views = read.cards().stream().collect(Collectors.toMap(CardView::id, view -> view));
		Map<Long, ResidentRecord.CardRecord> records = read.record().cards().stream().collect(Collectors.toMap(card -> card.card().id(), card -> card));
		lines = resident.getCards().stream().map(card -> line(card, views.get(card.getId()), records.get(card.getId()))).toList();
		cards.setInput(lines);
		// the columns fit what they show ("ready for pickup", "Signature certificate"); the reasons keep their width
		Tree tree = cards.getTree();
		for (int index = 0; index < tree.getColumnCount() - 1; index++) {
			tree.getColumn(index).pack();
		}
		publishSelection(selectCurrentCard());
	}

	/** The card the next step is about: the one on its way, else the one held; selected in the list. */
	private MyNumberCard selectCurrentCard() {
		for (Predicate<MyNumberCard> current : List.<Predicate<MyNumberCard>>of(CardSubject::isOnItsWay, CardSubject::isHeld)) {
			for (CardLine line : lines) {
				if (current.test(line.card())) {
					cards.setSelection(new StructuredSelection(line));
					return line.card();
				}
			}
		}
		return null;
	}

	/**
	 * A card's line, with a line under it per certificate, the continued use when it is due, and
	 * a line per note of its notes area (the pending ones are what the clerk writes next).
	 */
	private CardLine line(MyNumberCard card, CardView view, ResidentRecord.CardRecord record) {
		ExpiryResult expiry = expiry(card);
		List<CardLine> details = new ArrayList<>();
		for (int index = 0; index < card.getCertificates().size(); index++) {
			Certificate certificate = card.getCertificates().get(index);
			Expiry rule = expiry == null ? null : switch (certificate.getKind()) {
			case USER -> expiry.userCertificate();
			case SIGNATURE -> expiry.signatureCertificate();
			};
			details.add(new CardLine(card, new String[] { Messages.label(certificate.getKind()), certificateStatus(view.certificates().get(index)),
					"", Dates.show(certificate.getIssuedOn()), Dates.show(certificate.getExpiresOn()), rule == null ? "" : why(rule) }, List.of()));
		}
		if (record != null && record.continuedUseDue() != null) {
			details.add(new CardLine(card, new String[] { Messages.Editor_continuedUse,
					NLS.bind(Messages.Editor_continuedUseDue, Dates.show(record.continuedUseDue())), "", "", "", "" }, List.of()));
		}
		for (ResidentRecord.Note note : record == null ? List.<ResidentRecord.Note>of() : record.notes()) {
			String written = note.writtenOn() == null ? Messages.Editor_notePending : NLS.bind(Messages.Editor_noteWrittenOn, Dates.show(note.writtenOn()));
			details.add(new CardLine(card, new String[] { Messages.Editor_note, written, "", Dates.show(note.on()), "", note.text() }, List.of()));
		}
		return new CardLine(card, new String[] { Messages.Editor_card, Messages.label(card.getStatus()), card.getSerial() == null ? "" : card.getSerial(),
				Dates.show(card.getIssuedOn()), Dates.show(card.getExpiresOn()), expiry == null ? "" : why(expiry.card()) }, details);
	}

	/** The certificate's state as the service judges it today: a lost card's certificates are suspended with it. */
	private static String certificateStatus(CardView.CertificateView certificate) {
		return switch (certificate.state()) {
		case REVOKED -> NLS.bind(Messages.Editor_revokedOn, Dates.show(certificate.revokedOn())).strip();
		case EXPIRED -> Messages.Editor_expired;
		case SUSPENDED -> Messages.Editor_suspended;
		case VALID -> Messages.Editor_valid;
		};
	}

	/** The expiries as the rules give them, for the reasons; a card whose holder's facts are incomplete shows none. */
	private ExpiryResult expiry(MyNumberCard card) {
		try {
			return Expiries.ofCard(resident, card);
		} catch (RuntimeException e) {
			return null;
		}
	}

	private static String why(Expiry expiry) {
		return Locale.getDefault().getLanguage().equals(Locale.JAPANESE.getLanguage()) ? expiry.reason().japanese() : expiry.reason().english();
	}

	/** Tells the card commands what they would act on and what the service allows there, and shows which of them may. */
	private void publishSelection(MyNumberCard card) {
		selection.setSelection(new CardSubject(resident, card, allowed.getOrDefault(card == null ? null : card.getId(), Set.of())));
		updateSteps();
	}

	/** Enables the buttons of the steps the card commands take now (the editor calls it when it gets the focus). */
	void updateSteps() {
		stepButtons.forEach((step, button) -> {
			if (!button.isDisposed()) {
				button.setEnabled(handlers.canExecute(commands.createCommand(step.commandId(), null)));
			}
		});
	}
}
