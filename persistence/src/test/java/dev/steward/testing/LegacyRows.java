package dev.steward.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/// Rows written as an earlier release wrote them: plain SQL on the first schema's columns, so they touch no
/// table that came later (such as the search terms of V6).
public final class LegacyRows {
    private LegacyRows() {
    }

    /// Inserts a proposed assistant with the given name and purpose, vendor "Acme AI", and returns its id.
    public static long integration(Connection c, String name, String purpose) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO integration (version, name, purpose, vendor,"
                + " kind, status, created_at, created_by, updated_at, updated_by) VALUES (1, ?, ?, 'Acme AI',"
                + " 'ASSISTANT_COPILOT', 'PROPOSED', TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00Z', 'alice',"
                + " TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00Z', 'alice')", Statement.RETURN_GENERATED_KEYS)) {
            p.setString(1, name);
            p.setString(2, purpose);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }
}
