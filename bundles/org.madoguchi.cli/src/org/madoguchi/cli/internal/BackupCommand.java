package org.madoguchi.cli.internal;

import java.nio.file.Path;


import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code madoguchi backup --out F.zip}: a consistent copy of the whole database in one file, taken while it is open. */
@Command(name = "backup", description = { "Writes the whole database to one file, consistently, while it stays in use.",
		"A production database's backup is encrypted and opens only with an operator's password." })
final class BackupCommand extends DatabaseCommand {

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "the backup file (.zip)")
	Path file;

	@Override
	public void run() {
		withRegister(register -> {
			register.backups().backup(file.toAbsolutePath());
			return null;
		});
		print("Backup written to " + file.toAbsolutePath());
	}
}
