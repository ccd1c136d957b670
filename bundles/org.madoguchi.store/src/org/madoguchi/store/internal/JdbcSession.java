package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.SQLException;

import org.madoguchi.store.AuditTrail;
import org.madoguchi.store.CardNotes;
import org.madoguchi.store.Cards;
import org.madoguchi.store.CivilServants;
import org.madoguchi.store.HeldCards;
import org.madoguchi.store.ImportRuns;
import org.madoguchi.store.Identities;
import org.madoguchi.store.Journal;
import org.madoguchi.store.JobProgress;
import org.madoguchi.store.LoginFailures;
import org.madoguchi.store.Offices;
import org.madoguchi.store.Operators;
import org.madoguchi.store.ResidentChanges;
import org.madoguchi.store.ResidentStates;
import org.madoguchi.store.Residents;
import org.madoguchi.store.Session;
import org.madoguchi.store.Settings;
import org.madoguchi.store.Statistics;
import org.madoguchi.store.SyncConflicts;

/** The repositories of one transaction, all on its connection. */
final class JdbcSession implements Session {

	private final Connection connection;
	private final CreatedRecords created = new CreatedRecords();

	JdbcSession(Connection connection) {
		this.connection = connection;
	}

	/** Ends the unit of work before its commit: its journal entry gets the records it created. */
	void complete() throws SQLException {
		created.complete(connection);
	}

	@Override
	public Residents residents() {
		return new JdbcResidents(connection, new JdbcCards(connection, created), created);
	}

	@Override
	public Cards cards() {
		return new JdbcCards(connection, created);
	}

	@Override
	public AuditTrail audit() {
		return new JdbcAuditTrail(connection);
	}

	@Override
	public Operators operators() {
		return new JdbcOperators(connection);
	}

	@Override
	public Settings settings() {
		return new JdbcSettings(connection);
	}

	@Override
	public JobProgress jobs() {
		return new JdbcJobProgress(connection);
	}

	@Override
	public CivilServants civilServants() {
		return new JdbcCivilServants(connection);
	}

	@Override
	public Statistics statistics() {
		return new JdbcStatistics(connection);
	}

	@Override
	public ImportRuns importRuns() {
		return new JdbcImportRuns(connection);
	}

	@Override
	public HeldCards heldCards() {
		return new JdbcHeldCards(connection);
	}

	@Override
	public LoginFailures loginFailures() {
		return new JdbcLoginFailures(connection);
	}

	@Override
	public ResidentChanges changes() {
		return new JdbcResidentChanges(connection, created);
	}

	@Override
	public CardNotes cardNotes() {
		return new JdbcCardNotes(connection);
	}

	@Override
	public ResidentStates residentStates() {
		return new JdbcResidentStates(connection);
	}

	@Override
	public Journal journal() {
		return new JdbcJournal(connection, created);
	}

	@Override
	public Offices offices() {
		return new JdbcOffices(connection);
	}

	@Override
	public SyncConflicts conflicts() {
		return new JdbcSyncConflicts(connection);
	}

	@Override
	public Identities identities() {
		return block -> Jdbc.call("Setting the ids new records get", () -> {
			JdbcBackup.handOutBlock(connection, block);
			return null;
		});
	}
}
