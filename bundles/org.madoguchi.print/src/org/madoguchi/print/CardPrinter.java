package org.madoguchi.print;

import java.io.OutputStream;
import java.util.List;
import java.util.function.IntConsumer;

import org.madoguchi.model.values.IndividualNumber;

import com.lowagie.text.Element;

/**
 * My Number Cards to PDF: the front with name, address, birth date, sex, photo, expiry,
 * certificate expiry, notes area, organ donation field and issuer; the back with the number in
 * 4-4-4 groups, name, birth date and a QR code carrying the 12 digits.
 */
public final class CardPrinter {

	private final CardLayout layout;

	public CardPrinter(CardLayout layout) {
		this.layout = layout;
	}

	/** Writes the cards; returns the resident each page is about, page by page. */
	public List<List<Long>> print(List<CardFace> cards, Sheet sheet, boolean proof, OutputStream out) {
		return print(cards, sheet, proof, out, printed -> {
			// nobody is watching
		});
	}

	/**
	 * Writes the cards, telling {@code printed} after each sheet how many cards are done; it may
	 * throw to stop (the user cancelled). Returns the resident each page is about, page by page.
	 */
	public List<List<Long>> print(List<CardFace> cards, Sheet sheet, boolean proof, OutputStream out, IntConsumer printed) {
		return new Imposition(layout, sheet, proof).write(cards, new Painter(), out, printed);
	}

	private final class Painter implements FacePainter<CardFace> {

		@Override
		public long subject(CardFace card) {
			return card.residentId();
		}

		@Override
		public void front(CardCanvas canvas, CardFace card) {
			canvas.text(box("title"), null, Element.ALIGN_LEFT);
			canvas.text(box("nameLabel"), null, Element.ALIGN_LEFT);
			canvas.text(box("name"), card.name(), Element.ALIGN_LEFT);
			canvas.text(box("addressLabel"), null, Element.ALIGN_LEFT);
			canvas.text(box("address"), card.address(), Element.ALIGN_LEFT);
			canvas.text(box("birthDate"), card.birthDate(), Element.ALIGN_LEFT);
			canvas.text(box("sex"), "性別 " + card.sex(), Element.ALIGN_LEFT);
			canvas.text(box("expiry"), card.expiry(), Element.ALIGN_LEFT);
			canvas.labelledValue(box("certificateExpiry"), "電子証明書の有効期限 " + (card.certificateExpiry() == null ? "" : card.certificateExpiry()));
			canvas.text(box("notes"), null, Element.ALIGN_LEFT);
			canvas.text(box("organDonation"), null, Element.ALIGN_LEFT);
			canvas.text(box("issuer"), card.issuer(), Element.ALIGN_LEFT);
			canvas.photo(box("photo"), card.photo());
			canvas.text(box("securityCode"), null, Element.ALIGN_LEFT);
		}

		@Override
		public boolean hasBack() {
			return true;
		}

		@Override
		public void back(CardCanvas canvas, CardFace card) {
			canvas.text(layout.back().get("numberLabel"), null, Element.ALIGN_LEFT);
			canvas.text(layout.back().get("number"), IndividualNumber.format(card.individualNumber()), Element.ALIGN_LEFT);
			canvas.text(layout.back().get("name"), card.name(), Element.ALIGN_LEFT);
			canvas.text(layout.back().get("birthDate"), card.birthDate(), Element.ALIGN_LEFT);
			canvas.qr(layout.back().get("qr"), IndividualNumber.normalize(card.individualNumber()));
			canvas.text(layout.back().get("serial"), card.serial() == null ? null : "カード番号 " + card.serial(), Element.ALIGN_LEFT);
		}

		private Box box(String field) {
			return layout.front().get(field);
		}
	}
}
