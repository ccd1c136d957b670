package org.madoguchi.store.internal;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.h2.jdbc.JdbcException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * An SQL failure in words that name what failed (the kind of failure, and the constraint, table or
 * column where the database says which) but never a value: both drivers quote the row in their
 * messages (H2 even the statement's parameters), and a message is printed and logged.
 */
final class SqlFailure {

	/** H2 errors whose message names the object first, in quotes, before any value. */
	private static final Set<Integer> H2_NAMING = Set.of(22001, 23502, 23503, 23505, 23506, 23513, 42102, 42122);
	/** The object H2 names: {@code "PUBLIC.INDEX_NAME ON PUBLIC.TABLE(…) VALUES …"}, {@code "COLUMN TYPE"}, {@code "CONSTRAINT: …"}. */
	private static final Pattern H2_OBJECT = Pattern.compile("\"([\\w.]+)(?: ON ([\\w.]+))?");

	/** For example "a value is longer than its column allows (column FAMILY_NAME) [SQL state 22001]". */
	static String describe(SQLException e) {
		SQLException driver = driverFailure(e);
		String state = driver.getSQLState() == null ? "?" : driver.getSQLState();
		List<String> names = names(driver);
		return kind(state) + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")") + " [SQL state " + state + "]";
	}

	private static String kind(String state) {
		return switch (state) {
		case "22001" -> "a value is longer than its column allows";
		case "23502" -> "a required value is missing";
		case "23505" -> "a value that must be unique is already in the register";
		case "23503", "23506" -> "a reference to another row does not match";
		case "23513", "23514" -> "a value breaks a check constraint";
		case "40001", "40P01" -> "the work conflicted with another process's";
		case "HYT00", "55P03" -> "the database was busy (a lock timed out)";
		default -> kindOfClass(state.length() < 2 ? "" : state.substring(0, 2));
		};
	}

	/** The standard classes of SQL states: the first two characters. */
	private static String kindOfClass(String stateClass) {
		return switch (stateClass) {
		case "22" -> "a value is out of range or malformed";
		case "23" -> "a constraint of the register was violated";
		case "08" -> "the connection to the database failed";
		case "42" -> "a statement does not fit the database's schema";
		case "53" -> "the database ran out of resources (disk or memory)";
		default -> "the statement failed";
		};
	}

	/** The driver's own exception: a failed batch wraps it (as its next exception, or its cause). */
	private static SQLException driverFailure(SQLException e) {
		SQLException failure = e;
		for (int depth = 0; depth < 5 && !(failure instanceof PSQLException || failure instanceof JdbcException); depth++) {
			SQLException inner = failure.getNextException() != null ? failure.getNextException()
					: failure.getCause() instanceof SQLException cause ? cause : null;
			if (inner == null) {
				return e;
			}
			failure = inner;
		}
		return failure instanceof PSQLException || failure instanceof JdbcException ? failure : e;
	}

	private static List<String> names(SQLException e) {
		List<String> names = new ArrayList<>();
		if (e instanceof PSQLException postgres && postgres.getServerErrorMessage() != null) {
			ServerErrorMessage server = postgres.getServerErrorMessage();
			add(names, "constraint", server.getConstraint());
			add(names, "table", server.getTable());
			add(names, "column", server.getColumn());
		} else if (e instanceof JdbcException h2 && H2_NAMING.contains(h2.getErrorCode()) && h2.getOriginalMessage() != null) {
			Matcher object = H2_OBJECT.matcher(h2.getOriginalMessage());
			if (object.find()) {
				add(names, h2.getErrorCode() == 22001 || h2.getErrorCode() == 23502 || h2.getErrorCode() == 42122 ? "column"
						: h2.getErrorCode() == 42102 ? "table" : "constraint", object.group(1));
				add(names, "table", object.group(2));
			}
		}
		return names;
	}

	private static void add(List<String> names, String what, String name) {
		if (name != null && !name.isEmpty()) {
			names.add(what + " " + name);
		}
	}

	private SqlFailure() {
	}
}
