package dev.steward.storage;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/// Checks made on open with plain JDBC, so that opening an ordinary register does not wait for jOOQ's first
/// query.
final class PlainQueries {
    private PlainQueries() {
    }

    /// True when `sql` returns a row.
    ///
    /// @param what what is read, for the message when it cannot be ("the import batches")
    static boolean anyRow(DataSource dataSource, String sql, String what) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet found = statement.executeQuery(sql)) {
            return found.next();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + what + ": " + e.getMessage(), e);
        }
    }
}
