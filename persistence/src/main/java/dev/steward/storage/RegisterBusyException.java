package dev.steward.storage;

import java.sql.SQLException;
import java.util.function.Predicate;

/// A change could not be saved because another writer held what it needed (the audit log's head) for longer
/// than every retry waited. Nothing of the change was written; trying again later normally succeeds. The
/// message is for people: it never carries the engine's SQL.
public final class RegisterBusyException extends RuntimeException {
    /// H2's "Timeout trying to lock table" (LOCK_TIMEOUT_1).
    private static final int H2_LOCK_TIMEOUT = 50200;
    /// PostgreSQL's lock_not_available (lock_timeout expired).
    private static final String PG_LOCK_NOT_AVAILABLE = "55P03";

    public RegisterBusyException(Throwable cause) {
        super("The register is busy with another change (for example a large import) and this change could not "
                + "be saved: nothing was written. Try again in a moment.", cause);
    }

    /// True when `e` says a lock wait timed out, on H2 or PostgreSQL.
    static boolean isLockTimeout(Throwable e) {
        return causedBy(e, sql -> sql.getErrorCode() == H2_LOCK_TIMEOUT
                || PG_LOCK_NOT_AVAILABLE.equals(sql.getSQLState()));
    }

    /// True when `e` or one of its causes is an SQLException that `test` accepts.
    static boolean causedBy(Throwable e, Predicate<SQLException> test) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && test.test(sql)) {
                return true;
            }
        }
        return false;
    }
}
