package org.madoguchi.store;

/**
 * How far a long job (demo fill, import) got, written in the same transaction as each batch of
 * its work, so that a re-run after a crash continues where the last committed batch ended.
 */
public interface JobProgress {

	/** Units done by the job, 0 when it never ran. */
	long done(String job);

	void record(String job, long done, long target);

	/** Forgets a finished job, so that the same job can run again later. */
	void finish(String job);
}
