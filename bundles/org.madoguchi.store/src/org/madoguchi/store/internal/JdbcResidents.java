package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.madoguchi.model.Address;
import org.madoguchi.model.AddressEntry;
import org.madoguchi.model.AddressNumberStyle;
import org.madoguchi.model.Household;
import org.madoguchi.model.HouseholdMember;
import org.madoguchi.model.ModelFactory;
import org.madoguchi.model.ModelPackage.Literals;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.NotificationKind;
import org.madoguchi.model.ResidenceStatus;
import org.madoguchi.model.Resident;
import org.madoguchi.model.Sex;
import org.madoguchi.store.Housemate;
import org.madoguchi.store.Removal;
import org.madoguchi.store.Residents;
import org.madoguchi.store.ResidentSummary;
import org.madoguchi.store.StoreException;

final class JdbcResidents implements Residents {

	/** The relationship (続柄) that makes a member the head of the household. */
	static final String HEAD = "世帯主";

	private static final String PERSON_COLUMNS = "family_name, given_name, family_name_kana, given_name_kana, roman_name, alias, "
			+ "birth_date, sex, nationality, registered_domicile, resident_since, residence_status, residence_until, "
			+ "individual_number, resident_code, photo, kana_key, name_key, synthetic";
	/** Residents with their household's code and their relationship in it, for {@link #people}. */
	private static final String PEOPLE = "select r.id, " + PERSON_COLUMNS + ", h.code, r.relationship from resident r "
			+ "left join household h on h.id = r.household_id ";
	private static final String SUMMARY_COLUMNS = "id, family_name, given_name, family_name_kana, given_name_kana, birth_date, "
			+ "address_text, individual_number";

	private final Connection connection;
	private final JdbcCards cards;
	private final CreatedRecords created;

	JdbcResidents(Connection connection, JdbcCards cards, CreatedRecords created) {
		this.connection = connection;
		this.cards = cards;
		this.created = created;
	}

	@Override
	public void insertAll(List<Resident> residents) {
		if (residents.isEmpty()) {
			return;
		}
		Jdbc.call("Storing residents", () -> {
			Map<String, Long> households = households(residents);
			try (PreparedStatement insert = connection.prepareStatement("insert into resident (" + PERSON_COLUMNS
					+ ", household_id, relationship, address_key, address_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					new String[] { "id" })) {
				for (Resident resident : residents) {
					int next = setPerson(insert, resident);
					HouseholdMember member = resident.getHousehold();
					Jdbc.setLong(insert, next, member == null ? null : households.get(householdCode(member)));
					insert.setString(next + 1, member == null ? null : member.getRelationship());
					AddressEntry current = resident.getAddresses().isEmpty() ? null
							: resident.getAddresses().get(resident.getAddresses().size() - 1);
					insert.setString(next + 2, current == null ? null : SearchKeys.address(current.getAddress()));
					insert.setString(next + 3, current == null ? null : SearchKeys.addressText(current.getAddress()));
					insert.addBatch();
				}
				insert.executeBatch();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					for (Resident resident : residents) {
						keys.next();
						resident.setId(created.add(connection, "resident", "resident", keys.getLong(1)));
					}
				}
			}
			recordHeads(residents, households);
			insertAddresses(residents);
			List<Long> holders = new ArrayList<>();
			List<MyNumberCard> newCards = new ArrayList<>();
			for (Resident resident : residents) {
				for (MyNumberCard card : resident.getCards()) {
					holders.add(resident.getId());
					newCards.add(card);
				}
			}
			cards.insertAll(holders, newCards);
			return null;
		});
	}

	/** Sets the person columns from index 1; returns the next free index. */
	private static int setPerson(PreparedStatement statement, Resident resident) throws SQLException {
		statement.setString(1, resident.getFamilyName());
		statement.setString(2, resident.getGivenName());
		statement.setString(3, resident.getFamilyNameKana());
		statement.setString(4, resident.getGivenNameKana());
		statement.setString(5, resident.getRomanName());
		statement.setString(6, resident.getAlias());
		Jdbc.setDate(statement, 7, resident.getBirthDate());
		statement.setString(8, resident.getSex().getLiteral());
		statement.setString(9, resident.getNationality());
		statement.setString(10, resident.getRegisteredDomicile());
		Jdbc.setDate(statement, 11, resident.getResidentSince());
		statement.setString(12, resident.getResidenceStatus().getLiteral());
		Jdbc.setDate(statement, 13, resident.getResidenceUntil());
		statement.setString(14, emptyToNull(resident.getIndividualNumber()));
		statement.setString(15, emptyToNull(resident.getResidentCode()));
		statement.setString(16, resident.getPhoto());
		statement.setString(17, SearchKeys.kana(resident.getFamilyNameKana(), resident.getGivenNameKana()));
		statement.setString(18, SearchKeys.name(resident.getFamilyName(), resident.getGivenName()));
		statement.setBoolean(19, resident.isSynthetic());
		return 20;
	}

	private static String householdCode(HouseholdMember member) {
		return ((Household) member.eContainer()).getId();
	}

	/** Household ids by code for the residents' households, adding the households that are new. */
	private Map<String, Long> households(List<Resident> residents) throws SQLException {
		Set<String> codes = new LinkedHashSet<>();
		for (Resident resident : residents) {
			if (resident.getHousehold() != null) {
				codes.add(householdCode(resident.getHousehold()));
			}
		}
		return householdIds(codes);
	}

	/** Household ids by code, adding the households that are new. */
	private Map<String, Long> householdIds(Set<String> codes) throws SQLException {
		Map<String, Long> ids = Jdbc.idsByKey(connection, "household", "code", codes);
		try (PreparedStatement insert = connection.prepareStatement("insert into household (code) values (?)", new String[] { "id" })) {
			for (String code : codes) {
				if (ids.containsKey(code)) {
					continue;
				}
				insert.setString(1, code);
				insert.executeUpdate();
				try (ResultSet keys = insert.getGeneratedKeys()) {
					keys.next();
					ids.put(code, keys.getLong(1));
				}
			}
		}
		return ids;
	}

	private void recordHeads(List<Resident> residents, Map<String, Long> households) throws SQLException {
		try (PreparedStatement update = connection.prepareStatement("update household set head_resident_id = ? where id = ?")) {
			for (Resident resident : residents) {
				HouseholdMember member = resident.getHousehold();
				if (member != null && HEAD.equals(member.getRelationship())) {
					update.setLong(1, resident.getId());
					update.setLong(2, households.get(householdCode(member)));
					update.addBatch();
				}
			}
			update.executeBatch();
		}
	}

	private void insertAddresses(List<Resident> residents) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement(addressInsert())) {
			for (Resident resident : residents) {
				int seq = 1;
				for (AddressEntry entry : resident.getAddresses()) {
					setAddress(insert, resident.getId(), seq++, entry);
					insert.addBatch();
				}
			}
			insert.executeBatch();
		}
	}

	private static String addressInsert() {
		return "insert into address_entry (resident_id, seq, postal_code, prefecture, municipality_code, municipality_name, town, "
				+ "chome, house_number, number_style, building, set_on, notified_on, notification) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	}

	private static void setAddress(PreparedStatement insert, long residentId, int seq, AddressEntry entry) throws SQLException {
		Address address = entry.getAddress();
		insert.setLong(1, residentId);
		insert.setInt(2, seq);
		insert.setString(3, address.getPostalCode());
		insert.setString(4, address.getPrefecture());
		insert.setString(5, address.getMunicipalityCode());
		insert.setString(6, address.getMunicipalityName());
		insert.setString(7, address.getTown());
		insert.setString(8, address.getChome());
		insert.setString(9, address.getNumber());
		insert.setString(10, address.isSetNumberStyle() ? address.getNumberStyle().getLiteral() : null);
		insert.setString(11, address.getBuilding());
		Jdbc.setDate(insert, 12, entry.getSetOn());
		Jdbc.setDate(insert, 13, entry.getNotifiedOn());
		insert.setString(14, entry.getNotification().getLiteral());
	}

	@Override
	public Optional<Resident> find(long id) {
		return Jdbc.call("Reading resident " + id, () -> complete(people(PEOPLE + "where r.id = ?", id)).stream().findFirst());
	}

	@Override
	public List<Resident> after(long afterId, int limit) {
		return Jdbc.call("Reading the residents after " + afterId,
				() -> complete(people(PEOPLE + "where r.id > ? order by r.id limit ?", afterId, limit)));
	}

	/** The residents {@code sql} selects with {@code parameters}, with their household membership. */
	private List<Resident> people(String sql, long... parameters) throws SQLException {
		List<Resident> people = new ArrayList<>();
		Jdbc.eachRow(connection, sql, rows -> {
			Resident resident = person(rows);
			String householdCode = rows.getString("code");
			if (householdCode != null) {
				Household household = ModelFactory.eINSTANCE.createHousehold();
				household.setId(householdCode);
				HouseholdMember member = ModelFactory.eINSTANCE.createHouseholdMember();
				member.setRelationship(rows.getString("relationship"));
				household.getMembers().add(member);
				member.setResident(resident);
				if (HEAD.equals(member.getRelationship())) {
					household.setHead(resident);
				}
			}
			people.add(resident);
		}, parameters);
		return people;
	}

	/**
	 * Adds the address histories and the cards of residents in id order, with one query per table
	 * for the range of their ids: the export reads a million residents a page at a time.
	 */
	private List<Resident> complete(List<Resident> people) throws SQLException {
		if (people.isEmpty()) {
			return people;
		}
		long from = people.get(0).getId();
		long to = people.get(people.size() - 1).getId();
		Map<Long, Resident> byId = new HashMap<>();
		people.forEach(resident -> byId.put(resident.getId(), resident));
		Jdbc.eachRow(connection, "select * from address_entry where resident_id between ? and ? and not withdrawn order by resident_id, seq",
				rows -> byId.get(rows.getLong("resident_id")).getAddresses().add(addressEntry(rows)), from, to);
		cards.ofResidents(from, to).forEach((residentId, held) -> byId.get(residentId).getCards().addAll(held));
		return people;
	}

	private static Resident person(ResultSet rows) throws SQLException {
		Resident resident = ModelFactory.eINSTANCE.createResident();
		resident.setId(rows.getLong("id"));
		resident.setFamilyName(rows.getString("family_name"));
		resident.setGivenName(rows.getString("given_name"));
		resident.setFamilyNameKana(rows.getString("family_name_kana"));
		resident.setGivenNameKana(rows.getString("given_name_kana"));
		resident.setRomanName(rows.getString("roman_name"));
		resident.setAlias(rows.getString("alias"));
		resident.setBirthDate(Jdbc.date(rows, "birth_date"));
		resident.setSex(Sex.get(rows.getString("sex")));
		resident.setNationality(rows.getString("nationality"));
		resident.setRegisteredDomicile(rows.getString("registered_domicile"));
		resident.setResidentSince(Jdbc.date(rows, "resident_since"));
		resident.setResidenceStatus(ResidenceStatus.get(rows.getString("residence_status")));
		resident.setResidenceUntil(Jdbc.date(rows, "residence_until"));
		resident.setIndividualNumber(rows.getString("individual_number"));
		resident.setResidentCode(rows.getString("resident_code"));
		resident.setPhoto(rows.getString("photo"));
		resident.setSynthetic(rows.getBoolean("synthetic"));
		return resident;
	}

	private static AddressEntry addressEntry(ResultSet rows) throws SQLException {
		Address address = ModelFactory.eINSTANCE.createAddress();
		address.setPostalCode(rows.getString("postal_code"));
		address.setPrefecture(rows.getString("prefecture"));
		address.setMunicipalityCode(rows.getString("municipality_code"));
		address.setMunicipalityName(rows.getString("municipality_name"));
		address.setTown(rows.getString("town"));
		address.setChome(rows.getString("chome"));
		address.setNumber(rows.getString("house_number"));
		String style = rows.getString("number_style");
		if (style != null) {
			address.setNumberStyle(AddressNumberStyle.get(style));
		}
		address.setBuilding(rows.getString("building"));
		AddressEntry entry = ModelFactory.eINSTANCE.createAddressEntry();
		entry.setAddress(address);
		entry.setSetOn(Jdbc.date(rows, "set_on"));
		entry.setNotifiedOn(Jdbc.date(rows, "notified_on"));
		entry.setNotification(NotificationKind.get(rows.getString("notification")));
		return entry;
	}

	@Override
	public Optional<Long> idByNumber(String individualNumber) {
		return Jdbc.call("Looking up an Individual Number", () -> {
			try (PreparedStatement query = connection.prepareStatement("select id from resident where individual_number = ?")) {
				query.setString(1, individualNumber);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
				}
			}
		});
	}

	@Override
	public Map<String, Long> idsByNumbers(Collection<String> individualNumbers) {
		return Jdbc.call("Looking up Individual Numbers", () -> Jdbc.idsByKey(connection, "resident", "individual_number", individualNumbers));
	}

	@Override
	public Optional<Long> idByResidentCode(String residentCode) {
		return Jdbc.call("Looking up a resident record code", () -> {
			try (PreparedStatement query = connection.prepareStatement("select id from resident where resident_code = ? order by id")) {
				query.setString(1, residentCode);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
				}
			}
		});
	}

	@Override
	public List<Long> idsByReadingAndBirth(String familyNameKana, String givenNameKana, LocalDate birthDate) {
		return Jdbc.call("Looking up residents by reading and birth date", () -> {
			try (PreparedStatement query = connection.prepareStatement("select id from resident where kana_key = ? and birth_date = ? order by id")) {
				query.setString(1, SearchKeys.kana(familyNameKana, givenNameKana));
				Jdbc.setDate(query, 2, birthDate);
				List<Long> ids = new ArrayList<>();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						ids.add(rows.getLong(1));
					}
				}
				return ids;
			}
		});
	}

	@Override
	public void update(Resident resident) {
		Jdbc.call("Saving resident " + resident.getId(), () -> {
			String assignments = String.join(" = ?, ", PERSON_COLUMNS.split(", ")) + " = ?";
			try (PreparedStatement update = connection
					.prepareStatement("update resident set " + assignments + ", version = version + 1 where id = ?")) {
				int next = setPerson(update, resident);
				update.setLong(next, resident.getId());
				if (update.executeUpdate() != 1) {
					throw StoreException.of("resident.unknown", String.valueOf(resident.getId()));
				}
				return null;
			}
		});
	}

	@Override
	public void changeHousehold(long residentId, String householdCode, String relationship) {
		Jdbc.call("Changing the household of resident " + residentId, () -> {
			// a head who leaves, or is no longer the head, leaves the household without one until its new head is recorded
			try (PreparedStatement clear = connection.prepareStatement("update household set head_resident_id = null where head_resident_id = ?")) {
				clear.setLong(1, residentId);
				clear.executeUpdate();
			}
			Long previous = householdOf(residentId);
			Long household = householdCode == null ? null : householdIds(Set.of(householdCode)).get(householdCode);
			try (PreparedStatement update = connection
					.prepareStatement("update resident set household_id = ?, relationship = ?, version = version + 1 where id = ?")) {
				Jdbc.setLong(update, 1, household);
				update.setString(2, household == null ? null : relationship);
				update.setLong(3, residentId);
				if (update.executeUpdate() != 1) {
					throw StoreException.of("resident.unknown", String.valueOf(residentId));
				}
			}
			if (previous != null && !previous.equals(household)) {
				// a household whose last member left no longer exists
				try (PreparedStatement empty = connection.prepareStatement(
						"delete from household where id = ? and not exists (select 1 from resident where household_id = ?)")) {
					empty.setLong(1, previous);
					empty.setLong(2, previous);
					empty.executeUpdate();
				}
			}
			if (household != null && HEAD.equals(relationship)) {
				try (PreparedStatement head = connection.prepareStatement("update household set head_resident_id = ? where id = ?")) {
					head.setLong(1, residentId);
					head.setLong(2, household);
					head.executeUpdate();
				}
			}
			return null;
		});
	}

	private Long householdOf(long residentId) throws SQLException {
		try (PreparedStatement query = connection.prepareStatement("select household_id from resident where id = ?")) {
			query.setLong(1, residentId);
			try (ResultSet rows = query.executeQuery()) {
				return rows.next() ? rows.getObject(1, Long.class) : null;
			}
		}
	}

	@Override
	public void addAddress(long residentId, AddressEntry entry) {
		Jdbc.call("Adding an address to resident " + residentId, () -> {
			int seq;
			try (PreparedStatement query = connection.prepareStatement("select coalesce(max(seq), 0) from address_entry where resident_id = ?")) {
				query.setLong(1, residentId);
				try (ResultSet rows = query.executeQuery()) {
					rows.next();
					seq = rows.getInt(1) + 1;
				}
			}
			try (PreparedStatement insert = connection.prepareStatement(addressInsert())) {
				setAddress(insert, residentId, seq, entry);
				insert.executeUpdate();
			}
			try (PreparedStatement update = connection.prepareStatement(
					"update resident set address_key = ?, address_text = ?, version = version + 1 where id = ?")) {
				update.setString(1, SearchKeys.address(entry.getAddress()));
				update.setString(2, SearchKeys.addressText(entry.getAddress()));
				update.setLong(3, residentId);
				return update.executeUpdate();
			}
		});
	}

	@Override
	public void withdrawCurrentAddress(long residentId) {
		Jdbc.call("Withdrawing the current address of resident " + residentId, () -> {
			try (PreparedStatement withdraw = connection.prepareStatement("update address_entry set withdrawn = true where resident_id = ? "
					+ "and seq = (select max(seq) from address_entry where resident_id = ? and not withdrawn)")) {
				withdraw.setLong(1, residentId);
				withdraw.setLong(2, residentId);
				withdraw.executeUpdate();
			}
			Address current = null;
			try (PreparedStatement query = connection.prepareStatement(
					"select * from address_entry where resident_id = ? and not withdrawn order by seq desc limit 1")) {
				query.setLong(1, residentId);
				try (ResultSet rows = query.executeQuery()) {
					if (rows.next()) {
						current = addressEntry(rows).getAddress();
					}
				}
			}
			try (PreparedStatement update = connection.prepareStatement(
					"update resident set address_key = ?, address_text = ?, version = version + 1 where id = ?")) {
				update.setString(1, current == null ? null : SearchKeys.address(current));
				update.setString(2, current == null ? null : SearchKeys.addressText(current));
				update.setLong(3, residentId);
				return update.executeUpdate();
			}
		});
	}

	@Override
	public Optional<Integer> version(long residentId) {
		return Jdbc.version(connection, "resident", residentId);
	}

	@Override
	public Optional<Removal> removal(long residentId) {
		return Jdbc.call("Reading the removal of resident " + residentId, () -> {
			try (PreparedStatement query = connection.prepareStatement(
					"select removed_on, removal_reason from resident where id = ? and removed_on is not null")) {
				query.setLong(1, residentId);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(new Removal(Jdbc.date(rows, 1), rows.getString(2))) : Optional.<Removal>empty();
				}
			}
		});
	}

	@Override
	public void remove(long residentId, LocalDate on, String reason) {
		setRemoval(residentId, on, reason);
	}

	@Override
	public void reinstate(long residentId) {
		setRemoval(residentId, null, null);
	}

	private void setRemoval(long residentId, LocalDate on, String reason) {
		Jdbc.call("Changing the removal of resident " + residentId, () -> {
			try (PreparedStatement update = connection.prepareStatement(
					"update resident set removed_on = ?, removal_reason = ?, moves_out_on = null, version = version + 1 where id = ?")) {
				Jdbc.setDate(update, 1, on);
				update.setString(2, reason);
				update.setLong(3, residentId);
				if (update.executeUpdate() != 1) {
					throw StoreException.of("resident.unknown", residentId);
				}
				return null;
			}
		});
	}

	@Override
	public void planMoveOut(long residentId, LocalDate on) {
		Jdbc.call("Planning the move-out of resident " + residentId, () -> {
			try (PreparedStatement update = connection.prepareStatement(
					"update resident set moves_out_on = ?, version = version + 1 where id = ?")) {
				Jdbc.setDate(update, 1, on);
				update.setLong(2, residentId);
				return update.executeUpdate();
			}
		});
	}

	@Override
	public Optional<LocalDate> plannedMoveOut(long residentId) {
		return Jdbc.call("Reading the planned move-out of resident " + residentId, () -> {
			try (PreparedStatement query = connection.prepareStatement(
					"select moves_out_on from resident where id = ? and moves_out_on is not null and removed_on is null")) {
				query.setLong(1, residentId);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(Jdbc.date(rows, 1)) : Optional.<LocalDate>empty();
				}
			}
		});
	}

	@Override
	public List<Long> movingOutBy(LocalDate day) {
		// a removal clears moves_out_on, so its index finds the few planned; with removed_on in the query H2 reads every current resident
		return Jdbc.call("Listing the residents whose move-out day has come", () -> Jdbc.idsOn(connection,
				"select id, removed_on from resident where moves_out_on <= ? order by id", day, row -> row.getObject(2) == null));
	}

	@Override
	public List<ResidentSummary> search(String text, int limit, int offset, boolean removed) {
		SearchPlan plan = SearchPlan.of(text, removed);
		return Jdbc.call("Searching for \"" + text + "\"", () -> {
			List<ResidentSummary> found = new ArrayList<>();
			for (SearchPlan.Part part : plan.parts()) {
				int wanted = offset + limit - found.size();
				if (wanted <= 0) {
					break;
				}
				try (PreparedStatement query = connection.prepareStatement(part.sql(SUMMARY_COLUMNS))) {
					int index = 1;
					for (Object parameter : part.parameters()) {
						query.setObject(index++, parameter);
					}
					query.setInt(index, wanted);
					try (ResultSet rows = query.executeQuery()) {
						while (rows.next()) {
							found.add(new ResidentSummary(rows.getLong("id"), rows.getString("family_name"), rows.getString("given_name"),
									rows.getString("family_name_kana"), rows.getString("given_name_kana"), Jdbc.date(rows, "birth_date"),
									rows.getString("address_text"), rows.getString("individual_number")));
						}
					}
				}
			}
			return found.subList(Math.min(offset, found.size()), found.size());
		});
	}

	@Override
	public Optional<Long> memberOf(String householdCode) {
		return Jdbc.call("Looking up household " + householdCode, () -> {
			try (PreparedStatement query = connection.prepareStatement("select r.id from resident r join household h on h.id = r.household_id "
					+ "where h.code = ? order by case when r.relationship = ? then 0 else 1 end, r.id limit 1")) {
				query.setString(1, householdCode);
				query.setString(2, HEAD);
				try (ResultSet rows = query.executeQuery()) {
					return rows.next() ? Optional.of(rows.getLong(1)) : Optional.<Long>empty();
				}
			}
		});
	}

	@Override
	public List<Housemate> household(long residentId) {
		String sql = "select id, family_name, given_name, birth_date, relationship from resident where household_id = "
				+ "(select household_id from resident where id = ?) order by case when relationship = ? then 0 else 1 end, birth_date, id";
		return Jdbc.call("Reading the household of resident " + residentId, () -> {
			try (PreparedStatement query = connection.prepareStatement(sql)) {
				query.setLong(1, residentId);
				query.setString(2, HEAD);
				List<Housemate> members = new ArrayList<>();
				try (ResultSet rows = query.executeQuery()) {
					while (rows.next()) {
						members.add(new Housemate(rows.getLong("id"), rows.getString("family_name"), rows.getString("given_name"),
								Jdbc.date(rows, "birth_date"), rows.getString("relationship")));
					}
				}
				return members;
			}
		});
	}

	@Override
	public long searchCount(String text, boolean removed) {
		SearchPlan plan = SearchPlan.of(text, removed);
		return Jdbc.call("Counting the residents found for \"" + text + "\"", () -> {
			long count = 0;
			for (SearchPlan.Part part : plan.parts()) {
				// without a condition H2 answers from its row count instead of scanning an index; the removed records come from theirs
				String sql = SearchPlan.EVERYONE.equals(part.condition()) ? "select count(*) from resident"
						: (SearchPlan.EVERYONE + SearchPlan.CURRENT).equals(part.condition())
								? "select (select count(*) from resident) - (select count(*) from resident where removed_on is not null)"
								: part.countSql();
				try (PreparedStatement query = connection.prepareStatement(sql)) {
					int index = 1;
					for (Object parameter : part.parameters()) {
						query.setObject(index++, parameter);
					}
					try (ResultSet rows = query.executeQuery()) {
						rows.next();
						count += rows.getLong(1);
					}
				}
			}
			return count;
		});
	}

	private static String emptyToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}
}
