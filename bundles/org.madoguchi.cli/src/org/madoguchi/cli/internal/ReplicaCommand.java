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
			"It gets the office's code, a block of ids of its own and a new Ed25519 key pair: the private key stays beside the register, "
					+ "the public key and the block go to --key-out for central's 'office add'. A production backup needs --operator, one of its supervisors." })
	static final class Create extends DatabaseCommand {

		private static final OptionRange ID_BLOCK = new OptionRange(1, Replicas.MAX_ID_BLOCK);

		@Option(names = "--from", required = true, paramLabel = "FILE", description = "the central register's backup")
		Path from;

		@Option(names = "--office", required = true, paramLabel = "CODE", description = "the office's code: 1 to 16 letters, digits, - or _, e.g. KOJIMACHI")
		String office;

		@Option(names = "--key-out", required = true, paramLabel = "FILE", description = "where to write the office's public key (PEM) and its block of ids")
		Path keyOut;

		@Option(names = "--id-block", paramLabel = "N", description = "the block of ids the office's new records get, 1 to 9000000 "
				+ "(default: the one after the highest of the offices registered in the backup); every office has its own")
		Long idBlock;

		@Override
		public void run() {
			ID_BLOCK.check(spec, "--id-block", idBlock);
			Path backup = from.toAbsolutePath();
			if (root().operator != null && Register.isOpenBackup(backup)) {
				throw root().operatorOfOpenRegister(backup + " is the backup of an open demo register");
			}
			Replicas.Replica replica = Register.createReplica(backup, root().location(), root().login(), office, idBlock,
					keyOut.toAbsolutePath());
			print("Office " + replica.office() + "'s register made at " + root().location() + " from " + backup);
			print("Its public key is in " + keyOut.toAbsolutePath() + ", fingerprint " + replica.fingerprint());
			print("Its new records get the ids of block " + replica.idBlock() + ", from " + replica.firstId());
		}
	}
}
