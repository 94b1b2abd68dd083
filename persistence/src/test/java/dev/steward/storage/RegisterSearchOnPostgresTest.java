package dev.steward.storage;

import dev.steward.storage.Database;

/// {@link RegisterSearchTest} on a real PostgreSQL team register (see TeamServer).
class RegisterSearchOnPostgresTest extends RegisterSearchTest {
    @Override
    protected Database openDatabase() {
        return team();
    }
}
