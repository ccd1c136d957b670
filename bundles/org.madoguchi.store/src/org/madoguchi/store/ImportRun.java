package org.madoguchi.store;

/** How far an import of one file got, and what it did so far. */
public record ImportRun(String name, long linesDone, long rowsRead, long imported, long updated, long rejected, boolean finished) {

	public static ImportRun start(String name) {
		return new ImportRun(name, 0, 0, 0, 0, 0, false);
	}
}
