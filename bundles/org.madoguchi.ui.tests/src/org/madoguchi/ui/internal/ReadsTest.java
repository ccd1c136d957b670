package org.madoguchi.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;
import org.madoguchi.ui.internal.session.Session;

/**
 * The parts' reads and writes of the register (a card step, Cancel Change): the work runs off the
 * UI thread, its result or refusal comes back on it, and nothing of it reaches the screen once the
 * counter has locked since it began, whoever logs in next.
 */
class ReadsTest {

	@TempDir
	Path folder;

	private Display display;
	private Shell shell;
	private Session session;

	@BeforeEach
	void open() {
		display = Display.getDefault();
		shell = new Shell(display);
		DatabaseLocation location = DatabaseLocation.of(folder.resolve("demo").toString());
		session = new Session(location, Register.openOrCreateDemo(location, Login.none()));
	}

	@AfterEach
	void close() {
		shell.dispose();
		session.close();
	}

	@Test
	void aWriteRunsOffTheUiThreadAndItsResultComesBackOnIt() throws InterruptedException {
		AtomicReference<Thread> workedOn = new AtomicReference<>();
		AtomicReference<Thread> shownOn = new AtomicReference<>();
		AtomicReference<LocalDate> shown = new AtomicReference<>();
		Job job = new Reads(session, shell).write("write", register -> {
			workedOn.set(Thread.currentThread());
			return register.today();
		}, today -> {
			shownOn.set(Thread.currentThread());
			shown.set(today);
		}, refused -> {
			throw refused;
		});
		finish(job);
		assertNotEquals(display.getThread(), workedOn.get(), "the register is written in a job");
		assertEquals(display.getThread(), shownOn.get(), "the result is shown on the UI thread");
		assertEquals(LocalDate.of(2026, 11, 20), shown.get(), "the register's today, as the tests set it");
	}

	@Test
	void aRefusalComesBackOnTheUiThread() throws InterruptedException {
		List<String> refusals = new ArrayList<>();
		Job job = new Reads(session, shell).write("write", register -> {
			throw new IllegalStateException("refused");
		}, nothing -> refusals.add("recorded"), refused -> refusals.add(Thread.currentThread() == display.getThread() ? "refused" : "off the UI thread"));
		finish(job);
		assertEquals(List.of("refused"), refusals);
	}

	@Test
	void nothingOfAWriteReachesTheScreenOnceTheCounterLockedSinceItBegan() throws InterruptedException {
		CountDownLatch locked = new CountDownLatch(1);
		List<String> shown = new ArrayList<>();
		Job done = new Reads(session, shell).write("write", register -> await(locked), result -> shown.add("result"), refused -> shown.add("refusal"));
		Job refused = new Reads(session, shell).write("write", register -> {
			await(locked);
			throw new IllegalStateException("refused");
		}, result -> shown.add("result"), refusal -> shown.add("refusal"));
		session.locked();
		locked.countDown();
		finish(done);
		finish(refused);
		assertEquals(List.of(), shown, "the next operator sees neither the result nor the refusal");
	}

	/** Waits for the job, then runs what it left for the UI thread. */
	private void finish(Job job) throws InterruptedException {
		assertTrue(job.join(10_000, null), "the job ends");
		while (display.readAndDispatch()) {
			// what the job posted to the UI thread
		}
	}

	private static String await(CountDownLatch latch) {
		try {
			assertTrue(latch.await(10, TimeUnit.SECONDS));
			return "written";
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
