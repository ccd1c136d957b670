package org.madoguchi.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

/** A plain JDBC connection to a register's H2 database, as the baselines use it: the store's user, none of the store. */
final class BareH2 {

	static Connection connect(Path registerFolder, String settings) throws SQLException {
		Properties credentials = new Properties();
		credentials.setProperty("user", "madoguchi");
		credentials.setProperty("password", "");
		return new org.h2.Driver().connect("jdbc:h2:file:" + registerFolder.resolve("madoguchi") + ";" + settings, credentials);
	}

	private BareH2() {
	}
}
