package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.madoguchi.model.ApplicationChannel;
import org.madoguchi.model.CardApplication;
import org.madoguchi.model.CardStatus;
import org.madoguchi.model.Certificate;
import org.madoguchi.model.CertificateKind;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.StatusTransition;
import org.madoguchi.model.values.CardLifecycle;
import org.madoguchi.store.CardDeadline;
import org.madoguchi.store.Cards;
import org.madoguchi.store.DueCard;
import org.madoguchi.store.Revocation;
import org.madoguchi.store.StoreException;

final class JdbcCards implements Cards {

	private static final String CARD_COLUMNS = "id, serial, status, received_on, channel, issued_on, expires_on";
	/** Of the certificate table as {@code u}: its dates have the names of the card's. */
	private static final String CERTIFICATE_COLUMNS = "u.card_id, u.kind, u.issued_on, u.expires_on, u.revoked_on, u.revocation_reason";
	/** Of the card_transition table as {@code t}. */
	private static final String TRANSITION_COLUMNS = "t.card_id, t.from_status, t.to_status, t.on_date, t.operator_id, t.reason";
	private static final String HELD = "status in (" + CardLifecycle.sqlLiterals(CardLifecycle.HELD) + ")";

	private final Connection connection;
	private final CreatedRecords created;

	JdbcCards(Connection connection, CreatedRecords created) {
		this.connection = connection;
		this.created = created;
	}

	@Override
	public long insert(long residentId, MyNumberCard card) {
		insertAll(List.of(residentId), List.of(card));
		return card.getId();
	}

	/** Stores cards (holder ids in the same order) with certificates and history, batched; sets their ids. */
	void insertAll(List<Long> holders, List<MyNumberCard> cards) {
		if (cards.isEmpty()) {
			return;
		}
		Jdbc.call("Storing cards", () -> {
			try (PreparedStatement insert = connection.prepareStatement(
					"insert into card (resident_id, serial, status, received_on, channel, issued_on, expires_on) values (?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" })) {
				for (int i = 0; i < cards.size(); i++) {
					MyNumberCard card = cards.get(i);
					CardApplication application = card.getApplication();
					insert.setLong(1, holders.get(i));
					insert.setString(2, card.getSerial());
					insert.setString(3, card.getStatus().getLiteral());
					Jdbc.setDate(insert, 4, application == null ? null : application.getReceivedOn());
					insert.setString(5, application == null || !application.isSetChannel()
							? null : application.getChannel().getLiteral());
					Jdbc.setDate(insert, 6, card.getIssuedOn());
					Jdbc.setDate(insert, 7, card.getExpiresOn());
					insert.addBatch();
				}
				insert.executeBatch();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					for (MyNumberCard card : cards) {
						keys.next();
						card.setId(created.add(connection, "card", "card", keys.getLong(1)));
					}
				}
			}
			insertCertificates(cards);
			List<Map.Entry<Long, StatusTransition>> transitions = new ArrayList<>();
			for (MyNumberCard card : cards) {
				card.getTransitions().forEach(transition -> transitions.add(Map.entry(card.getId(), transition)));
			}
			insertTransitions(transitions);
			return null;
		});
	}

	private void insertCertificates(List<MyNumberCard> cards) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("insert into certificate "
				+ "(card_id, kind, issued_on, expires_on, revoked_on, revocation_reason) values (?, ?, ?, ?, ?, ?)")) {
			for (MyNumberCard card : cards) {
				for (Certificate certificate : card.getCertificates()) {
					setCertificate(insert, card.getId(), certificate);
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
	}

	/** Stores each transition (of the card whose id is its key), in one batch. */
	private void insertTransitions(Collection<Map.Entry<Long, StatusTransition>> transitions) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(
				"insert into card_transition (card_id, from_status, to_status, on_date, operator_id, reason) values (?, ?, ?, ?, ?, ?)")) {
			for (Map.Entry<Long, StatusTransition> transition : transitions) {
				setTransition(insert, transition.getKey(), transition.getValue());
				insert.addBatch();
			}
			insert.executeBatch();
		}
	}

	private static void setCertificate(PreparedStatement insert, long cardId, Certificate certificate) throws SQLException {
		insert.setLong(1, cardId);
		insert.setString(2, certificate.getKind().getLiteral());
		Jdbc.setDate(insert, 3, certificate.getIssuedOn());
		Jdbc.setDate(insert, 4, certificate.getExpiresOn());
		Jdbc.setDate(insert, 5, certificate.getRevokedOn());
		insert.setString(6, certificate.getRevocationReason());
	}

	private static void setTransition(PreparedStatement insert, long cardId, StatusTransition transition) throws SQLException {
		insert.setLong(1, cardId);
		insert.setString(2, transition.getFrom() == null ? null : transition.getFrom().getLiteral());
		insert.setString(3, transition.getTo().getLiteral());
		Jdbc.setDate(insert, 4, transition.getDate());
		insert.setString(5, transition.getOperator());
		insert.setString(6, transition.getReason());
	}

	@Override
	public Optional<MyNumberCard> find(long cardId) {
		return Jdbc.call("Reading the card " + cardId, () -> {
			try (PreparedStatement query = connection.prepareStatement("select " + CARD_COLUMNS + " from card where id = ?")) {
				query.setLong(1, cardId);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(complete(card(rows))) : Optional.<MyNumberCard>empty();
				}
			}
		});
	}

	/**
	 * The cards of the residents with ids from {@code from} to {@code to}, by resident, oldest
	 * first, complete with certificates and history: one query per table for the whole range.
	 */
	Map<Long, List<MyNumberCard>> ofResidents(long from, long to) throws SQLException {
		Map<Long, List<MyNumberCard>> byResident = new HashMap<>();
		Map<Long, MyNumberCard> byId = new HashMap<>();
		Jdbc.eachRow(connection, "select " + CARD_COLUMNS + ", resident_id from card where resident_id between ? and ? order by id", rows -> {
			MyNumberCard card = card(rows);
			byResident.computeIfAbsent(rows.getLong("resident_id"), resident -> new ArrayList<>()).add(card);
			byId.put(card.getId(), card);
		}, from, to);
		Jdbc.eachRow(connection, "select " + CERTIFICATE_COLUMNS + " from certificate u join card c on c.id = u.card_id "
				+ "where c.resident_id between ? and ? order by u.id", rows -> byId.get(rows.getLong(1)).getCertificates().add(certificate(rows)),
				from, to);
		Jdbc.eachRow(connection, "select " + TRANSITION_COLUMNS + " from card_transition t join card c on c.id = t.card_id "
				+ "where c.resident_id between ? and ? order by t.id", rows -> byId.get(rows.getLong(1)).getTransitions().add(transition(rows)),
				from, to);
		return byResident;
	}

	private static MyNumberCard card(ResultSet rows) throws SQLException {
		MyNumberCard card = ModelFactory.eINSTANCE.createMyNumberCard();
		card.setId(rows.getLong("id"));
		card.setSerial(rows.getString("serial"));
		card.setStatus(CardStatus.get(rows.getString("status")));
		LocalDate received = Jdbc.date(rows, "received_on");
		String channel = rows.getString("channel");
		if (received != null || channel != null) {
			CardApplication application = ModelFactory.eINSTANCE.createCardApplication();
			application.setReceivedOn(received);
			if (channel != null) {
				application.setChannel(ApplicationChannel.get(channel));
			}
			card.setApplication(application);
		}
		card.setIssuedOn(Jdbc.date(rows, "issued_on"));
		card.setExpiresOn(Jdbc.date(rows, "expires_on"));
		return card;
	}

	private MyNumberCard complete(MyNumberCard card) throws SQLException {
		Jdbc.eachRow(connection, "select " + CERTIFICATE_COLUMNS + " from certificate u where u.card_id = ? order by u.id",
				rows -> card.getCertificates().add(certificate(rows)), card.getId());
		Jdbc.eachRow(connection, "select " + TRANSITION_COLUMNS + " from card_transition t where t.card_id = ? order by t.id",
				rows -> card.getTransitions().add(transition(rows)), card.getId());
		return card;
	}

	/** The certificate of a row of {@link #CERTIFICATE_COLUMNS}. */
	private static Certificate certificate(ResultSet rows) throws SQLException {
		Certificate certificate = ModelFactory.eINSTANCE.createCertificate();
		certificate.setKind(CertificateKind.get(rows.getString(2)));
		certificate.setIssuedOn(Jdbc.date(rows, 3));
		certificate.setExpiresOn(Jdbc.date(rows, 4));
		certificate.setRevokedOn(Jdbc.date(rows, 5));
		certificate.setRevocationReason(rows.getString(6));
		return certificate;
	}

	/** The status change of a row of {@link #TRANSITION_COLUMNS}. */
	private static StatusTransition transition(ResultSet rows) throws SQLException {
		StatusTransition transition = ModelFactory.eINSTANCE.createStatusTransition();
		String from = rows.getString(2);
		if (from != null) {
			transition.setFrom(CardStatus.get(from));
		}
		transition.setTo(CardStatus.get(rows.getString(3)));
		transition.setDate(Jdbc.date(rows, 4));
		transition.setOperator(rows.getString(5));
		transition.setReason(rows.getString(6));
		return transition;
	}

	@Override
	public Optional<Long> withSerial(String serial) {
		return Jdbc.call("Looking up a card serial", () -> Optional.ofNullable(Jdbc.idsByKey(connection, "card", "serial", List.of(serial)).get(serial)));
	}

	@Override
	public Set<String> takenSerials(Collection<String> serials) {
		return Jdbc.call("Looking up card serials", () -> Jdbc.idsByKey(connection, "card", "serial", serials).keySet());
	}

	@Override
	public List<Long> holdersWithStatus(CardStatus status, LocalDate changedOn) {
		String sql = changedOn == null ? "select distinct resident_id from card where status = ? order by resident_id"
				: "select distinct c.resident_id from card c join card_transition t on t.card_id = c.id "
						+ "where c.status = ? and t.to_status = c.status and t.on_date = ? order by c.resident_id";
		return Jdbc.call("Listing cards that are " + status.getLiteral(), () -> {
			try (PreparedStatement query = connection.prepareStatement(sql)) {
				query.setString(1, status.getLiteral());
				if (changedOn != null) {
					Jdbc.setDate(query, 2, changedOn);
				}
				List<Long> holders = new ArrayList<>();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						holders.add(rows.getLong(1));
					}
				}
				return holders;
			}
		});
	}

	/** A deadline's column, and its words for a failure's message. */
	private record Deadline(String column, String words) {
		static Deadline of(CardDeadline deadline) {
			return switch (deadline) {
			case LAST_VALID_DAY -> new Deadline("expires_on", "expiry");
			case CONTINUED_USE -> new Deadline("continued_use_due", "continued-use deadline");
			};
		}
	}

	/**
	 * One query for the whole register: listed a batch at a time, each batch read every held card again,
	 * which took most of a nightly run at a million residents. Whether a card is held is checked here,
	 * not in the query: given the status there, H2 reads every held card by the status index instead of only
	 * those past the day by the deadline's index.
	 */
	@Override
	public List<Long> pastDeadline(CardDeadline deadline, LocalDate day) {
		Deadline past = Deadline.of(deadline);
		return Jdbc.call("Listing held cards past their " + past.words(), () -> Jdbc.idsOn(connection,
				"select id, status from card where " + past.column() + " < ? order by id", day,
				row -> CardLifecycle.HELD.contains(CardStatus.get(row.getString(2)))));
	}

	@Override
	public List<DueCard> pastDeadline(CardDeadline deadline, LocalDate day, Collection<Long> cardIds) {
		if (cardIds.isEmpty()) {
			return List.of();
		}
		Deadline past = Deadline.of(deadline);
		String sql = "select id, resident_id, serial, status, " + past.column() + " from card where id in ("
				+ Jdbc.placeholders(cardIds.size()) + ") and " + past.column() + " < ? and " + HELD + " order by id";
		return Jdbc.call("Reading " + cards(cardIds) + " past their " + past.words(), () -> {
			try (PreparedStatement query = connection.prepareStatement(sql)) {
				int index = 1;
				for (long cardId : cardIds) {
					query.setLong(index++, cardId);
				}
				Jdbc.setDate(query, index, day);
				List<DueCard> due = new ArrayList<>();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						due.add(new DueCard(rows.getLong(1), rows.getLong(2), rows.getString(3), CardStatus.get(rows.getString(4)),
								Jdbc.date(rows, 5)));
					}
				}
				return due;
			}
		});
	}

	/** "card 12", or how many cards: what a failure names. */
	private static String cards(Collection<Long> cardIds) {
		return cardIds.size() == 1 ? "card " + cardIds.iterator().next() : cardIds.size() + " cards";
	}

	@Override
	public void setContinuedUseDue(Collection<Long> cardIds, LocalDate due) {
		Jdbc.call("Setting the continued-use deadline of " + cards(cardIds), () -> {
			try (PreparedStatement update = connection.prepareStatement("update card set continued_use_due = ? where id = ?")) {
				for (long cardId : cardIds) {
					Jdbc.setDate(update, 1, due);
					update.setLong(2, cardId);
					update.addBatch();
				}
				return update.executeBatch();
			}
		});
	}

	@Override
	public Optional<Integer> version(long cardId) {
		return Jdbc.version(connection, "card", cardId);
	}

	@Override
	public Optional<LocalDate> continuedUseDue(long cardId) {
		return Jdbc.call("Reading the continued-use deadline of card " + cardId, () -> {
			try (PreparedStatement query = connection.prepareStatement("select continued_use_due from card where id = ?")) {
				query.setLong(1, cardId);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.ofNullable(Jdbc.date(rows, 1)) : Optional.<LocalDate>empty();
				}
			}
		});
	}

	@Override
	public long holderOf(long cardId) {
		return Jdbc.call("Reading the holder of card " + cardId, () -> {
			try (PreparedStatement query = connection.prepareStatement("select resident_id from card where id = ?")) {
				query.setLong(1, cardId);
				try (ResultSet rows = query.executeQuery()) {
					if (!rows.next()) {
						throw StoreException.of("card.unknown", String.valueOf(cardId));
					}
					return rows.getLong(1);
				}
			}
		});
	}

	@Override
	public void changeStatuses(Map<Long, StatusTransition> transitions) {
		if (transitions.isEmpty()) {
			return;
		}
		Jdbc.call("Changing the status of " + cards(transitions.keySet()), () -> {
			List<Long> cardIds = List.copyOf(transitions.keySet());
			try (PreparedStatement update = connection.prepareStatement("update card set status = ?, version = version + 1 where id = ?")) {
				for (long cardId : cardIds) {
					update.setString(1, transitions.get(cardId).getTo().getLiteral());
					update.setLong(2, cardId);
					update.addBatch();
				}
				int[] updated = update.executeBatch();
				for (int i = 0; i < updated.length; i++) {
					if (updated[i] == 0) {
						throw StoreException.of("card.unknown", String.valueOf(cardIds.get(i)));
					}
				}
			}
			insertTransitions(transitions.entrySet());
			return null;
		});
	}

	@Override
	public void recordProduction(long cardId, String serial, LocalDate issuedOn, LocalDate expiresOn) {
		Jdbc.call("Recording the production of card " + cardId, () -> {
			try (PreparedStatement update = connection
					.prepareStatement("update card set serial = ?, issued_on = ?, expires_on = ?, version = version + 1 where id = ?")) {
				update.setString(1, serial);
				Jdbc.setDate(update, 2, issuedOn);
				Jdbc.setDate(update, 3, expiresOn);
				update.setLong(4, cardId);
				return update.executeUpdate();
			}
		});
	}

	@Override
	public void changeExpiry(long cardId, LocalDate expiresOn) {
		Jdbc.call("Changing the expiry of card " + cardId, () -> {
			try (PreparedStatement update = connection.prepareStatement("update card set expires_on = ?, version = version + 1 where id = ?")) {
				Jdbc.setDate(update, 1, expiresOn);
				update.setLong(2, cardId);
				return update.executeUpdate();
			}
		});
	}

	@Override
	public void addCertificate(long cardId, Certificate certificate) {
		Jdbc.call("Storing a certificate of card " + cardId, () -> {
			try (PreparedStatement insert = connection.prepareStatement("insert into certificate "
					+ "(card_id, kind, issued_on, expires_on, revoked_on, revocation_reason) values (?, ?, ?, ?, ?, ?)")) {
				setCertificate(insert, cardId, certificate);
				return insert.executeUpdate();
			}
		});
	}

	@Override
	public void revokeCertificates(List<Revocation> revocations) {
		revoke(revocations, null);
	}

	@Override
	public void revokeCertificate(long cardId, CertificateKind kind, LocalDate date, String reason) {
		revoke(List.of(new Revocation(cardId, date, reason)), kind);
	}

	/** Revokes the live certificates of {@code kind} of each card, or all of them for a null kind, in one batch. */
	private void revoke(List<Revocation> revocations, CertificateKind kind) {
		if (revocations.isEmpty()) {
			return;
		}
		Jdbc.call("Revoking the certificates of " + cards(revocations.stream().map(Revocation::cardId).toList()), () -> {
			try (PreparedStatement update = connection.prepareStatement("update certificate set revoked_on = ?, revocation_reason = ? "
					+ "where card_id = ? and revoked_on is null and (? is null or kind = ?)")) {
				for (Revocation revocation : revocations) {
					Jdbc.setDate(update, 1, revocation.on());
					update.setString(2, revocation.reason());
					update.setLong(3, revocation.cardId());
					update.setString(4, kind == null ? null : kind.getLiteral());
					update.setString(5, kind == null ? null : kind.getLiteral());
					update.addBatch();
				}
				return update.executeBatch();
			}
		});
	}
}
