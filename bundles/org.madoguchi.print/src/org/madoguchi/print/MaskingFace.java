package org.madoguchi.print;

/** What one civil servant's masking card shows. */
public record MaskingFace(long residentId, String officialId, String ministry, String bureau, String position) {
}
