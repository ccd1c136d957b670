package org.madoguchi.ui.internal.resident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.ModelFactory;

/** Undo and redo of the resident editor's move form, as the clerk types. */
class EditHistoryTest {

	private AddressEntry entry;
	private EditHistory history;
	private int changes;

	@BeforeEach
	void draft() {
		entry = ModelFactory.eINSTANCE.createAddressEntry();
		entry.setAddress(ModelFactory.eINSTANCE.createAddress());
		entry.getAddress().setTown("丸の内");
		history = new EditHistory(() -> changes++);
		entry.eAdapters().add(history);
	}

	@Test
	void keystrokesInOneFieldAreOneStepAndUndoRestoresTheOldValue() {
		entry.getAddress().setTown("外");
		entry.getAddress().setTown("外神");
		entry.getAddress().setTown("外神田");
		assertTrue(history.canUndo());
		history.undo();
		assertEquals("丸の内", entry.getAddress().getTown(), "the whole word goes at once");
		assertFalse(history.canUndo());
		history.redo();
		assertEquals("外神田", entry.getAddress().getTown());
		assertFalse(history.canRedo());
	}

	@Test
	void changesOfDifferentFieldsAreUndoneInReverseAndANewChangeForgetsRedo() {
		entry.getAddress().setTown("外神田");
		entry.getAddress().setNumber("3番");
		history.undo();
		assertEquals(null, entry.getAddress().getNumber());
		assertEquals("外神田", entry.getAddress().getTown());
		assertTrue(history.canRedo());
		entry.getAddress().setBuilding("第一ビル");
		assertFalse(history.canRedo(), "typing after an undo starts a new history");
		history.clear();
		assertFalse(history.canUndo());
		assertTrue(changes >= 4, "the editor hears of every change, undo and redo (its dirty mark follows)");
	}
}
