package org.madoguchi.cli.internal;

import java.nio.file.Path;

import org.madoguchi.service.AuditVerification;

import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code madoguchi audit verify [--against F] [--json]}: walks the audit trail's hash chain; exit 1
 * naming the first entry changed, inserted or removed.
 */
@Command(name = "verify", description = { "Walks the audit trail's hash chain and says how many entries were verified.",
		"Exit code 1 names the first entry that was changed, inserted or removed; with --against, also one rewritten since that backup." })
final class AuditVerifyCommand extends DatabaseCommand {

	@Option(names = "--against", paramLabel = "FILE", description = "a backup: proves nothing up to the head it recorded was rewritten")
	Path against;

	@Option(names = "--json", description = "print a JSON object")
	boolean json;

	@Override
	public void run() {
		AuditVerification verification = withRegister(register -> against == null ? register.auditIntegrity().verify()
				: register.auditIntegrity().verifyAgainst(against.toAbsolutePath()));
		if (json) {
			JsonObject object = new JsonObject();
			object.addProperty("intact", verification.intact());
			object.addProperty("finding", verification.finding());
			object.addProperty("entry", verification.entryId());
			object.addProperty("verified", verification.verified());
			object.addProperty("newestEntry", verification.newestEntry());
			object.addProperty("newestHash", verification.newestHash());
			object.addProperty("against", against == null ? null : against.toAbsolutePath().toString());
			object.addProperty("message", verification.message().english());
			print(Json.print(object));
		} else if (verification.intact()) {
			print(verification.message().english());
		}
		if (!verification.intact()) {
			throw new CommandFailure(verification.message().english());
		}
	}
}
