package org.madoguchi.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** The first page of a PDF drawn as a PNG image: what the print wizard shows before it prints. */
public final class PdfPreview {

	/** The first page at {@code dpi} dots per inch, as PNG bytes. */
	public static byte[] firstPage(Path pdf, float dpi) {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, dpi);
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			ImageIO.write(image, "png", png);
			return png.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot draw " + pdf, e);
		}
	}

	private PdfPreview() {
	}
}
