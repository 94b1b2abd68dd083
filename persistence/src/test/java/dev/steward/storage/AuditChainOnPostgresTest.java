package dev.steward.storage;

import dev.steward.storage.Database;

/// {@link AuditChainTest} on a real PostgreSQL team register (see TeamServer).
class AuditChainOnPostgresTest extends AuditChainTest {
    @Override
    protected Database openDatabase() {
        return team();
    }
}
