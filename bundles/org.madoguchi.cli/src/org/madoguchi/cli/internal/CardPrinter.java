package org.madoguchi.cli.internal;

import java.time.LocalDate;
import java.util.List;

import org.madoguchi.service.CardView;
import org.madoguchi.service.CardView.CertificateView;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** A card as the command line prints it: lines for a person, an object for a program. */
final class CardPrinter {

	static String text(CardView card) {
		StringBuilder text = new StringBuilder("card ").append(card.id()).append(": ")
				.append(card.serial() == null ? "no card number yet" : card.serial()).append(", ").append(card.status().getLiteral())
				.append(", resident ").append(card.residentId()).append('\n');
		text.append("  applied ").append(date(card.appliedOn())).append(", issued ").append(date(card.issuedOn())).append(", expires ")
				.append(date(card.expiresOn()));
		for (CertificateView certificate : card.certificates()) {
			text.append("\n  ").append(certificate.kind().getLiteral()).append(" certificate: issued ").append(date(certificate.issuedOn()))
					.append(", expires ").append(date(certificate.expiresOn())).append(", ").append(certificate.state().literal());
			if (certificate.revokedOn() != null) {
				text.append(" on ").append(certificate.revokedOn()).append(" (").append(certificate.revocationReason()).append(')');
			}
		}
		return text.toString();
	}

	static String text(List<CardView> cards) {
		return String.join("\n", cards.stream().map(CardPrinter::text).toList());
	}

	static JsonObject json(CardView card) {
		JsonObject object = new JsonObject();
		object.addProperty("id", card.id());
		object.addProperty("resident", card.residentId());
		object.addProperty("serial", card.serial());
		object.addProperty("status", card.status().getLiteral());
		object.addProperty("appliedOn", iso(card.appliedOn()));
		object.addProperty("issuedOn", iso(card.issuedOn()));
		object.addProperty("expiresOn", iso(card.expiresOn()));
		JsonArray certificates = new JsonArray();
		for (CertificateView certificate : card.certificates()) {
			JsonObject each = new JsonObject();
			each.addProperty("kind", certificate.kind().getLiteral());
			each.addProperty("issuedOn", iso(certificate.issuedOn()));
			each.addProperty("expiresOn", iso(certificate.expiresOn()));
			each.addProperty("revokedOn", iso(certificate.revokedOn()));
			each.addProperty("revocationReason", certificate.revocationReason());
			each.addProperty("state", certificate.state().literal());
			certificates.add(each);
		}
		object.add("certificates", certificates);
		return object;
	}

	static JsonElement json(List<CardView> cards) {
		JsonArray array = new JsonArray();
		cards.forEach(card -> array.add(json(card)));
		return array;
	}

	private static String date(LocalDate date) {
		return date == null ? "-" : date.toString();
	}

	private static String iso(LocalDate date) {
		return date == null ? null : date.toString();
	}

	private CardPrinter() {
	}
}
