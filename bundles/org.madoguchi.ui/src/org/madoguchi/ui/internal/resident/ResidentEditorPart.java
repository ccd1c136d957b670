package org.madoguchi.ui.internal.resident;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Tree;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.Certificate;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.Addresses;
import org.madoguchi.model.values.PersonNames;
import org.madoguchi.rules.expiry.Expiry;
import org.madoguchi.rules.expiry.ExpiryResult;
import org.madoguchi.service.CardActions;
import org.madoguchi.service.CardView;
import org.madoguchi.service.ChangeOutcome;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.ChangeView;
import org.madoguchi.service.ResidentChangeActions;
import org.madoguchi.service.ResidentRecord;
import org.madoguchi.service.ServiceException;
import org.madoguchi.service.Expiries;
import org.madoguchi.service.Housemate;
import org.madoguchi.service.Permission;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Countries;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.Reads;
import org.madoguchi.ui.internal.ResidentEditors;
import org.madoguchi.ui.internal.Tables;
import org.madoguchi.ui.internal.cards.CardStep;
import org.madoguchi.ui.internal.cards.CardSubject;
import org.madoguchi.ui.internal.session.BackgroundSave;
import org.madoguchi.ui.internal.session.Session;
import org.madoguchi.ui.internal.session.SessionEvents;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * One resident: the person's facts, the address history, the change forms (a move within, undone
 * with Edit > Undo, a move-out, a household change, a name change, a death, a correction; each
 * previewed as it is typed and recorded with Save or File > Save), the history of changes with
 * Cancel Change, the household, and the cards and certificates with their expiries and the rule
 * behind each. The Individual Number stays masked until "Show" (audited). A removed record (除票)
 * opens read-only under a banner that says since when and why.
 */
public final class ResidentEditorPart implements BackgroundSave {

	/** The lists' width before they grow with the editor: their columns scroll, the page does not. */
	private static final int LIST_WIDTH = 480;

	@Inject
	private Session session;
	@Inject
	private MPart part;
	@Inject
	private ESelectionService selection;
	@Inject
	private IEventBroker events;
	@Inject
	private ECommandService commands;
	@Inject
	private EHandlerService handlers;
	@Inject
	private EPartService parts;
	@Inject
	private EModelService model;
	@Inject
	private MApplication application;

	private long residentId;
	private Reads reads;
	/** Says the record is on its way until the page is built. */
	private Label loading;
	private ResidentRecord record;
	private Map<Long, Set<CardActions.Step>> allowed;
	private Resident resident;
	private Composite parent;
	private ScrolledComposite scrolled;
	private Label number;
	private TreeViewer cards;
	private List<CardLine> cardLines;
	private ChangePanel changes;
	private MoveWithinForm move;
	private EditHistory history;
	private AddressEntry draft;
	/** What the change just recorded did, shown at the top of the page once it is read again. */
	private String recorded;
	/** A move typed before the counter changed hands and not saved; the form starts with it. */
	private AddressEntry carriedOver;
	private final Map<CardStep, Button> stepButtons = new EnumMap<>(CardStep.class);

	@PostConstruct
	void create(Composite parent) {
		this.parent = parent;
		this.residentId = Long.parseLong(part.getPersistedState().get(ResidentEditors.RESIDENT_ID));
		this.carriedOver = (AddressEntry) part.getTransientData().remove(ResidentEditors.UNSAVED_MOVE);
		this.recorded = (String) part.getTransientData().remove(ResidentEditors.RECORDED);
		parent.setLayout(new FillLayout());
		reads = new Reads(session, parent);
		loading = new Label(parent, SWT.NONE);
		loading.setText(Messages.Editor_loading);
		load();
	}

	/** What the page shows, read together off the UI thread, with the card steps the service allows on each card (and on none). */
	private record Read(ResidentRecord record, List<Housemate> household, List<CardView> cards, Map<Long, Set<CardActions.Step>> allowed) {

		static Read of(Register register, long residentId) {
			ResidentRecord record = register.records().show(residentId);
			Map<Long, Set<CardActions.Step>> allowed = new HashMap<>();
			// a removed record is read-only: no card step is offered on it
			if (!record.removed()) {
				allowed.put(null, register.cards().allowed(residentId, null));
				record.resident().getCards().forEach(card -> allowed.put(card.getId(), register.cards().allowed(residentId, card.getId())));
			}
			return new Read(record, register.queries().household(residentId), register.cards().ofResident(residentId), allowed);
		}
	}

	/** (Re)reads the resident off the UI thread; the page is built when it comes, the change forms empty again. */
	private void load() {
		reads.read(Messages.Editor_loading, register -> Read.of(register, residentId), this::build, this::unreadable);
	}

	/** The record could not be read: the page says why, where the record would be. */
	private void unreadable(RuntimeException failure) {
		if (scrolled == null) {
			loading.setText(Failures.message(failure));
			parent.layout(true, true);
		} else {
			MessageDialog.openError(parent.getShell(), part.getLabel(), Failures.message(failure));
		}
	}

	private void build(Read read) {
		// the page that goes may hold the focus, which then passes to another part: the editor takes it back
		boolean active = parts.getActivePart() == part;
		if (scrolled != null) {
			if (changes != null) {
				draft.eAdapters().remove(history);
				changes.dispose();
			}
			scrolled.dispose();
		}
		if (!loading.isDisposed()) {
			loading.dispose();
		}
		record = read.record();
		resident = record.resident();
		allowed = read.allowed();
		changes = null;
		history = null;
		part.setLabel(PersonNames.full(resident.getFamilyName(), resident.getGivenName()));
		scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
		Composite page = new Composite(scrolled, SWT.NONE);
		GridLayoutFactory.swtDefaults().margins(10, 10).applyTo(page);
		if (record.removed()) {
			RemovedBanner.create(page, record);
		}
		if (recorded != null) {
			Label done = new Label(page, SWT.WRAP);
			done.setText(recorded);
			done.setData("recorded", Boolean.TRUE);
			GridDataFactory.fillDefaults().grab(true, false).hint(LIST_WIDTH, SWT.DEFAULT).applyTo(done);
			recorded = null;
		}
		header(page);
		person(page);
		addresses(page);
		if (!record.removed()) {
			changeForms(page);
		}
		history(page);
		household(page, read.household());
		cards(page, read.cards());
		scrolled.setContent(page);
		scrolled.setExpandHorizontal(true);
		scrolled.setExpandVertical(true);
		scrolled.setMinSize(page.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		parent.layout(true, true);
		part.setDirty(carriedOver != null);
		publishSelection(selectCurrentCard());
		if (active) {
			parts.activate(part);
			focus();
		}
	}

	/** The card the next step is about: the one on its way, else the one held; selected in the list. */
	private MyNumberCard selectCurrentCard() {
		for (Predicate<MyNumberCard> current : List.<Predicate<MyNumberCard>>of(CardSubject::isOnItsWay, CardSubject::isHeld)) {
			for (CardLine line : cardLines) {
				if (current.test(line.card())) {
					cards.setSelection(new StructuredSelection(line));
					return line.card();
				}
			}
		}
		return null;
	}

	private void header(Composite page) {
		Composite header = new Composite(page, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(5).spacing(16, 4).applyTo(header);
		Label title = new Label(header, SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		title.setText(PersonNames.full(resident.getFamilyName(), resident.getGivenName()));
		new Label(header, SWT.NONE).setText(PersonNames.readingOf(resident));
		String masked = resident.getIndividualNumber() == null ? Messages.Editor_noNumber : resident.getIndividualNumber();
		number = new Label(header, SWT.NONE);
		number.setText(masked);
		number.setData("field", "individualNumber");
		Button show = new Button(header, SWT.PUSH);
		show.setText(Messages.Editor_showNumber);
		show.setEnabled(resident.getIndividualNumber() != null && session.allows(Permission.SHOW_NUMBER));
		Button hide = new Button(header, SWT.PUSH);
		hide.setText(Messages.Editor_hideNumber);
		hide.setEnabled(false);
		show.addListener(SWT.Selection, event -> {
			show.setEnabled(false);
			// read for the header: a page built again meanwhile has its own
			new Reads(session, header).read(Messages.Editor_showNumber, register -> register.queries().showNumber(residentId), full -> {
				number.setText(full);
				hide.setEnabled(true);
				header.layout();
			}, failure -> {
				show.setEnabled(true);
				MessageDialog.openError(parent.getShell(), Messages.Editor_showNumber, Failures.message(failure));
			});
		});
		hide.addListener(SWT.Selection, event -> {
			number.setText(masked);
			hide.setEnabled(false);
			show.setEnabled(true);
			header.layout();
		});
	}

	private void person(Composite page) {
		Group group = group(page, Messages.Editor_person, 4);
		if (resident.getRomanName() != null) {
			pair(group, Messages.Editor_romanName, resident.getRomanName());
		}
		if (resident.getAlias() != null) {
			pair(group, Messages.Editor_alias, resident.getAlias());
		}
		pair(group, Messages.Editor_birth, Dates.show(resident.getBirthDate()));
		pair(group, Messages.Editor_sex, resident.getSex() == null ? "" : Messages.label(resident.getSex()));
		pair(group, Messages.Editor_nationality, resident.getNationality() == null ? Messages.Editor_japanese : Countries.name(resident.getNationality()));
		pair(group, Messages.Editor_residentSince, Dates.show(resident.getResidentSince()));
		if (resident.getResidenceStatus() != null && resident.getResidenceStatus() != ResidenceStatus.NATIONAL) {
			pair(group, Messages.Editor_residenceStatus, Messages.label(resident.getResidenceStatus()));
			pair(group, Messages.Editor_residenceUntil, Dates.show(resident.getResidenceUntil()));
		}
	}

	private void addresses(Composite page) {
		Group group = group(page, Messages.Editor_addresses, 1);
		TableViewer table = list(group, 110);
		Tables.column(table, AddressEntry.class, Messages.Editor_setOn, 170, entry -> Dates.show(entry.getSetOn()));
		Tables.column(table, AddressEntry.class, Messages.Editor_notification, 170,
				entry -> entry.getNotification() == null ? "" : Messages.label(entry.getNotification()));
		Tables.column(table, AddressEntry.class, Messages.Editor_address, 420, entry -> Addresses.text(entry.getAddress()));
		List<AddressEntry> newestFirst = new ArrayList<>(resident.getAddresses());
		Collections.reverse(newestFirst);
		table.setInput(newestFirst);
	}

	/** The change forms of a current record; the move within starts with what was typed before the counter changed hands. */
	private void changeForms(Composite page) {
		Group group = group(page, Messages.Editor_change, 1);
		draft = carriedOver != null ? carriedOver : newDraft();
		history = new EditHistory(this::changed);
		LocalDate today = session.register().today();
		move = new MoveWithinForm(draft, today);
		changes = new ChangePanel(session::register, () -> ChangeTarget.at(residentId, record.version()),
				List.of(move, new MoveOutForm(today), new HouseholdChangeForm(today), new NameChangeForm(resident, today),
						new DeathForm(today), new CorrectionForm(ResidentChangeActions.correctableFields())),
				this::changed, this::recorded, this::refused);
		changes.create(group);
		draft.eAdapters().add(history);
	}

	private void history(Composite page) {
		Group group = group(page, Messages.Editor_history, 1);
		ChangeHistory.create(group, record.changes(), this::cancel);
	}

	/** A move starts from the current address, dated today. */
	private AddressEntry newDraft() {
		AddressEntry entry = ModelFactory.eINSTANCE.createAddressEntry();
		List<AddressEntry> entries = resident.getAddresses();
		entry.setAddress(entries.isEmpty() ? ModelFactory.eINSTANCE.createAddress() : EcoreUtil.copy(entries.get(entries.size() - 1).getAddress()));
		entry.setSetOn(session.register().today());
		entry.setNotifiedOn(session.register().today());
		entry.setNotification(NotificationKind.MOVE_WITHIN);
		return entry;
	}

	/** The move has its undo history; another form has something to save once it was typed in. */
	private void changed() {
		boolean moving = changes == null || changes.active() == move;
		part.setDirty(moving ? carriedOver != null || history.canUndo() : changes.touched());
	}

	/** Save recorded the change: the page is read again and says what the change did. */
	private void recorded(ChangeOutcome outcome) {
		carriedOver = null;
		// nothing is left to save while the page is read again off the UI thread: whoever waited for the save (closing the window) sees it so
		part.setDirty(false);
		recorded = ChangePanel.recorded(outcome);
		events.send(SessionEvents.REGISTER_CHANGED, residentId);
	}

	/** The register refused the change: the reason, and for a record someone else changed meanwhile, the offer to read it again. */
	private void refused(RuntimeException refusal) {
		if (parent.isDisposed()) {
			return;
		}
		String reason = Failures.message(refusal);
		if (refusal instanceof ServiceException refusedByRegister && refusedByRegister.problem().key().startsWith("change.stale")) {
			if (MessageDialog.openQuestion(parent.getShell(), Messages.Editor_saveTitle, reason + "\n\n" + Messages.Editor_reload)) {
				carriedOver = null;
				load();
			}
			return;
		}
		MessageDialog.openError(parent.getShell(), Messages.Editor_saveTitle, reason);
	}

	/** Cancel Change: asks the reason, then cancels the change off the UI thread. */
	private void cancel(ChangeView change) {
		InputDialog reason = new InputDialog(parent.getShell(), Messages.History_cancelTitle,
				NLS.bind(Messages.History_cancelQuestion, Messages.change(change.kind()), Dates.show(change.on())), "",
				typed -> typed.isBlank() ? Messages.Change_required : null);
		if (reason.open() != Window.OK) {
			return;
		}
		String why = reason.getValue().strip();
		Job.create(Messages.History_cancelTitle, monitor -> {
			try {
				ChangeOutcome outcome = session.register().changes().cancel(change.id(), why);
				parent.getDisplay().asyncExec(() -> recorded(outcome));
			} catch (RuntimeException refusal) {
				parent.getDisplay().asyncExec(() -> refused(refusal));
			}
			return Status.OK_STATUS;
		}).schedule();
	}

	private void household(Composite page, List<Housemate> members) {
		Group group = group(page, Messages.Editor_household, 1);
		TableViewer table = list(group, 90);
		Tables.column(table, Housemate.class, Messages.Editor_relationship, 170, Housemate::relationship);
		Tables.column(table, Housemate.class, Messages.Editor_name, 170, Housemate::name);
		Tables.column(table, Housemate.class, Messages.Editor_birth, 420, member -> Dates.show(member.birthDate()));
		table.setInput(members);
		table.addOpenListener(event -> {
			if (table.getStructuredSelection().getFirstElement() instanceof Housemate member && member.id() != residentId) {
				ResidentEditors.open(parts, model, application, member.id(), member.name());
			}
		});
	}

	private void cards(Composite page, List<CardView> shown) {
		Group group = group(page, Messages.Editor_cards, 1);
		cards = new TreeViewer(group, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Tree tree = cards.getTree();
		tree.setHeaderVisible(true);
		GridDataFactory.fillDefaults().grab(true, false).hint(LIST_WIDTH, 140).applyTo(tree);
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
		Map<Long, CardView> views = shown.stream().collect(Collectors.toMap(CardView::id, view -> view));
		cardLines = resident.getCards().stream().map(card -> card(card, views.get(card.getId()))).toList();
		cards.setInput(cardLines);
		// the columns fit what they show ("ready for pickup", "Signature certificate"); the reasons keep their width
		for (int index = 0; index < tree.getColumnCount() - 1; index++) {
			tree.getColumn(index).pack();
		}
		cards.addSelectionChangedListener(event -> {
			if (cards.getStructuredSelection().getFirstElement() instanceof CardLine line) {
				publishSelection(line.card());
			}
		});
		Composite buttons = new Composite(group, SWT.NONE);
		// two rows, so that the editor is not wider than the window
		GridLayoutFactory.fillDefaults().numColumns((CardStep.values().length + 1) / 2).equalWidth(true).applyTo(buttons);
		for (CardStep step : CardStep.values()) {
			Button button = new Button(buttons, SWT.PUSH);
			button.setText(step.label());
			GridDataFactory.fillDefaults().applyTo(button);
			button.addListener(SWT.Selection, event -> handlers.executeHandler(commands.createCommand(step.commandId(), null)));
			stepButtons.put(step, button);
		}
	}

	/** A card's line, with a line under it per certificate. */
	private CardLine card(MyNumberCard card, CardView view) {
		ExpiryResult expiry = expiry(card);
		List<CardLine> certificates = new ArrayList<>();
		for (int index = 0; index < card.getCertificates().size(); index++) {
			Certificate certificate = card.getCertificates().get(index);
			Expiry rule = expiry == null ? null : switch (certificate.getKind()) {
			case USER -> expiry.userCertificate();
			case SIGNATURE -> expiry.signatureCertificate();
			};
			certificates.add(new CardLine(card, new String[] { Messages.label(certificate.getKind()), certificateStatus(view.certificates().get(index)),
					"", Dates.show(certificate.getIssuedOn()), Dates.show(certificate.getExpiresOn()), rule == null ? "" : why(rule) }, List.of()));
		}
		return new CardLine(card, new String[] { Messages.Editor_card, Messages.label(card.getStatus()), card.getSerial() == null ? "" : card.getSerial(),
				Dates.show(card.getIssuedOn()), Dates.show(card.getExpiresOn()), expiry == null ? "" : why(expiry.card()) }, certificates);
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

	private void updateSteps() {
		stepButtons.forEach((step, button) -> {
			if (!button.isDisposed()) {
				button.setEnabled(handlers.canExecute(commands.createCommand(step.commandId(), null)));
			}
		});
	}

	private static Group group(Composite page, String title, int columns) {
		Group group = new Group(page, SWT.NONE);
		group.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		return group;
	}

	private static void pair(Composite group, String label, String value) {
		new Label(group, SWT.NONE).setText(label);
		Label shown = new Label(group, SWT.NONE);
		shown.setText(value);
		GridDataFactory.fillDefaults().grab(true, false).indent(8, 0).applyTo(shown);
	}

	/** A list of the page, as wide as the others. */
	private static TableViewer list(Composite group, int height) {
		TableViewer viewer = Tables.viewer(group, SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).hint(LIST_WIDTH, height).applyTo(viewer.getTable());
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	@Focus
	void focus() {
		(scrolled != null ? scrolled : parent).setFocus();
		updateSteps();
	}

	/** File > Save: records the change of the form shown, off the UI thread; the page is then read again. */
	@Persist
	void save() {
		saveInBackground();
	}

	@Override
	public CompletableFuture<Boolean> saveInBackground() {
		if (part.isDirty() && changes != null) {
			return changes.save();
		}
		return CompletableFuture.completedFuture(!part.isDirty());
	}

	/** After a save or a card step on this resident, shows the register as it is now. */
	@Inject
	@Optional
	void registerChanged(@UIEventTopic(SessionEvents.REGISTER_CHANGED) Object changed) {
		if (!parent.isDisposed() && Long.valueOf(residentId).equals(changed)) {
			load();
		}
	}

	/** What the counter keeps of this editor for its operator when it changes hands: the resident, and the move not saved. */
	KeptEditors.Kept keep() {
		boolean moveTyped = history != null && (carriedOver != null || history.canUndo());
		return new KeptEditors.Kept(residentId, part.getLabel(), moveTyped ? EcoreUtil.copy(draft) : null);
	}

	boolean canUndo() {
		return history != null && history.canUndo();
	}

	boolean canRedo() {
		return history != null && history.canRedo();
	}

	void undo() {
		history.undo();
	}

	void redo() {
		history.redo();
	}

	@PreDestroy
	void dispose() {
		if (changes != null) {
			changes.dispose();
		}
	}
}
