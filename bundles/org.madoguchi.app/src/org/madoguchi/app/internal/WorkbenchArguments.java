package org.madoguchi.app.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What {@code ./madoguchi [--db PATH|URL]} passed to the workbench; put into the application
 * context by {@link WorkbenchLifeCycle}.
 */
public record WorkbenchArguments(Optional<String> database) {

	public static WorkbenchArguments parse(String[] args) {
		List<String> list = Arrays.asList(args);
		int db = list.indexOf("--db");
		boolean hasValue = db >= 0 && db + 1 < list.size();
		return new WorkbenchArguments(hasValue ? Optional.of(list.get(db + 1)) : Optional.empty());
	}
}
