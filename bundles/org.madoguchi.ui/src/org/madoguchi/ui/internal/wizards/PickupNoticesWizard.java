package org.madoguchi.ui.internal.wizards;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.PickupNotices;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Messages;

/**
 * Cards > Print Pickup Notices: a letter (交付通知書) for each card ready for pickup, or for those
 * that became ready on a day; the counter to come to, the pickup deadline (the service's default
 * offered), the PDF; then how many letters were written, and "Open folder".
 */
public final class PickupNoticesWizard extends ResultWizard {

	private final Supplier<Register> register;
	private NoticesPage page;

	public PickupNoticesWizard(Supplier<Register> register) {
		super(Messages.Notices_title);
		this.register = register;
	}

	@Override
	void addParameterPages() {
		page = new NoticesPage();
		addPage(page);
	}

	@Override
	Work prepare() {
		PickupNotices.Request request = page.request();
		Path out = ParameterPage.path(page.out);
		PickupNotices notices = register.get().pickupNotices();
		return progress -> {
			int letters = notices.print(request, out, progress);
			return new Outcome(NLS.bind(Messages.Notices_done, letters, out), out);
		};
	}

	private final class NoticesPage extends ParameterPage {
		private Combo which;
		private Text day;
		private Text window;
		private Text deadline;
		private Text out;

		NoticesPage() {
			super("notices", Messages.Notices_title, Messages.Notices_message);
		}

		/** What the supervisor chose; a date that cannot be read is refused here, with the reason. */
		PickupNotices.Request request() {
			LocalDate batch = which.getSelectionIndex() == 0 ? null : date(day);
			String counter = window.getText().strip();
			return new PickupNotices.Request(batch, counter.isEmpty() ? null : counter, date(deadline));
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = grid(parent);
			which = choice(page, Messages.Print_which, 0, Messages.Print_allReady, Messages.Print_arrivedOn);
			day = field(page, Messages.Print_day, register.get().today().toString());
			day.setEnabled(false);
			which.addListener(SWT.Selection, event -> day.setEnabled(which.getSelectionIndex() == 1));
			window = field(page, Messages.Notices_window, "");
			window.setMessage(Messages.Notices_windowExample);
			deadline = field(page, Messages.Notices_deadline, register.get().pickupNotices().defaultDeadline().toString());
			out = fileField(page, Messages.Wizard_output, defaultFile("pickup-notices", register.get().today(), "pdf"), true, "*.pdf");
			out.addListener(SWT.Modify, event -> setPageComplete(!out.getText().isBlank()));
			setControl(page);
		}
	}
}
