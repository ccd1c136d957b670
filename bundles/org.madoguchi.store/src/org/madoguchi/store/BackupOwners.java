package org.madoguchi.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whose a backup is, read from it without restoring it: the settings of the register it was
 * taken of (demo or production) and its operators, so that the service can decide who may
 * restore it before anything is written.
 */
public record BackupOwners(Map<String, String> settings, List<Operator> operators) {

	public Optional<Operator> operator(String id) {
		return operators.stream().filter(operator -> operator.id().equals(id)).findFirst();
	}
}
