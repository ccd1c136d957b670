package org.madoguchi.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetColor;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * What the workbooks share: their styles, the list's header and print setup, the cells of a
 * streamed list, the 「条件」 sheet and the summary's bar chart.
 */
final class ReportSheets {

	private static final String FONT = "游ゴシック";

	/** The styles of a workbook's cells; every cell of a list gets one (see {@link #text}). */
	static final class Styles {

		final CellStyle plain;
		final CellStyle date;
		final CellStyle dateTime;
		final CellStyle header;

		/**
		 * The default font and style are the list's: a cell in the default style needs no style
		 * attribute in the sheet's XML, which was a tenth of the writing thread's time (JFR).
		 */
		Styles(Workbook workbook) {
			Font font = workbook.getFontAt(0);
			font.setFontName(FONT);
			font.setFontHeightInPoints((short) 10);
			plain = workbook.getCellStyleAt(0);
			date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			dateTime = workbook.createCellStyle();
			dateTime.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
			header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setFontName(FONT);
			bold.setFontHeightInPoints((short) 10);
			bold.setBold(true);
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
		}

		void text(Row row, int column, String value) {
			if (value != null && !value.isEmpty()) {
				Cell cell = row.createCell(column);
				cell.setCellValue(value);
				cell.setCellStyle(plain);
			}
		}

		/**
		 * Every cell of a list is given a style, the default one for plain cells: a cell without one
		 * makes POI look up its column's default style in the sheet's XML at every write, a sixth of
		 * the report's writing time (JFR).
		 */
		void number(Row row, int column, long value) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(plain);
		}

		void date(Row row, int column, LocalDate value) {
			if (value != null) {
				Cell cell = row.createCell(column);
				cell.setCellValue(value);
				cell.setCellStyle(date);
			}
		}

		void dateTime(Row row, int column, LocalDateTime value) {
			Cell cell = row.createCell(column);
			cell.setCellValue(value);
			cell.setCellStyle(dateTime);
		}

		/** The header row of a list: frozen, repeated on every printed page; the columns {@code widths} characters wide. */
		void header(Sheet sheet, List<String> titles, int[] widths) {
			Row row = sheet.createRow(0);
			for (int i = 0; i < titles.size(); i++) {
				Cell cell = row.createCell(i);
				cell.setCellValue(titles.get(i));
				cell.setCellStyle(header);
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			sheet.createFreezePane(0, 1);
			sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
			pageSetup(sheet);
		}

		/** The 「条件」 sheet: what was asked and by whom, one name and value a line, so that a printed copy explains itself. */
		void conditions(Sheet sheet, List<String[]> lines) {
			sheet.setColumnWidth(0, 18 * 256);
			sheet.setColumnWidth(1, 70 * 256);
			for (int i = 0; i < lines.size(); i++) {
				Row row = sheet.createRow(i);
				Cell name = row.createCell(0);
				name.setCellValue(lines.get(i)[0]);
				name.setCellStyle(header);
				text(row, 1, lines.get(i)[1]);
			}
			pageSetup(sheet);
		}
	}

	/** Landscape A4, fitted to the width. */
	static void pageSetup(Sheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setLandscape(true);
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
	}

	/** A series of a bar chart: its name and the column of its values. */
	record Series(String title, int column, PresetColor color) {
	}

	/**
	 * A bar chart of the summary's table whose categories are in column {@code categories} of rows
	 * {@code first} to {@code last}, placed from column {@code left} on.
	 */
	static void barChart(XSSFSheet sheet, String title, int categories, int first, int last, int left, List<Series> series) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, left, 1, left + 10, 22);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(title);
		chart.setTitleOverlay(false);
		XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis counts = chart.createValueAxis(AxisPosition.LEFT);
		counts.setCrosses(AxisCrosses.AUTO_ZERO);
		counts.setCrossBetween(AxisCrossBetween.BETWEEN);
		XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, counts);
		data.setBarDirection(BarDirection.COL);
		for (Series each : series) {
			XDDFBarChartData.Series bars = (XDDFBarChartData.Series) data.addSeries(
					XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, categories, categories)),
					XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, each.column(), each.column())));
			bars.setTitle(each.title(), null);
			XDDFShapeProperties fill = new XDDFShapeProperties();
			fill.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(each.color())));
			bars.setShapeProperties(fill);
		}
		data.setVaryColors(false);
		chart.plot(data);
		if (series.size() > 1) {
			chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		}
	}

	/** Closes a streamed workbook and deletes the temporary files of its rows. */
	static void close(SXSSFWorkbook workbook) {
		try {
			workbook.close();
			workbook.dispose();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private ReportSheets() {
	}
}
