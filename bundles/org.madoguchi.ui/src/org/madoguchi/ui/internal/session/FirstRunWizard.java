package org.madoguchi.ui.internal.session;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.LoginRules;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.Failures;
import org.madoguchi.ui.internal.Messages;
import org.madoguchi.ui.internal.MonitorProgress;

/**
 * The first start on a machine: where the register lives, the office's name, and either a
 * production register with its first supervisor (encrypted, everyone logs in) or a demo register
 * filled with synthetic residents for training (no login; demo data never enters production).
 */
public final class FirstRunWizard extends Wizard {

	static final int DEFAULT_DEMO_RESIDENTS = 10_000;
	/** The service refuses a shorter one too; checked here so that the page says so before Finish. */
	private static final int MINIMUM_PASSWORD = LoginRules.DEFAULT.minimumPassword();

	private final DatabaseLocation location;
	private KindPage kindPage;
	private SupervisorPage supervisorPage;
	private Register register;

	public FirstRunWizard(DatabaseLocation location) {
		this.location = location;
		setWindowTitle(Messages.FirstRun_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		kindPage = new KindPage();
		supervisorPage = new SupervisorPage();
		addPage(kindPage);
		addPage(supervisorPage);
	}

	@Override
	public boolean canFinish() {
		return kindPage.isPageComplete() && (kindPage.demo() || supervisorPage.isPageComplete());
	}

	@Override
	public boolean performFinish() {
		String office = kindPage.office();
		boolean demo = kindPage.demo();
		int residents = kindPage.residents();
		String supervisor = supervisorPage.operator();
		String name = supervisorPage.name();
		char[] password = supervisorPage.password();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					register = demo ? demoRegister(office, residents, new MonitorProgress(monitor, Messages.FirstRun_filling))
							: Register.initSecure(location, supervisor, name, password, office);
				} catch (RuntimeException e) {
					throw new InvocationTargetException(e);
				} finally {
					Arrays.fill(password, '\0');
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			((WizardPage) getContainer().getCurrentPage()).setErrorMessage(Failures.message(e.getCause()));
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private Register demoRegister(String office, int residents, MonitorProgress progress) {
		Register demo = Register.openOrCreateDemo(location, Login.none());
		demo.renameOffice(office);
		demo.demo().fill(residents, 1, progress);
		return demo;
	}

	/** The register the wizard created; null when cancelled. */
	public Register register() {
		return register;
	}

	/** Where, which office, production or demo. */
	private final class KindPage extends WizardPage {
		private Text office;
		private Button demo;
		private Spinner residents;

		KindPage() {
			super("kind", Messages.FirstRun_kindTitle, null);
			setMessage(NLS.bind(Messages.FirstRun_kindMessage, location));
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
			new Label(page, SWT.NONE).setText(Messages.FirstRun_office);
			office = new Text(page, SWT.BORDER);
			office.setText(Messages.FirstRun_defaultOffice);
			GridDataFactory.fillDefaults().grab(true, false).applyTo(office);
			demo = new Button(page, SWT.RADIO);
			demo.setText(Messages.FirstRun_demo);
			demo.setSelection(true);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(demo);
			new Label(page, SWT.NONE).setText(Messages.FirstRun_residents);
			residents = new Spinner(page, SWT.BORDER);
			residents.setValues(DEFAULT_DEMO_RESIDENTS, 0, 1_000_000, 0, 1000, 10_000);
			Button production = new Button(page, SWT.RADIO);
			production.setText(Messages.FirstRun_production);
			GridDataFactory.fillDefaults().span(2, 1).applyTo(production);
			demo.addListener(SWT.Selection, event -> {
				residents.setEnabled(demo.getSelection());
				getContainer().updateButtons();
			});
			office.addListener(SWT.Modify, event -> setPageComplete(!office.getText().isBlank()));
			setControl(page);
		}

		@Override
		public IWizardPage getNextPage() {
			return demo() ? null : supervisorPage;
		}

		boolean demo() {
			return demo.getSelection();
		}

		String office() {
			return office.getText().strip();
		}

		int residents() {
			return residents.getSelection();
		}
	}

	/** The first supervisor of a production register. */
	private final class SupervisorPage extends WizardPage {
		private Text operator;
		private Text name;
		private Text password;
		private Text repeated;

		SupervisorPage() {
			super("supervisor", Messages.FirstRun_supervisorTitle, null);
			setMessage(Messages.FirstRun_supervisorMessage);
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
			operator = field(page, Messages.FirstRun_operator, SWT.NONE);
			name = field(page, Messages.FirstRun_name, SWT.NONE);
			password = field(page, Messages.Login_password, SWT.PASSWORD);
			repeated = field(page, Messages.FirstRun_repeat, SWT.PASSWORD);
			setControl(page);
		}

		private Text field(Composite page, String label, int style) {
			new Label(page, SWT.NONE).setText(label);
			Text text = new Text(page, SWT.BORDER | style);
			GridDataFactory.fillDefaults().grab(true, false).hint(240, SWT.DEFAULT).applyTo(text);
			text.addListener(SWT.Modify, event -> check());
			return text;
		}

		private void check() {
			String problem = null;
			if (operator.getText().isBlank() || name.getText().isBlank()) {
				problem = Messages.FirstRun_missing;
			} else if (password.getText().length() < MINIMUM_PASSWORD) {
				problem = NLS.bind(Messages.FirstRun_short, MINIMUM_PASSWORD);
			} else if (!password.getText().equals(repeated.getText())) {
				problem = Messages.FirstRun_mismatch;
			}
			setErrorMessage(problem);
			setPageComplete(problem == null);
		}

		String operator() {
			return operator == null ? null : operator.getText().strip();
		}

		String name() {
			return name == null ? null : name.getText().strip();
		}

		char[] password() {
			return password == null ? new char[0] : password.getTextChars();
		}
	}
}
