package org.madoguchi.ui.internal.wizards;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.DailyRun;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Messages;

/**
 * Cards > Daily Run: what time alone changes on a day (cards past their last valid day expire
 * with their certificates, a continued use abroad lapses, a move-out's record is removed), for
 * today or a missed day; then what it changed. Running it again on the same day changes nothing.
 */
public final class DailyRunWizard extends ResultWizard {

	/** The changes listed on the last page; a longer run says how many more there were. */
	static final int LISTED = 20;

	private final Supplier<Register> register;
	private DayPage page;

	public DailyRunWizard(Supplier<Register> register) {
		super(Messages.Daily_title);
		this.register = register;
	}

	@Override
	void addParameterPages() {
		page = new DayPage();
		addPage(page);
	}

	@Override
	Work prepare() {
		LocalDate asOf = ParameterPage.date(page.asOf);
		return progress -> new Outcome(summary(register.get().daily().run(asOf)), null);
	}

	static String summary(DailyRun.Result result) {
		List<DailyRun.Change> changes = result.changes();
		StringBuilder text = new StringBuilder(NLS.bind(Messages.Daily_done, result.asOf(), changes.size()));
		changes.stream().limit(LISTED).forEach(change -> text.append('\n').append(line(change)));
		if (changes.size() > LISTED) {
			text.append('\n').append(NLS.bind(Messages.Daily_more, changes.size() - LISTED));
		}
		return text.toString();
	}

	private static String line(DailyRun.Change change) {
		String message = switch (change.kind()) {
		case DailyRun.CARD_EXPIRED -> Messages.Daily_expired;
		case DailyRun.CONTINUED_USE_LAPSED -> Messages.Daily_lapsed;
		default -> Messages.Daily_movedOut;
		};
		return NLS.bind(message, new Object[] { change.serial(), change.residentId(), change.on() });
	}

	private final class DayPage extends ParameterPage {
		private Text asOf;

		DayPage() {
			super("daily", Messages.Daily_title, Messages.Daily_message);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = grid(parent);
			asOf = field(page, Messages.Daily_asOf, register.get().today().toString());
			setControl(page);
		}
	}
}
