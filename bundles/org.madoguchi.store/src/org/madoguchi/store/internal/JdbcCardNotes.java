package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.madoguchi.store.CardNote;
import org.madoguchi.store.CardNotes;

final class JdbcCardNotes implements CardNotes {

	private final Connection connection;

	JdbcCardNotes(Connection connection) {
		this.connection = connection;
	}

	@Override
	public long add(long cardId, Long changeId, LocalDate on, String text) {
		return Jdbc.call("Adding a note to card " + cardId, () -> {
			try (PreparedStatement insert = connection.prepareStatement(
					"insert into card_note (card_id, change_id, on_date, text) values (?, ?, ?, ?)", new String[] { "id" })) {
				insert.setLong(1, cardId);
				Jdbc.setLong(insert, 2, changeId);
				Jdbc.setDate(insert, 3, on);
				insert.setString(4, text);
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					return keys.getLong(1);
				}
			}
		});
	}

	@Override
	public List<CardNote> of(long cardId) {
		return Jdbc.call("Reading the notes of card " + cardId, () -> {
			List<CardNote> notes = new ArrayList<>();
			Jdbc.eachRow(connection, "select id, card_id, change_id, on_date, text, written_on from card_note "
					+ "where card_id = ? and not withdrawn order by id",
					rows -> notes.add(new CardNote(rows.getLong("id"), rows.getLong("card_id"), rows.getObject("change_id", Long.class),
							Jdbc.date(rows, "on_date"), rows.getString("text"), Jdbc.date(rows, "written_on"))),
					cardId);
			return notes;
		});
	}

	@Override
	public List<Long> cardsWithPendingNotes() {
		return Jdbc.call("Listing the cards with pending notes", () -> {
			List<Long> cards = new ArrayList<>();
			Jdbc.eachRow(connection, "select distinct card_id from card_note where written_on is null and not withdrawn order by card_id",
					rows -> cards.add(rows.getLong(1)));
			return cards;
		});
	}

	@Override
	public int markWritten(long cardId, LocalDate on) {
		return Jdbc.call("Recording the notes written on card " + cardId, () -> {
			try (PreparedStatement update = connection.prepareStatement(
					"update card_note set written_on = ? where card_id = ? and written_on is null and not withdrawn")) {
				Jdbc.setDate(update, 1, on);
				update.setLong(2, cardId);
				return update.executeUpdate();
			}
		});
	}

	@Override
	public void withdrawPending(long changeId) {
		Jdbc.call("Withdrawing the pending notes of change " + changeId, () -> {
			try (PreparedStatement update = connection.prepareStatement(
					"update card_note set withdrawn = true where change_id = ? and written_on is null")) {
				update.setLong(1, changeId);
				return update.executeUpdate();
			}
		});
	}
}
