package org.madoguchi.cli.internal;

import java.nio.file.Path;

import org.madoguchi.service.Register;
import org.madoguchi.service.Replicas;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code madoguchi --db OFFICE replica create --from central.zip --office CODE --key-out CODE.pub}: a branch office's register. */
@Command(name = "replica", description = "Makes a branch office's register from a backup of the central register.", subcommands = {
		ReplicaCommand.Create.class })
final class ReplicaCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		throw new ParameterException(spec.commandLine(), "Missing subcommand: use 'replica create --from F.zip --office CODE --key-out F.pub'.");
	}

	@Command(name = "create", description = { "Makes a branch office's register at --db, which must not exist yet, from a backup of the central register.",
			"It gets the office's code and a new Ed25519 key pair: the private key stays beside the register, the public key goes to "
					+ "--key-out for central's 'office add'. A production backup needs --operator, one of its supervisors." })
	static final class Create extends DatabaseCommand {

		@Option(names = "--from", required = true, paramLabel = "FILE", description = "the central register's backup")
		Path from;

		@Option(names = "--office", required = true, paramLabel = "CODE", description = "the office's code: 1 to 16 letters, digits, - or _, e.g. KOJIMACHI")
		String office;

		@Option(names = "--key-out", required = true, paramLabel = "FILE", description = "where to write the office's public key (PEM)")
		Path keyOut;

		@Override
		public void run() {
			Path backup = from.toAbsolutePath();
			if (root().operator != null && Register.isOpenBackup(backup)) {
				throw root().operatorOfOpenRegister(backup + " is the backup of an open demo register");
			}
			Replicas.Replica replica = Register.createReplica(backup, root().location(), root().login(), office, keyOut.toAbsolutePath());
			print("Office " + replica.office() + "'s register made at " + root().location() + " from " + backup);
			print("Its public key is in " + keyOut.toAbsolutePath() + ", fingerprint " + replica.fingerprint());
		}
	}
}
