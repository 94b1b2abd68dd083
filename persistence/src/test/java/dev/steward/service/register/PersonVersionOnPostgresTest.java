package dev.steward.service.register;

import dev.steward.storage.Database;

/// {@link PersonVersionTest} on a real PostgreSQL team register.
class PersonVersionOnPostgresTest extends PersonVersionTest {
    @Override
    protected Database openDatabase() {
        return team();
    }
}
