package org.madoguchi.store;

import java.util.List;
import java.util.Optional;

/** Import runs and their rejected rows, saved with each batch so that a killed import resumes exactly. */
public interface ImportRuns {

	Optional<ImportRun> find(String name);

	void save(ImportRun run);

	void addReject(String runName, ImportReject reject);

	/** The rejected rows of a run, by line. */
	List<ImportReject> rejects(String runName);

	/** Forgets a run and its rejects (before the same file is imported again). */
	void forget(String runName);
}
