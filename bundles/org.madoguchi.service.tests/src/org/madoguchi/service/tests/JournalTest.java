package org.madoguchi.service.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.service.ChangeJournal;
import org.madoguchi.service.ChangeJournal.Entry;
import org.madoguchi.service.ChangeTarget;
import org.madoguchi.service.DatabaseLocation;
import org.madoguchi.service.Login;
import org.madoguchi.service.Register;
import org.madoguchi.service.RegisterClock;
import org.madoguchi.service.ServiceException;
import org.madoguchi.testing.TestPostgres;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Every use case that changes the register leaves its journal entry, numbered without gaps, with
 * its arguments as the service took them and the versions of the records it read; a refused one
 * leaves none. On embedded H2 and on PostgreSQL.
 */
class JournalTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

	@TempDir
	Path folder;

	private Register open(String kind) throws Exception {
		String location = kind.equals("postgres") ? TestPostgres.emptied() : folder.resolve("office").toString();
		return Register.openOrCreateDemo(DatabaseLocation.of(location), Login.none(), RegisterClock.fixedAt(TODAY));
	}

	private static long sato(Register register) {
		return register.residents().register(People.resident("佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "123456789018"));
	}

	private static JsonObject json(String text) {
		return JsonParser.parseString(text).getAsJsonObject();
	}

	@ParameterizedTest
	@ValueSource(strings = { "embedded", "postgres" })
	void theCountersStepsAreEntriesInTheOrderTheyWereTaken(String kind) throws Exception {
		try (Register register = open(kind)) {
			long sato = register.residents().register(People.resident("佐藤", "一郎", "サトウ", "イチロウ", LocalDate.of(1980, 10, 10), "1234-5678-9018"));
			long card = register.cards().apply(sato, LocalDate.of(2026, 10, 1), ApplicationChannel.ONLINE);
			register.cards().recordProduction(card, "ab0000000001", LocalDate.of(2026, 11, 2));
			register.cards().readyForPickup(card);
			register.cards().issue(card);
			register.cards().suspend(card, "lost on the train");

			List<Entry> entries = register.journal().entries(0, 100);
			assertEquals(List.of("resident.register", "card.apply", "card.record-production", "card.ready-for-pickup", "card.issue",
					"card.suspend"), entries.stream().map(Entry::useCase).toList());
			assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), entries.stream().map(Entry::sequence).toList());
			Entry suspend = entries.get(5);
			assertEquals(ChangeJournal.CENTRAL, suspend.office(), "a register made on its own is the city's central one");
			assertEquals("batch", suspend.operator());
			assertEquals(TODAY, LocalDate.ofInstant(suspend.recordedAt(), ZoneId.systemDefault()), "the register's clock, not the wall's");
			assertEquals(card, json(suspend.input()).get("card").getAsLong());
			assertEquals("lost on the train", json(suspend.input()).get("reason").getAsString());
			assertEquals(4, json(suspend.reads()).get("card/" + card).getAsInt(), "the card as the issue left it: produced (2), ready, issued");
			assertEquals("ab0000000001", json(entries.get(2).input()).get("serial").getAsString(), "the serial as typed");
			assertEquals("[\"resident/" + sato + "\"]", entries.get(0).created(), "the ids another register gives the records it creates");
			assertEquals("[\"card/" + card + "\"]", entries.get(1).created());
			assertEquals("[]", suspend.created());
			assertEquals("ONLINE", json(entries.get(1).input()).get("channel").getAsString());
			assertEquals("1234-5678-9018", json(entries.get(0).input()).getAsJsonObject("resident").get("individualNumber").getAsString(),
					"the resident as the clerk gave it, before the service normalized the number");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "embedded", "postgres" })
	void aRefusedStepLeavesNoEntryAndNoGap(String kind) throws Exception {
		try (Register register = open(kind)) {
			long sato = sato(register);
			long card = register.cards().apply(sato, LocalDate.of(2026, 10, 1), ApplicationChannel.COUNTER);
			assertThrows(ServiceException.class, () -> register.cards().revoke(card, "typed by mistake"));
			assertThrows(ServiceException.class, () -> register.cards().apply(sato, LocalDate.of(2026, 10, 2), ApplicationChannel.COUNTER));
			register.cards().recordProduction(card, "AB0000000001", LocalDate.of(2026, 11, 2));
			assertEquals(List.of("1 resident.register", "2 card.apply", "3 card.record-production"),
					register.journal().entries(0, 100).stream().map(entry -> entry.sequence() + " " + entry.useCase()).toList());
		}
	}

	@Test
	void aResidentChangeKeepsItsTargetAndTheVersionTheClerkOpened() throws Exception {
		try (Register register = open("embedded")) {
			long sato = sato(register);
			int opened = register.changes().version(sato);
			register.changes().moveWithin(ChangeTarget.at(sato, opened),
					People.move("神田", "2番3号", LocalDate.of(2026, 11, 1), NotificationKind.MOVE_WITHIN));
			Entry move = register.journal().entries(1, 100).get(0);
			assertEquals("change.move-within", move.useCase());
			JsonObject input = json(move.input());
			assertEquals(sato, input.getAsJsonObject("target").get("residentId").getAsLong());
			assertEquals(opened, input.getAsJsonObject("target").get("openedVersion").getAsInt());
			assertEquals("神田", input.getAsJsonObject("entry").getAsJsonObject("address").get("town").getAsString());
			assertEquals("2026-11-01", input.getAsJsonObject("entry").get("setOn").getAsString());
			assertEquals(opened, json(move.reads()).get("resident/" + sato).getAsInt());
			assertTrue(move.created().matches("\\[\"change/\\d+\"]"), move.created());
			assertEquals(List.of(), register.journal().entries(2, 100), "one entry for the move with all it changed");
		}
	}
}
