package org.madoguchi.print;

import java.util.List;

/**
 * What the counter's card-face printer adds to one card's notes area (追記欄): the pending
 * lines, printed below the {@code written} lines the area already carries.
 */
public record NotesFace(long residentId, long cardId, int written, List<String> pending) {
}
