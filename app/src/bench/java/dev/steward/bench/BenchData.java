package dev.steward.bench;

import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.ledger.HashChain;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.storage.Database;
import dev.steward.storage.SearchTerms;
import dev.steward.storage.TermKeys;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/// Fills registers fast: plain JDBC batches straight into the tables, bypassing the services. Making a
/// million integrations through {@code RegisterService} would take longer than every benchmark together.
/// The same inserts are the raw limit of the import benchmark.
///
/// Rows look like real ones (both owners set, a future review date, one environment, tool and system each)
/// so that the CSV importer accepts what the exporter writes from them, and carry their quick-search terms
/// ({@link SearchTerms}, as every writer in the app stores them).
final class BenchData {
    static final List<String> WORDS = List.of("Invoice", "Ledger", "Ticket", "Support", "Payroll", "Contract",
            "Research", "Release", "Incident", "Forecast", "Onboarding", "Translation", "Catalogue", "Claims",
            "Procurement", "Roster", "Audit", "Pricing", "Inventory", "Outreach", "Recruiting", "Compliance",
            "Shipping", "Billing", "Analytics", "Marketing", "Security", "Vendor", "Quality", "Training");
    static final List<String> ROLES = List.of("Assistant", "Agent", "Copilot", "Router", "Summariser", "Planner",
            "Reviewer", "Scanner", "Drafter", "Monitor");
    static final List<String> VENDORS = List.of("Acme AI", "Globex", "Initech", "Umbrella Labs", "Hooli",
            "Stark Cloud", "Wayne Data", "Cyberdyne", "Tyrell", "Soylent", "Vandelay", "Wonka Systems");
    static final String ACTOR = "bench";
    private static final OffsetDateTime STAMP = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final String DUMMY_HASH = "f".repeat(64);
    private static final int COMMIT_EVERY = 5_000;

    private BenchData() {
    }

    /// A new, migrated register file `name` under `dir`, replacing any left from an earlier run.
    static Database freshRegister(Path dir, String name) {
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(dir.resolve(name + ".mv.db"));
            Files.deleteIfExists(dir.resolve(name + ".trace.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Database.open(dir.resolve(name));
    }

    /// Deletes a closed register's files.
    static void delete(Path dir, String name) {
        try {
            Files.deleteIfExists(dir.resolve(name + ".mv.db"));
            Files.deleteIfExists(dir.resolve(name + ".trace.db"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /// How many people a register of `integrations` gets: owners repeat, as they do in a real organisation.
    static int peopleFor(int integrations) {
        return Math.max(20, integrations / 50);
    }

    /// Inserts people with ids 1 to `count`.
    static void people(DataSource ds, int count) {
        inTransaction(ds, c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO person (id, name, email, title, department,"
                    + " has_left, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, FALSE, 1, ?, ?)")) {
                for (int i = 1; i <= count; i++) {
                    p.setLong(1, i);
                    p.setString(2, WORDS.get(i % WORDS.size()) + "son " + ROLES.get(i % ROLES.size()) + " " + i);
                    p.setString(3, "person" + i + "@example.com");
                    p.setString(4, "Lead");
                    p.setString(5, WORDS.get((i / 7) % WORDS.size()));
                    p.setObject(6, STAMP);
                    p.setObject(7, STAMP);
                    p.addBatch();
                    flushEvery(p, c, i);
                }
                p.executeBatch();
            }
            restartIdentity(c, "person", count + 1);
        });
    }

    /// Inserts `count` integrations with ids from `firstId`, their child rows, a classification for two in
    /// three when `classified` (its verdict and tier also on the integration row, as the app keeps them), and
    /// `auditPerIntegration` audit rows each (with placeholder hashes).
    static void integrations(DataSource ds, int firstId, int count, int people, boolean classified,
                             int auditPerIntegration) {
        integrations(ds, firstId, count, people, classified, auditPerIntegration, true);
    }

    /// As above; without `withTerms` no quick-search terms are written (the plain batch insert that the import
    /// benchmark measures the importer against).
    static void integrations(DataSource ds, int firstId, int count, int people, boolean classified,
                             int auditPerIntegration, boolean withTerms) {
        inTransaction(ds, c -> {
            long seq = maxSeq(c);
            try (PreparedStatement row = c.prepareStatement("INSERT INTO integration (id, version, name, purpose,"
                    + " vendor, kind, pipeline_role, status, sponsor_id, technical_owner_id, next_review, created_at,"
                    + " created_by, updated_at, updated_by, latest_verdict, latest_risk_tier)"
                    + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement env = c.prepareStatement(
                         "INSERT INTO integration_environment (integration_id, environment) VALUES (?, ?)");
                 PreparedStatement tool = c.prepareStatement("INSERT INTO integration_tool (integration_id,"
                         + " position, name, tool_type) VALUES (?, 0, ?, 'API')");
                 PreparedStatement data = c.prepareStatement("INSERT INTO integration_data_access (integration_id,"
                         + " position, system_name, access_level) VALUES (?, 0, ?, 'READ')");
                 PreparedStatement term = c.prepareStatement(
                         "INSERT INTO integration_search_term (term_key, words) VALUES (?, ?)");
                 PreparedStatement cls = c.prepareStatement("INSERT INTO classification (integration_id,"
                         + " questionnaire_version, answers, verdict, autonomy_level, risk_tier, trace, escalated,"
                         + " classified_at, classified_by) VALUES (?, '2026.11-1', '{}', ?, 'A1_ASSISTIVE', ?, '[]',"
                         + " FALSE, ?, ?)");
                 PreparedStatement audit = c.prepareStatement("INSERT INTO audit_event (seq, occurred_at, actor,"
                         + " entity_type, entity_id, action, field, old_value, new_value, prev_hash, hash)"
                         + " VALUES (?, ?, ?, 'INTEGRATION', ?, 'CREATE', ?, NULL, ?, ?, ?)")) {
                for (int n = 0; n < count; n++) {
                    long id = firstId + n;
                    String name = name(id);
                    String purpose = "Handles " + WORDS.get((int) (id / 3 % WORDS.size())).toLowerCase()
                            + " requests for the " + WORDS.get((int) (id / 11 % WORDS.size())) + " team";
                    String vendor = id % 11 == 0 ? null : VENDORS.get((int) (id % VENDORS.size()));
                    String toolName = "tool-" + id % 50;
                    String system = "System " + id % 100;
                    // the one classification's verdict and tier, also kept on the integration row (V9)
                    boolean hasClassification = classified && id % 3 != 2;
                    String verdict = hasClassification ? verdict(id).name() : null;
                    String tier = hasClassification ? tier(id).name() : null;
                    row.setLong(1, id);
                    row.setString(2, name);
                    row.setString(3, purpose);
                    row.setString(4, vendor);
                    row.setString(5, kind(id).name());
                    // a pipeline component must say which role it plays, or the importer rejects the row
                    row.setString(6, kind(id) == IntegrationKind.PIPELINE_COMPONENT ? "PLANNER" : null);
                    row.setString(7, status(id).name());
                    row.setLong(8, 1 + id * 7 % people);
                    row.setLong(9, 1 + (id * 13 + 5) % people);
                    row.setDate(10, Date.valueOf(LocalDate.of(2027, 1, 1).plusDays(id % 700)));
                    row.setObject(11, STAMP);
                    row.setString(12, ACTOR);
                    row.setObject(13, STAMP);
                    row.setString(14, ACTOR);
                    row.setString(15, verdict);
                    row.setString(16, tier);
                    row.addBatch();
                    env.setLong(1, id);
                    env.setString(2, "PRODUCTION");
                    env.addBatch();
                    tool.setLong(1, id);
                    tool.setString(2, toolName);
                    tool.addBatch();
                    data.setLong(1, id);
                    data.setString(2, system);
                    data.addBatch();
                    // the quick-search terms, as the app's writers store them
                    if (withTerms) {
                        for (var termRow : TermKeys.rows(id, SearchTerms.of(name, purpose, vendor, List.of(toolName),
                                List.of(system))).entrySet()) {
                            term.setLong(1, termRow.getKey());
                            term.setString(2, termRow.getValue());
                            term.addBatch();
                        }
                    }
                    if (hasClassification) {
                        cls.setLong(1, id);
                        cls.setString(2, verdict);
                        cls.setString(3, tier);
                        cls.setObject(4, STAMP);
                        cls.setString(5, ACTOR);
                        cls.addBatch();
                    }
                    for (int a = 0; a < auditPerIntegration; a++) {
                        audit.setLong(1, ++seq);
                        audit.setObject(2, STAMP);
                        audit.setString(3, ACTOR);
                        audit.setLong(4, id);
                        audit.setString(5, "field" + a);
                        audit.setString(6, name);
                        audit.setString(7, DUMMY_HASH);
                        audit.setString(8, DUMMY_HASH);
                        audit.addBatch();
                    }
                    if ((n + 1) % COMMIT_EVERY == 0) {
                        for (PreparedStatement p : List.of(row, env, tool, data, term, cls, audit)) {
                            p.executeBatch();
                        }
                        c.commit();
                    }
                }
                for (PreparedStatement p : List.of(row, env, tool, data, term, cls, audit)) {
                    p.executeBatch();
                }
            }
            restartIdentity(c, "integration", firstId + count);
            moveAuditHead(c);
        });
    }

    /// Appends `count` audit events forming a valid hash chain, as {@code AuditLog} would have written them.
    static void auditChain(DataSource ds, int count) {
        inTransaction(ds, c -> {
            try (PreparedStatement audit = c.prepareStatement("INSERT INTO audit_event (seq, occurred_at, actor,"
                    + " entity_type, entity_id, action, field, old_value, new_value, prev_hash, hash)"
                    + " VALUES (?, ?, ?, 'INTEGRATION', ?, 'UPDATE', ?, ?, ?, ?, ?)")) {
                String previous = HashChain.GENESIS;
                Instant start = STAMP.toInstant();
                for (int i = 1; i <= count; i++) {
                    Instant at = start.plusMillis(i * 1_000L + i % 997);
                    String field = WORDS.get(i % WORDS.size()).toLowerCase();
                    String oldValue = "value " + (i - 1);
                    String newValue = "value " + i;
                    long entity = i / 10;
                    String hash = HashChain.hash(previous, i, at, ACTOR, "INTEGRATION", String.valueOf(entity),
                            "UPDATE", field, oldValue, newValue);
                    audit.setLong(1, i);
                    audit.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                    audit.setString(3, ACTOR);
                    audit.setLong(4, entity);
                    audit.setString(5, field);
                    audit.setString(6, oldValue);
                    audit.setString(7, newValue);
                    audit.setString(8, previous);
                    audit.setString(9, hash);
                    audit.addBatch();
                    previous = hash;
                    flushEvery(audit, c, i);
                }
                audit.executeBatch();
            }
            moveAuditHead(c);
        });
    }

    /// Audit rows were written past AuditLog, so its head row (V13) is moved to the last of them, as an append
    /// would have; later appends through the app then continue the numbering.
    private static void moveAuditHead(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE audit_head SET seq = (SELECT COALESCE(MAX(seq), 0) FROM audit_event),"
                    + " hash = (SELECT e.hash FROM audit_event e WHERE e.seq = (SELECT MAX(seq) FROM audit_event))");
        }
    }

    static String name(long id) {
        return WORDS.get((int) (id % WORDS.size())) + " " + ROLES.get((int) (id / WORDS.size() % ROLES.size()))
                + " " + id;
    }

    static IntegrationKind kind(long id) {
        return IntegrationKind.values()[(int) (id % IntegrationKind.values().length)];
    }

    static NhiVerdict verdict(long id) {
        return NhiVerdict.values()[(int) (id % NhiVerdict.values().length)];
    }

    static RiskTier tier(long id) {
        return RiskTier.values()[(int) (id / 3 % RiskTier.values().length)];
    }

    static LifecycleStatus status(long id) {
        return LifecycleStatus.values()[(int) (id / 7 % LifecycleStatus.values().length)];
    }

    /// A write to every table the searches read, changing nothing, so H2 cannot reuse an earlier result.
    static void touch(DataSource ds) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : List.of("integration", "person", "classification")) {
                s.executeUpdate("UPDATE " + table + " SET id = id WHERE id = (SELECT MIN(id) FROM " + table + ")");
            }
            s.executeUpdate("UPDATE integration_search_term SET words = words"
                    + " WHERE term_key = (SELECT MIN(term_key) FROM integration_search_term)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /// The raw count of the term rows with a word that `token` begins, as the quick search finds them: the
    /// token's key range, and the words where the range alone does not settle it ({@link TermKeys}).
    static String termRowsBeginning(String token) {
        TermKeys.Range range = TermKeys.range(token);
        return "SELECT COUNT(*) FROM integration_search_term WHERE term_key BETWEEN " + range.from() + " AND "
                + range.to() + (range.exact() ? "" : " AND ' ' || words LIKE '% " + token + "%'");
    }

    static long count(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long maxSeq(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_event")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void flushEvery(PreparedStatement p, Connection c, int n) throws SQLException {
        if (n % COMMIT_EVERY == 0) {
            p.executeBatch();
            c.commit();
        }
    }

    /// Ids were given explicitly, so later inserts through the app must start after them (H2 syntax;
    /// benchmark data only).
    private static void restartIdentity(Connection c, String table, long next) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }

    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    private static void inTransaction(DataSource ds, SqlWork work) {
        try (Connection c = ds.getConnection()) {
            c.setAutoCommit(false);
            work.run(c);
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
