package dev.steward.app.concurrent;

/// Which workers run a task. Long jobs have their own threads, so a search, a save or the next block of
/// table rows never waits behind an import or an export.
public enum Lane {
    /// Reads, saves, table paging: short work a person is waiting for.
    QUICK,
    /// Imports, exports, sample data, reports: work that may take minutes and shows progress.
    LONG
}
