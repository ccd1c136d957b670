package org.madoguchi.print.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Poppler's command-line tools (Debian's poppler-utils), to look at our PDFs as a reader would. */
final class Poppler {

	static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
			throw new AssertionError(String.join(" ", command) + " failed: " + output);
		}
		return output;
	}

	/** The text of one page (1-based). */
	static String text(Path pdf, int page) throws Exception {
		return run("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page), "-layout", pdf.toString(), "-");
	}

	/** The text in a region of a page, in points from the top-left corner. */
	static String text(Path pdf, int page, int x, int y, int width, int height) throws Exception {
		return run("pdftotext", "-f", String.valueOf(page), "-l", String.valueOf(page), "-x", String.valueOf(x), "-y", String.valueOf(y),
				"-W", String.valueOf(width), "-H", String.valueOf(height), pdf.toString(), "-");
	}

	/** The page rendered at {@code dpi} to a PNG file. */
	static Path render(Path pdf, int page, int dpi, Path folder) throws Exception {
		Path prefix = folder.resolve("page" + page);
		run("pdftoppm", "-r", String.valueOf(dpi), "-png", "-singlefile", "-f", String.valueOf(page), "-l", String.valueOf(page),
				pdf.toString(), prefix.toString());
		return folder.resolve("page" + page + ".png");
	}

	/** A word of {@code pdftotext -bbox}: its text and box in points from the page's top-left corner. */
	record Word(String text, double xMin, double yMin, double xMax, double yMax) {
	}

	/** The words of one page (1-based) with their boxes, in reading order. */
	static List<Word> words(Path pdf, int page) throws Exception {
		Pattern word = Pattern.compile("<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>");
		List<Word> words = new ArrayList<>();
		Matcher found = word.matcher(run("pdftotext", "-bbox", "-f", String.valueOf(page), "-l", String.valueOf(page), pdf.toString(), "-"));
		while (found.find()) {
			words.add(new Word(found.group(5), Double.parseDouble(found.group(1)), Double.parseDouble(found.group(2)),
					Double.parseDouble(found.group(3)), Double.parseDouble(found.group(4))));
		}
		return words;
	}

	static List<String> fonts(Path pdf) throws Exception {
		List<String> lines = new ArrayList<>(run("pdffonts", pdf.toString()).lines().toList());
		return lines.subList(2, lines.size());
	}

	private Poppler() {
	}
}
