package org.madoguchi.ui.internal.session;

import java.util.concurrent.CompletableFuture;

/**
 * A part whose Save records off the UI thread, so that whoever waits for it (closing the window)
 * learns when it is done and whether it was recorded.
 */
public interface BackgroundSave {

	/**
	 * Starts the save; completes on the UI thread once the part shows its outcome: true when recorded,
	 * false when refused (the part has then said why).
	 */
	CompletableFuture<Boolean> saveInBackground();
}
