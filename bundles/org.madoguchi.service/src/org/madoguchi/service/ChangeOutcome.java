package org.madoguchi.service;

import java.util.List;

import org.madoguchi.model.values.Problem;

/**
 * What a recorded change did: the change's id, how many days late it was notified (0 in time),
 * and its consequences for the card in both languages ("the signature certificate lapsed", …).
 */
public record ChangeOutcome(long residentId, long changeId, ChangeKind kind, int daysLate, List<Problem> consequences) {
}
