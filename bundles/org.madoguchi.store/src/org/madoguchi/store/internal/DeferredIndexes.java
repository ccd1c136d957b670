package org.madoguchi.store.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain indexes of an embedded register being built from a backup, dropped while its rows go
 * in and made again once they are all in: H2 builds an index over a filled table in one pass,
 * where keeping each up row by row made a restore of 100,000 residents take a fifth longer
 * (docs/performance.md). An index that backs a constraint (a foreign key's, a unique one) stays,
 * so the rows are checked as they come.
 */
final class DeferredIndexes {

	/** A plain index as H2's {@code SCRIPT} writes it: {@code CREATE INDEX "PUBLIC"."RESIDENT_KANA" ON …}. */
	private static final Pattern PLAIN = Pattern.compile("CREATE INDEX (\"[^\"]+\"\\.\"([^\"]+)\") ON .*", Pattern.DOTALL);

	private final List<String> definitions;

	private DeferredIndexes(List<String> definitions) {
		this.definitions = definitions;
	}

	/** Drops the plain indexes of the (still empty) register on {@code connection}, keeping how to make them again. */
	static DeferredIndexes drop(Connection connection) throws SQLException {
		List<String> definitions = new ArrayList<>();
		try (Statement statement = connection.createStatement()) {
			Set<String> ofConstraints = new HashSet<>();
			try (ResultSet constrained = statement
					.executeQuery("select index_name from information_schema.table_constraints where index_name is not null")) {
				while (constrained.next()) {
					ofConstraints.add(constrained.getString(1));
				}
			}
			List<String> names = new ArrayList<>();
			try (ResultSet script = statement.executeQuery("script nodata")) {
				while (script.next()) {
					Matcher plain = PLAIN.matcher(script.getString(1));
					if (plain.matches() && !ofConstraints.contains(plain.group(2))) {
						definitions.add(plain.group());
						names.add(plain.group(1));
					}
				}
			}
			for (String name : names) {
				statement.execute("drop index " + name);
			}
		}
		return new DeferredIndexes(definitions);
	}

	/** Makes the dropped indexes again, over the rows now in. */
	void build(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String definition : definitions) {
				statement.execute(definition);
			}
		}
	}
}
