package org.madoguchi.store;

import java.util.List;
import java.util.Optional;

import org.madoguchi.model.CivilServant;

/** National public officials whose ID lives on their My Number Card (masking cards). */
public interface CivilServants {

	/** Stores an official; the resident (and card, if any) must be stored already. */
	void insert(CivilServant official);

	/** An official's record, if the ID is known. */
	Optional<Official> find(String officialId);

	/** Official IDs, sorted. */
	List<String> officialIds();
}
