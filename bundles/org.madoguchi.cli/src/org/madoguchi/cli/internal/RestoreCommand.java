package org.madoguchi.cli.internal;

import java.nio.file.Path;

import org.madoguchi.service.Register;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code madoguchi --db NEW restore F.zip}: restores a backup into a new database, all or nothing. */
@Command(name = "restore", description = { "Restores a backup into a new database at --db, which must not exist yet.",
		"All of it or nothing. A damaged or foreign file is refused. An encrypted backup needs --operator." })
final class RestoreCommand extends DatabaseCommand {

	@Parameters(paramLabel = "FILE", description = "the backup file")
	Path file;

	@Override
	public void run() {
		if (root().operator != null && Register.isOpenBackup(file.toAbsolutePath())) {
			throw root().operatorOfOpenRegister(file.toAbsolutePath() + " is the backup of an open demo register");
		}
		Register.restore(file.toAbsolutePath(), root().location(), root().login());
		print("Restored " + file.toAbsolutePath() + " into " + root().location());
	}
}
