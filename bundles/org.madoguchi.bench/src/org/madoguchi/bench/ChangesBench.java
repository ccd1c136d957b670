package org.madoguchi.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.Resident;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.MoveOut;
import org.madoguchi.service.NameChange;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;

/**
 * The counter's resident changes on an imported register: a thousand mixed changes (moves within,
 * name changes, move-outs, deaths) through the service, each of a different resident; then the
 * nightly run over the whole register; then a thousand records shown.
 */
final class ChangesBench {

	static final int CHANGES = 1_000;
	private static final int WARM_UP = 100;

	/** Each change is of another resident: a small register gets fewer. */
	private final int changes;
	private final int warmUp;

	private final DatabaseLocation db;
	private final long residents;
	private final LocalDate today;

	ChangesBench(DatabaseLocation db, long residents, LocalDate today) {
		this.db = db;
		this.residents = residents;
		this.today = today;
		this.changes = (int) Math.min(CHANGES, residents / 2);
		this.warmUp = (int) Math.min(WARM_UP, residents / 10);
	}

	/** The three lines: {@code changes} and {@code show} with their latencies, {@code daily} with its time. */
	List<Measurement> run() {
		List<Long> ids = distinctResidents(changes + warmUp);
		List<Measurement> lines = new ArrayList<>();
		try (Register register = Register.open(db, Login.none(), RegisterClock.fixedAt(today))) {
			for (int i = 0; i < warmUp; i++) {
				change(register, ids.get(changes + i), i).run();
			}
			double[] changed = new double[changes];
			Heap.resetPeak();
			long total = 0;
			for (int i = 0; i < changes; i++) {
				Runnable change = change(register, ids.get(i), i);
				long started = System.nanoTime();
				change.run();
				long took = System.nanoTime() - started;
				total += took;
				changed[i] = took / 1e6;
			}
			lines.add(latencies("changes", total, changed));

			Heap.resetPeak();
			long started = System.nanoTime();
			int done = register.daily().run(today).changes().size();
			lines.add(new Measurement("daily", (System.nanoTime() - started) / 1e9, null, Math.max(1, done), Heap.peakMB(), null, null, null,
					null));

			double[] shows = new double[changes];
			Heap.resetPeak();
			total = 0;
			for (int i = 0; i < changes; i++) {
				long begun = System.nanoTime();
				register.records().show(ids.get(i));
				long took = System.nanoTime() - begun;
				total += took;
				shows[i] = took / 1e6;
			}
			lines.add(latencies("show", total, shows));
		}
		return lines;
	}

	private static Measurement latencies(String name, long totalNanos, double[] millis) {
		Arrays.sort(millis);
		return new Measurement(name, totalNanos / 1e9, null, millis.length, Heap.peakMB(), Benchmark.percentile(millis, 50),
				Benchmark.percentile(millis, 95), Benchmark.percentile(millis, 99), null);
	}

	private List<Long> distinctResidents(int count) {
		Random random = new Random(17);
		return random.longs(1, residents + 1).distinct().limit(count).boxed().toList();
	}

	/** One of the four kinds, in turn, dated today: what it needs of the record is read before, so that only the change is timed. */
	private Runnable change(Register register, long id, int turn) {
		Resident person = register.records().show(id).resident();
		return switch (turn % 4) {
		case 0 -> () -> register.changes().moveWithin(ChangeTarget.of(id), moved(person, today));
		case 1 -> () -> register.changes().changeName(ChangeTarget.of(id),
				new NameChange("新田", person.getGivenName(), "ニッタ", person.getGivenNameKana(), today, today, "marriage"));
		case 2 -> () -> register.changes().moveOut(ChangeTarget.of(id), new MoveOut(today, today, null, true, false));
		default -> () -> register.changes().death(ChangeTarget.of(id), today, today);
		};
	}

	/** The resident's current address with another building: a move within on {@code today}. */
	static AddressEntry moved(Resident person, LocalDate today) {
		AddressEntry entry = EcoreUtil.copy(person.getAddresses().get(person.getAddresses().size() - 1));
		Address address = entry.getAddress();
		address.setBuilding("ベンチハイツ" + (person.getId() % 100 + 1) + "号室");
		entry.setSetOn(today);
		entry.setNotifiedOn(today);
		entry.setNotification(NotificationKind.MOVE_WITHIN);
		return entry;
	}
}
