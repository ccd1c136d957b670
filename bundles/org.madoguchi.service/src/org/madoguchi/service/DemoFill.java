package org.madoguchi.service;

import java.util.ArrayList;
import java.util.List;

import org.madoguchi.exchange.demo.DemoResidents;
import org.madoguchi.model.CivilServant;
import org.madoguchi.model.Resident;

/**
 * Fills a demo database with synthetic residents. Each batch and the job's progress commit in
 * one transaction, so a killed fill is resumed by running the same command again: it continues
 * after the last committed batch, and a finished fill does nothing. Card expiries and
 * certificates come from the rules, so demo data is as consistent as real data.
 */
public final class DemoFill {

	static final int BATCH = 2_000;
	/** The most residents demo data holds (their numbers are 000 and an 8-digit index). */
	public static final long CAPACITY = DemoResidents.CAPACITY;

	private final Register register;

	DemoFill(Register register) {
		this.register = register;
	}

	/** Brings the demo residents of {@code seed} up to {@code residents}; returns how many were added. */
	public long fill(long residents, long seed, Progress progress) {
		register.require(Permission.SUPERVISE, "fill demo data");
		if (!register.isDemo()) {
			throw ServiceException.of("demo.production");
		}
		if (residents > CAPACITY) {
			throw ServiceException.of("demo.capacity", CAPACITY);
		}
		String job = "demo:" + seed;
		DemoResidents generator = new DemoResidents(seed);
		CardExpiries expiries = new CardExpiries(register.calculator());
		long start = register.store().read(session -> session.jobs().done(job));
		long reached = start;
		while (reached < residents && !progress.isCanceled()) {
			long from = reached;
			long to = Math.min(residents, from + BATCH);
			List<Resident> batch = new ArrayList<>();
			List<CivilServant> officials = new ArrayList<>();
			for (long index = from; index < to; index++) {
				Resident resident = generator.resident(index);
				resident.getCards().forEach(card -> expiries.complete(resident, card));
				batch.add(resident);
				CivilServant official = generator.official(index, resident);
				if (official != null) {
					officials.add(official);
				}
			}
			// The register's progress decides, not this process's: a commit whose answer was lost, or
			// a fill of the same seed running beside this one, moved it on (this batch is there); the
			// host of the register killed before writing its last commits moved it back.
			reached = register.store().write(session -> {
				long stored = session.jobs().done(job);
				if (stored != from) {
					return stored;
				}
				session.residents().insertAll(batch);
				officials.forEach(session.civilServants()::insert);
				session.jobs().record(job, to, Math.max(to, residents));
				return to;
			});
			progress.worked(reached, residents);
		}
		long added = reached - start;
		register.store().write(session -> {
			register.audit(session, AuditOperation.DEMO, null, AuditDetail.of("demo", added, seed));
			return null;
		});
		return added;
	}
}
