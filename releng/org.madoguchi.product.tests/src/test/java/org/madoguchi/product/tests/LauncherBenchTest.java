package org.madoguchi.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench} runs from the product and reports what the README documents. This checks the
 * command, not the numbers: a timing is never a test.
 */
class LauncherBenchTest {

	@TempDir
	Path folder;

	@Test
	void smallBenchPrintsTheDocumentedKeys() throws Exception {
		Launcher.Run run = Launcher.run(folder, "bench", "--residents", "500", "--only", "import", "search", "print", "sync",
				"changes", "--json");
		assertEquals(0, run.exitCode(), run.err());
		for (String key : new String[] { "\"import\"", "\"search\"", "\"print\"", "\"changes\"", "\"daily\"", "\"show\"", "\"replica\"",
				"\"sync-export\"", "\"sync-import\"", "\"sync-reply\"",
				"\"seconds\"", "\"baselineSeconds\"", "\"ratio\"", "\"rowsPerSecond\"", "\"peakHeapMB\"", "\"p50\"", "\"p95\"", "\"p99\"", "\"fileMB\"" }) {
			assertTrue(run.out().contains(key), key + " in " + run.out());
		}
		assertTrue(!run.out().contains("\"report\""), "--only leaves the others out");
	}
}
