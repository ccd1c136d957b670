package org.madoguchi.store;

/** What a unit of work can reach; valid only inside {@link Store#write} or {@link Store#read}. */
public interface Session {
	Residents residents();

	Cards cards();

	AuditTrail audit();

	Operators operators();

	Settings settings();

	JobProgress jobs();

	CivilServants civilServants();

	Statistics statistics();

	ImportRuns importRuns();

	HeldCards heldCards();

	LoginFailures loginFailures();
	ResidentChanges changes();

	CardNotes cardNotes();

	Journal journal();

	ResidentStates residentStates();

	Offices offices();

	/** The office entries this (central) register kept as conflicts. */
	SyncConflicts conflicts();

	Identities identities();
}
