package org.madoguchi.service;

/** Where a long use case reports how far it got, and learns that the user cancelled it. */
public interface Progress {

	Progress NONE = new Progress() {
		@Override
		public void worked(long done, long total) {
			// nobody is watching
		}

		@Override
		public boolean isCanceled() {
			return false;
		}
	};

	void worked(long done, long total);

	boolean isCanceled();
}
