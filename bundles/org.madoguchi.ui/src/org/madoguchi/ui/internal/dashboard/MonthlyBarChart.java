package org.madoguchi.ui.internal.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.madoguchi.service.MonthlyExpiries;
import org.madoguchi.ui.internal.Messages;

/**
 * Twelve months of expiring cards and certificates as stacked bars, drawn with SWT; a click on a
 * bar (or Left/Right and Enter) picks its month.
 */
final class MonthlyBarChart extends Canvas {

	private static final int MARGIN = 36;
	private static final int LEGEND = 22;
	/** Below the bars: the month, and under it the year where one begins. */
	private static final int AXIS = 44;
	private final Color cardColor;
	private final Color certificateColor;
	/**
	 * The axis names each month, and the year under the first bar and under each January, on a line
	 * of its own so that narrow bars do not run their labels together: "Dec" over "2026", "Jan" over
	 * "2027", "Feb" (12月 over 2026年).
	 */
	private final DateTimeFormatter year = DateTimeFormatter.ofPattern(Messages.Dashboard_year, Locale.getDefault());
	private final DateTimeFormatter monthOnly = DateTimeFormatter.ofPattern(Messages.Dashboard_month, Locale.getDefault());
	private List<MonthlyExpiries> months = List.of();
	private int selected = -1;
	private final Consumer<YearMonth> picked;

	MonthlyBarChart(Composite parent, Consumer<YearMonth> picked) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.BORDER);
		this.picked = picked;
		cardColor = new Color(46, 110, 180);
		certificateColor = new Color(240, 160, 60);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WHITE));
		addListener(SWT.Paint, event -> paint(event.gc));
		addListener(SWT.MouseDown, event -> pick(barAt(event.x)));
		addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.ARROW_RIGHT) {
				pick(Math.min(months.size() - 1, selected + 1));
			} else if (event.keyCode == SWT.ARROW_LEFT) {
				pick(Math.max(0, selected - 1));
			}
		});
		addListener(SWT.Traverse, event -> event.doit = event.detail != SWT.TRAVERSE_RETURN);
	}

	void show(List<MonthlyExpiries> counts) {
		this.months = counts;
		redraw();
	}

	/** Picks the month of bar {@code index}, as a click on it does. */
	void pick(int index) {
		if (index < 0 || index >= months.size()) {
			return;
		}
		selected = index;
		redraw();
		picked.accept(months.get(index).month());
	}

	private int barAt(int x) {
		Rectangle area = getClientArea();
		if (months.isEmpty()) {
			return -1;
		}
		int slot = (area.width - 2 * MARGIN) / months.size();
		return slot <= 0 ? -1 : (x - MARGIN) / slot;
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		if (months.isEmpty()) {
			return;
		}
		long highest = Math.max(1, months.stream().mapToLong(month -> month.cards() + month.certificates()).max().orElse(1));
		int slot = (area.width - 2 * MARGIN) / months.size();
		int baseline = area.height - AXIS;
		int height = baseline - MARGIN - LEGEND;
		gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY));
		gc.drawLine(MARGIN, baseline, area.width - MARGIN, baseline);
		for (int index = 0; index < months.size(); index++) {
			MonthlyExpiries month = months.get(index);
			int x = MARGIN + index * slot + slot / 6;
			int width = slot * 2 / 3;
			int cards = (int) (height * month.cards() / highest);
			int certificates = (int) (height * month.certificates() / highest);
			gc.setBackground(cardColor);
			gc.fillRectangle(x, baseline - cards, width, cards);
			gc.setBackground(certificateColor);
			gc.fillRectangle(x, baseline - cards - certificates, width, certificates);
			if (index == selected) {
				gc.setLineWidth(2);
				gc.drawRectangle(x - 2, baseline - cards - certificates - 2, width + 4, cards + certificates + 4);
				gc.setLineWidth(1);
			}
			label(gc, String.valueOf(month.cards() + month.certificates()), x + width / 2, baseline - cards - certificates - 16);
			label(gc, month.month().format(monthOnly), x + width / 2, baseline + 4);
			if (month.month().getMonthValue() == 1 || index == 0) {
				label(gc, month.month().format(year), x + width / 2, baseline + 4 + gc.getFontMetrics().getHeight());
			}
		}
		legend(gc, cardColor, Messages.Dashboard_cards, MARGIN);
		legend(gc, certificateColor, Messages.Dashboard_certificates, MARGIN + 160);
	}

	private static void label(GC gc, String text, int centre, int y) {
		Point size = gc.textExtent(text);
		gc.drawText(text, centre - size.x / 2, y, true);
	}

	private static void legend(GC gc, Color color, String text, int x) {
		gc.setBackground(color);
		gc.fillRectangle(x, 8, 12, 12);
		gc.drawText(text, x + 18, 6, true);
	}

	@Override
	public void dispose() {
		cardColor.dispose();
		certificateColor.dispose();
		super.dispose();
	}
}
