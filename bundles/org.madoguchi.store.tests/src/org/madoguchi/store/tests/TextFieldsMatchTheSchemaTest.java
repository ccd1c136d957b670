package org.madoguchi.store.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.madoguchi.model.ModelPackage.Literals;
import org.madoguchi.model.values.TextFields;
import org.madoguchi.store.DatabaseLocation;
import org.madoguchi.store.Store;

/**
 * The maxima the model declares for its text fields (and the import's row checks use) are the
 * lengths of the columns that keep them, as the migrations leave them: a value the checks let
 * through always fits.
 */
class TextFieldsMatchTheSchemaTest {

	/** Where the store keeps each text field of the model: table.column. */
	private static final Map<EAttribute, String> COLUMNS = Map.ofEntries(
			Map.entry(Literals.MUNICIPALITY__CODE, "municipality.code"), Map.entry(Literals.MUNICIPALITY__NAME, "municipality.name"),
			Map.entry(Literals.MUNICIPALITY__KANA_NAME, "municipality.kana_name"),
			Map.entry(Literals.ADDRESS__POSTAL_CODE, "address_entry.postal_code"),
			Map.entry(Literals.ADDRESS__PREFECTURE, "address_entry.prefecture"),
			Map.entry(Literals.ADDRESS__MUNICIPALITY_CODE, "address_entry.municipality_code"),
			Map.entry(Literals.ADDRESS__MUNICIPALITY_NAME, "address_entry.municipality_name"),
			Map.entry(Literals.ADDRESS__TOWN, "address_entry.town"), Map.entry(Literals.ADDRESS__CHOME, "address_entry.chome"),
			Map.entry(Literals.ADDRESS__NUMBER, "address_entry.house_number"),
			Map.entry(Literals.ADDRESS__BUILDING, "address_entry.building"), Map.entry(Literals.HOUSEHOLD__ID, "household.code"),
			Map.entry(Literals.HOUSEHOLD_MEMBER__RELATIONSHIP, "resident.relationship"),
			Map.entry(Literals.RESIDENT__FAMILY_NAME, "resident.family_name"), Map.entry(Literals.RESIDENT__GIVEN_NAME, "resident.given_name"),
			Map.entry(Literals.RESIDENT__FAMILY_NAME_KANA, "resident.family_name_kana"),
			Map.entry(Literals.RESIDENT__GIVEN_NAME_KANA, "resident.given_name_kana"),
			Map.entry(Literals.RESIDENT__ROMAN_NAME, "resident.roman_name"), Map.entry(Literals.RESIDENT__ALIAS, "resident.alias"),
			Map.entry(Literals.RESIDENT__NATIONALITY, "resident.nationality"),
			Map.entry(Literals.RESIDENT__REGISTERED_DOMICILE, "resident.registered_domicile"),
			Map.entry(Literals.RESIDENT__INDIVIDUAL_NUMBER, "resident.individual_number"),
			Map.entry(Literals.RESIDENT__RESIDENT_CODE, "resident.resident_code"), Map.entry(Literals.RESIDENT__PHOTO, "resident.photo"),
			Map.entry(Literals.MY_NUMBER_CARD__SERIAL, "card.serial"),
			Map.entry(Literals.STATUS_TRANSITION__OPERATOR, "card_transition.operator_id"),
			Map.entry(Literals.STATUS_TRANSITION__REASON, "card_transition.reason"),
			Map.entry(Literals.CERTIFICATE__REVOCATION_REASON, "certificate.revocation_reason"),
			Map.entry(Literals.CIVIL_SERVANT__OFFICIAL_ID, "civil_servant.official_id"),
			Map.entry(Literals.CIVIL_SERVANT__MINISTRY, "civil_servant.ministry"),
			Map.entry(Literals.CIVIL_SERVANT__BUREAU, "civil_servant.bureau"),
			Map.entry(Literals.CIVIL_SERVANT__POSITION, "civil_servant.position"));

	@TempDir
	Path folder;

	@Test
	void everyTextFieldIsAsLongAsItsColumn() throws Exception {
		Path db = folder.resolve("db");
		Store.openOrCreate(DatabaseLocation.of(db.toString()), session -> null).close();
		Map<String, Integer> declared = new TreeMap<>();
		Map<String, Integer> inTheSchema = new TreeMap<>();
		try (Connection connection = new org.h2.Driver().connect("jdbc:h2:file:" + db.resolve("madoguchi") + ";AUTO_SERVER=TRUE",
				credentials());
				PreparedStatement query = connection.prepareStatement("select character_maximum_length from information_schema.columns "
						+ "where lower(table_name) = ? and lower(column_name) = ?")) {
			for (TextFields.Field field : TextFields.all()) {
				String column = COLUMNS.get(field.attribute());
				String name = field.attribute().getEContainingClass().getName() + "." + field.attribute().getName() + " in " + column;
				declared.put(name, field.maximum());
				query.setString(1, column == null ? "" : column.substring(0, column.indexOf('.')));
				query.setString(2, column == null ? "" : column.substring(column.indexOf('.') + 1));
				try (ResultSet rows = query.executeQuery()) {
					inTheSchema.put(name, rows.next() ? rows.getInt(1) : null);
				}
			}
		}
		assertEquals(declared, inTheSchema);
	}

	private static Properties credentials() {
		Properties credentials = new Properties();
		credentials.setProperty("user", "madoguchi");
		credentials.setProperty("password", "");
		return credentials;
	}
}
