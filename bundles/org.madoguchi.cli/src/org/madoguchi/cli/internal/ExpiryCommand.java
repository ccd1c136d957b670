package org.madoguchi.cli.internal;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.values.InvalidValueException;
import org.madoguchi.rules.expiry.Expiry;
import org.madoguchi.rules.expiry.ExpiryRequest;
import org.madoguchi.rules.expiry.ExpiryResult;
import org.madoguchi.service.Expiries;
import org.madoguchi.service.RegisterClock;

import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code madoguchi expiry --birth D --issued D [--applied D] [--status S --residence-until D] [--json]}:
 * when the card and its certificates expire, and the rule that decided it.
 */
@Command(name = "expiry", description = {
		"Computes when a holder's card, user certificate and signature certificate expire, and the rule that decided each.",
		"Dates: 2023-04-01, 令和5年4月1日 or R5.4.1." })
final class ExpiryCommand implements Callable<Integer> {

	@Option(names = "--birth", required = true, paramLabel = "DATE", converter = DateConverter.class, description = "birth date")
	LocalDate birth;

	@Option(names = "--issued", required = true, paramLabel = "DATE", converter = DateConverter.class,
			description = "issue date: the day J-LIS produced the card")
	LocalDate issued;

	@Option(names = "--applied", paramLabel = "DATE", converter = DateConverter.class,
			description = "the day J-LIS received the application (default: the issue date); decides the 2022 rule")
	LocalDate applied;

	@Option(names = "--status", paramLabel = "STATUS", converter = ResidenceStatusConverter.class,
			description = "residence status of a foreign resident: permanent, special-permanent, highly-skilled-2, engineer, student, "
					+ "spouse, designated-activities, temporary-refuge, provisional-stay, transitional-stay, … (default: national)")
	ResidenceStatus status = ResidenceStatus.NATIONAL;

	@Option(names = "--residence-until", paramLabel = "DATE", converter = DateConverter.class,
			description = "end of the period of stay")
	LocalDate residenceUntil;

	@Option(names = "--renewed-in-window", description = "the certificates renew ones that had less than 3 months left")
	boolean renewedInWindow;

	@Option(names = "--json", description = "print one JSON object")
	boolean json;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		notFarAhead("--issued", issued);
		notFarAhead("--applied", applied);
		ExpiryRequest request = new ExpiryRequest(birth, issued, applied == null ? issued : applied, status,
				residenceUntil, renewedInWindow);
		ExpiryResult result;
		try {
			result = Expiries.of(request);
		} catch (InvalidValueException e) {
			throw new CommandFailure(e.problem().english());
		}
		PrintWriter out = spec.commandLine().getOut();
		out.println(json ? json(result) : text(result));
		out.flush();
		return ExitCodes.OK;
	}

	/**
	 * A card is issued (and applied for) in the past or soon: a date years ahead is a typing error.
	 * Today is the register's, so that training on a set day ({@code madoguchi.today}) sees the same bound.
	 */
	private void notFarAhead(String option, LocalDate date) {
		LocalDate latest = LocalDate.now(RegisterClock.configured()).plusYears(1);
		if (date != null && date.isAfter(latest)) {
			throw new ParameterException(spec.commandLine(),
					"Invalid value for option '" + option + "': " + date + " is more than a year ahead (at most " + latest + ")");
		}
	}

	private static String text(ExpiryResult result) {
		return line("card", result.card()) + line("userCertificate", result.userCertificate())
				+ line("signatureCertificate", result.signatureCertificate())
				+ "renewalFrom: " + result.card().renewalFrom() + System.lineSeparator()
				+ "ruleSet: " + result.ruleSet().getId() + " — " + result.ruleSet().getLabel();
	}

	private static String line(String name, Expiry expiry) {
		String date = expiry.isIssued() ? expiry.date().toString() : "none";
		return name + ": " + date + " — " + expiry.reason().english() + System.lineSeparator();
	}

	private static String json(ExpiryResult result) {
		JsonObject object = new JsonObject();
		object.addProperty("card", isoDate(result.card()));
		object.addProperty("userCertificate", isoDate(result.userCertificate()));
		object.addProperty("signatureCertificate", isoDate(result.signatureCertificate()));
		object.addProperty("rule", result.card().reason().english());
		object.addProperty("ruleSet", result.ruleSet().getId());
		object.addProperty("renewalFrom", result.card().renewalFrom().toString());
		object.addProperty("noticeSent", result.card().noticeSent());
		JsonObject reasons = new JsonObject();
		reasons.addProperty("card", result.card().reason().english());
		reasons.addProperty("userCertificate", result.userCertificate().reason().english());
		reasons.addProperty("signatureCertificate", result.signatureCertificate().reason().english());
		object.add("reasons", reasons);
		return Json.print(object);
	}

	private static String isoDate(Expiry expiry) {
		return expiry.isIssued() ? expiry.date().toString() : null;
	}
}
