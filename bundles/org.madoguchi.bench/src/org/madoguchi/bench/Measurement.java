package org.madoguchi.bench;

/**
 * One line of the benchmark: our time, the bare library's time for the same work, and what it
 * cost. {@code ratio} is baseline / ours (1.0: as fast as the bare library); latencies in ms;
 * {@code fileMB} the size of the file written (report, print), else null.
 */
public record Measurement(String name, double seconds, Double baselineSeconds, long rows, double peakHeapMB, Double p50, Double p95,
		Double p99, Double fileMB) {

	public Double ratio() {
		return baselineSeconds == null ? null : baselineSeconds / seconds;
	}

	public double rowsPerSecond() {
		return rows / seconds;
	}
}
