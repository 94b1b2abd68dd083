package dev.steward.storage;

import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.util.concurrent.atomic.AtomicBoolean;

import static dev.steward.storage.jooq.Tables.CLASSIFICATION;
import static dev.steward.storage.jooq.Tables.INTEGRATION;

/// jOOQ's first query in a JVM spends a second or more loading and initialising its classes and the generated
/// schema. Rendering one query on a background thread while H2 opens the file moves that off the path to the
/// register's first rows; nothing is executed and nothing waits for it.
public final class JooqWarmUp {
    private static final AtomicBoolean STARTED = new AtomicBoolean();

    private JooqWarmUp() {
    }

    static void start() {
        if (!STARTED.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(JooqWarmUp::render, "steward-jooq-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void render() {
        try {
            DSL.using(SQLDialect.H2).select(INTEGRATION.ID, INTEGRATION.NAME).from(INTEGRATION)
                    .leftJoin(CLASSIFICATION).on(CLASSIFICATION.INTEGRATION_ID.eq(INTEGRATION.ID))
                    .where(DSL.lower(INTEGRATION.NAME).like("%warm%", '!'))
                    .orderBy(INTEGRATION.NAME, INTEGRATION.ID).limit(1).offset(0).getSQL();
        } catch (RuntimeException | LinkageError e) {
            // only an optimisation: the real query will report any real problem
        }
    }
}
