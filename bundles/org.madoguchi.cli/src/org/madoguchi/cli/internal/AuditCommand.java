package org.madoguchi.cli.internal;

import static org.madoguchi.model.values.TextFields.visible;

import java.time.LocalDate;
import java.util.List;

import org.madoguchi.service.AuditEntry;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code madoguchi audit [--resident ID] [--since D] [--json]}: who did what to whose record, when. */
@Command(name = "audit", description = { "Prints the audit trail, oldest first: time, operator, operation, resident, detail.",
		"Every display of a full Individual Number is in it (operation show-number)." }, subcommands = { AuditVerifyCommand.class, AuditExportCommand.class })
final class AuditCommand extends DatabaseCommand {

	static final OptionRange LIMIT = new OptionRange(1, 1_000_000);

	@Option(names = "--resident", paramLabel = "ID", description = "only entries about this resident")
	Long resident;

	@Option(names = "--since", paramLabel = "DATE", converter = DateConverter.class, description = "only entries from this day on")
	LocalDate since;

	@Option(names = "--limit", paramLabel = "N", description = "at most N entries, 1 to 1000000 (default 10000)")
	int limit = 10_000;

	@Option(names = "--json", description = "print a JSON array")
	boolean json;

	@Override
	public void run() {
		OptionRange.ID.check(spec, "--resident", resident);
		LIMIT.check(spec, "--limit", limit);
		List<AuditEntry> entries = withRegister(register -> register.queries().audit(resident, since, limit));
		if (json) {
			JsonArray array = new JsonArray();
			for (AuditEntry entry : entries) {
				JsonObject object = new JsonObject();
				object.addProperty("at", entry.at().toString());
				object.addProperty("operator", entry.operatorId());
				object.addProperty("operation", entry.operation());
				object.addProperty("resident", entry.residentId());
				object.addProperty("detail", entry.detail());
				array.add(object);
			}
			print(Json.print(array));
		} else {
			for (AuditEntry entry : entries) {
				print(String.join("\t", entry.at().toString(), visible(entry.operatorId()), entry.operation(),
						entry.residentId() == null ? "-" : entry.residentId().toString(), entry.detail() == null ? "" : visible(entry.detail())));
			}
		}
	}
}
