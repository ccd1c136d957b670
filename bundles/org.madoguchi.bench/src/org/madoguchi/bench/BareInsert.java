package org.madoguchi.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.madoguchi.model.Certificate;
import org.madoguchi.model.MyNumberCard;
import org.madoguchi.model.Resident;
import org.madoguchi.model.values.Kana;

/**
 * The import's baseline: the same rows (residents, addresses, cards, certificates) written with
 * plain JDBC batches into the same schema, with the store's H2 settings, committed every 1,000
 * residents like the import, with no parsing, checking or matching.
 */
final class BareInsert implements AutoCloseable {

	private final Connection connection;

	BareInsert(Path folder) throws SQLException {
		connection = BareH2.connect(folder, "WRITE_DELAY=100;CACHE_SIZE=16384");
		connection.setAutoCommit(false);
	}

	void insert(List<Resident> residents) throws SQLException {
		try (PreparedStatement resident = connection.prepareStatement("insert into resident (family_name, given_name, family_name_kana, "
				+ "given_name_kana, birth_date, sex, nationality, residence_status, residence_until, individual_number, kana_key, name_key, "
				+ "address_key, address_text) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] { "id" })) {
			for (Resident each : residents) {
				resident.setString(1, each.getFamilyName());
				resident.setString(2, each.getGivenName());
				resident.setString(3, each.getFamilyNameKana());
				resident.setString(4, each.getGivenNameKana());
				resident.setDate(5, Date.valueOf(each.getBirthDate()));
				resident.setString(6, each.getSex().getLiteral());
				resident.setString(7, each.getNationality());
				resident.setString(8, each.getResidenceStatus().getLiteral());
				resident.setDate(9, each.getResidenceUntil() == null ? null : Date.valueOf(each.getResidenceUntil()));
				resident.setString(10, each.getIndividualNumber());
				resident.setString(11, Kana.searchKey(each.getFamilyNameKana() + each.getGivenNameKana()));
				resident.setString(12, each.getFamilyName() + each.getGivenName());
				resident.setString(13, each.getAddresses().get(0).getAddress().getTown());
				resident.setString(14, each.getAddresses().get(0).getAddress().getTown());
				resident.addBatch();
			}
			resident.executeBatch();
			try (ResultSet keys = resident.getGeneratedKeys()) {
				for (Resident each : residents) {
					keys.next();
					each.setId(keys.getLong(1));
				}
			}
		}
		try (PreparedStatement address = connection.prepareStatement("insert into address_entry (resident_id, seq, postal_code, prefecture, "
				+ "municipality_code, town, house_number, notification) values (?, 1, ?, ?, ?, ?, ?, 'registration')")) {
			for (Resident each : residents) {
				var entry = each.getAddresses().get(each.getAddresses().size() - 1).getAddress();
				address.setLong(1, each.getId());
				address.setString(2, entry.getPostalCode());
				address.setString(3, entry.getPrefecture());
				address.setString(4, entry.getMunicipalityCode());
				address.setString(5, entry.getTown());
				address.setString(6, entry.getNumber());
				address.addBatch();
			}
			address.executeBatch();
		}
		insertCards(residents);
		connection.commit();
	}

	private void insertCards(List<Resident> residents) throws SQLException {
		try (PreparedStatement card = connection.prepareStatement("insert into card (resident_id, serial, status, received_on, issued_on, "
				+ "expires_on) values (?, ?, ?, ?, ?, ?)", new String[] { "id" });
				PreparedStatement certificate = connection.prepareStatement(
						"insert into certificate (card_id, kind, issued_on, expires_on) values (?, ?, ?, ?)")) {
			List<MyNumberCard> cards = residents.stream().flatMap(each -> each.getCards().stream()).toList();
			for (Resident each : residents) {
				for (MyNumberCard one : each.getCards()) {
					card.setLong(1, each.getId());
					card.setString(2, one.getSerial());
					card.setString(3, one.getStatus().getLiteral());
					card.setDate(4, Date.valueOf(one.getApplication().getReceivedOn()));
					card.setDate(5, one.getIssuedOn() == null ? null : Date.valueOf(one.getIssuedOn()));
					card.setDate(6, one.getExpiresOn() == null ? null : Date.valueOf(one.getExpiresOn()));
					card.addBatch();
				}
			}
			card.executeBatch();
			try (ResultSet keys = card.getGeneratedKeys()) {
				for (MyNumberCard one : cards) {
					keys.next();
					for (Certificate each : one.getCertificates()) {
						certificate.setLong(1, keys.getLong(1));
						certificate.setString(2, each.getKind().getLiteral());
						certificate.setDate(3, Date.valueOf(each.getIssuedOn()));
						certificate.setDate(4, Date.valueOf(each.getExpiresOn()));
						certificate.addBatch();
					}
				}
			}
			certificate.executeBatch();
		}
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}
}
