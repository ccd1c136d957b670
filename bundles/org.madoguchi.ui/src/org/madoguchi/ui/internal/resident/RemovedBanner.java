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

/** The banner over a removed record (除票): moved out or died on which day, and that the record is read-only; none over a current record. */
final class RemovedBanner implements EditorSection {

	/** The tag the banner's text carries, for whoever looks for it (the UI tests). */
	static final String BANNER = "removedBanner";

	private Composite banner;

	@Override
	public void create(Composite page) {
		banner = new Composite(page, SWT.NONE);
		banner.setBackground(page.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(banner);
		GridLayoutFactory.swtDefaults().margins(10, 8).applyTo(banner);
	}

	@Override
	public void show(ResidentRead read) {
		SectionControls.clear(banner);
		ResidentRecord record = read.record();
		SectionControls.include(banner, record.removed());
		if (!record.removed()) {
			return;
		}
		String day = Dates.show(record.removedOn());
		Label why = line(ChangeKind.DEATH.code().equals(record.removalReason()) ? NLS.bind(Messages.Removed_died, day)
				: NLS.bind(Messages.Removed_movedOut, day));
		why.setFont(JFaceResources.getBannerFont());
		why.setData(BANNER, Boolean.TRUE);
		line(Messages.Removed_readOnly);
	}

	private Label line(String text) {
		Label line = new Label(banner, SWT.WRAP);
		Color white = banner.getDisplay().getSystemColor(SWT.COLOR_WHITE);
		line.setBackground(banner.getBackground());
		line.setForeground(white);
		line.setText(text);
		return line;
	}
}
