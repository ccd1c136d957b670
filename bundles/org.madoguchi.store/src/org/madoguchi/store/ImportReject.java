package org.madoguchi.store;

/** A row an import refused: where, which columns, why (Japanese and English), and the row as read. */
public record ImportReject(long line, String columns, String reasonJapanese, String reasonEnglish, String original) {
}
