package dev.steward.storage;

/// {@link DashboardTallyTest} on a real PostgreSQL team register (see TeamServer): the same totals, kept by the
/// same writers, under the team register's grants and its audit head function.
class DashboardTallyOnPostgresTest extends DashboardTallyTest {
    @Override
    protected Database openDatabase() {
        return team();
    }
}
