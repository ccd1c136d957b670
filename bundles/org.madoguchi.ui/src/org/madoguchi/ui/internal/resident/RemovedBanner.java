package org.madoguchi.ui.internal.resident;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.madoguchi.service.ChangeKind;
import org.madoguchi.service.ResidentRecord;
import org.madoguchi.ui.internal.Dates;
import org.madoguchi.ui.internal.Messages;

/** The banner over a removed record (除票): moved out or died on which day, and that the record is read-only. */
final class RemovedBanner {

	/** The tag the banner's text carries, for whoever looks for it (the UI tests). */
	static final String BANNER = "removedBanner";

	private RemovedBanner() {
	}

	static void create(Composite page, ResidentRecord record) {
		Composite banner = new Composite(page, SWT.NONE);
		Color background = page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED);
		Color foreground = page.getDisplay().getSystemColor(SWT.COLOR_WHITE);
		banner.setBackground(background);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
		GridLayoutFactory.swtDefaults().margins(10, 8).applyTo(banner);
		Label why = new Label(banner, SWT.WRAP);
		why.setFont(JFaceResources.getBannerFont());
		why.setBackground(background);
		why.setForeground(foreground);
		String day = Dates.show(record.removedOn());
		why.setText(ChangeKind.DEATH.code().equals(record.removalReason()) ? NLS.bind(Messages.Removed_died, day) : NLS.bind(Messages.Removed_movedOut, day));
		why.setData(BANNER, Boolean.TRUE);
		Label readOnly = new Label(banner, SWT.WRAP);
		readOnly.setBackground(background);
		readOnly.setForeground(foreground);
		readOnly.setText(Messages.Removed_readOnly);
	}
}
