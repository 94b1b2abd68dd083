package dev.steward.service.register;

import dev.steward.storage.Database;

/// {@link IntegrationPersistenceTest} on a real PostgreSQL team register (see TeamServer).
class IntegrationPersistenceOnPostgresTest extends IntegrationPersistenceTest {
    @Override
    protected Database openDatabase() {
        return team();
    }
}
