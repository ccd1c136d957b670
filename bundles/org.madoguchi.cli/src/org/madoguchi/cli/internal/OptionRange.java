package org.madoguchi.cli.internal;

import java.util.Locale;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The whole numbers an option accepts. A value outside them is a usage error (exit 64) that names
 * the option and the range, raised before the command touches the register.
 */
public record OptionRange(long min, long max) {

	/** Resident IDs (as {@code search} shows them): the register numbers them from 1. */
	static final OptionRange ID = new OptionRange(1, Long.MAX_VALUE);

	/** Refuses {@code value} of {@code option} unless it lies in this range; null (not given) passes. */
	public void check(CommandSpec spec, String option, Number value) {
		if (value != null && (value.longValue() < min || value.longValue() > max)) {
			throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT, "Invalid value for option '%s': %d is not %s", option,
					value.longValue(), this));
		}
	}

	@Override
	public String toString() {
		return max == Long.MAX_VALUE ? String.format(Locale.ROOT, "%,d or more", min)
				: String.format(Locale.ROOT, "between %,d and %,d", min, max);
	}
}
