package dev.steward.testing;

import org.h2.api.Trigger;

import java.sql.Connection;
import java.sql.SQLException;

/// H2 trigger, installed only by tests, that fails every audit insert: it simulates a failure after the
/// integration row and its children were already written in the same transaction.
public final class FailOnAuditInsert implements Trigger {
    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("forced failure while writing the audit log");
    }
}
