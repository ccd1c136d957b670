package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.madoguchi.model.CivilServant;
import org.madoguchi.store.CivilServants;
import org.madoguchi.store.Official;

final class JdbcCivilServants implements CivilServants {

	private final Connection connection;

	JdbcCivilServants(Connection connection) {
		this.connection = connection;
	}

	@Override
	public void insert(CivilServant official) {
		Jdbc.call("Storing the official " + official.getOfficialId(), () -> {
			try (PreparedStatement insert = connection.prepareStatement("insert into civil_servant "
					+ "(official_id, resident_id, card_id, ministry, bureau, position) values (?, ?, ?, ?, ?, ?)")) {
				insert.setString(1, official.getOfficialId());
				insert.setLong(2, official.getResident().getId());
				Jdbc.setLong(insert, 3, official.getCard() == null ? null : official.getCard().getId());
				insert.setString(4, official.getMinistry());
				insert.setString(5, official.getBureau());
				insert.setString(6, official.getPosition());
				return insert.executeUpdate();
			}
		});
	}

	@Override
	public Optional<Official> find(String officialId) {
		return Jdbc.call("Reading the official " + officialId, () -> {
			try (PreparedStatement query = connection.prepareStatement(
					"select official_id, resident_id, card_id, ministry, bureau, position from civil_servant where official_id = ?")) {
				query.setString(1, officialId);
				try (ResultSet rows = query.executeQuery()) {
					if (!rows.next()) {
						return Optional.<Official>empty();
					}
					long card = rows.getLong(3);
					Long cardId = rows.wasNull() ? null : card;
					return Optional.of(new Official(rows.getString(1), rows.getLong(2), cardId, rows.getString(4), rows.getString(5),
							rows.getString(6)));
				}
			}
		});
	}

	@Override
	public List<String> officialIds() {
		return Jdbc.call("Listing officials", () -> {
			List<String> ids = new ArrayList<>();
			try (PreparedStatement query = connection.prepareStatement("select official_id from civil_servant order by official_id");
					ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getString(1));
				}
			}
			return ids;
		});
	}
}
