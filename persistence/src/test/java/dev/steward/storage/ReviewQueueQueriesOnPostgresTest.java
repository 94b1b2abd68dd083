package dev.steward.storage;

/// {@link ReviewQueueQueriesTest} on a real PostgreSQL team register (see TeamServer): the same answers as the
/// in-memory queue, hence as H2.
class ReviewQueueQueriesOnPostgresTest extends ReviewQueueQueriesTest {
    @Override
    protected Database openDatabase() {
        return team();
    }
}
