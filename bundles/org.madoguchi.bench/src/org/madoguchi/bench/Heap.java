package org.madoguchi.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The peak heap in use during one measured operation, sampled every few milliseconds (the heap
 * pools' own peaks do not happen at once, so adding them up overstates it).
 */
final class Heap {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
	private static volatile long peak;
	private static Thread sampler;

	static synchronized void resetPeak() {
		System.gc();
		peak = MEMORY.getHeapMemoryUsage().getUsed();
		if (sampler == null) {
			sampler = new Thread(Heap::sample, "madoguchi-bench-heap");
			sampler.setDaemon(true);
			sampler.start();
		}
	}

	private static void sample() {
		while (true) {
			peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
			try {
				Thread.sleep(5);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	static double peakMB() {
		return Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed()) / (1024.0 * 1024.0);
	}

	private Heap() {
	}
}
