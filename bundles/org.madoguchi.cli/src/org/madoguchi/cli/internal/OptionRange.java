package org.madoguchi.cli.internal;

import java.util.Locale;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The whole numbers an option or parameter accepts. A value outside them is a usage error (exit 64)
 * that names the option and the range, raised before the command touches the register.
 */
public record OptionRange(long min, long max) {

	/** Resident IDs (as {@code search} shows them): the register numbers them from 1. */
	static final OptionRange ID = new OptionRange(1, Long.MAX_VALUE);

	/**
	 * Refuses {@code value} of {@code option} ({@code --days}, or a parameter's label such as
	 * {@code DAYS}) unless it lies in this range; null (not given) passes.
	 */
	public void check(CommandSpec spec, String option, Number value) {
		if (value != null && (value.longValue() < min || value.longValue() > max)) {
			String named = option.startsWith("-") ? "option '" + option + "'" : option;
			throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT, "Invalid value for %s: %d is not %s", named,
					value.longValue(), this));
		}
	}

	@Override
	public String toString() {
		return max == Long.MAX_VALUE ? String.format(Locale.ROOT, "%,d or more", min)
				: String.format(Locale.ROOT, "between %,d and %,d", min, max);
	}
}
