package dev.steward.storage;

import dev.steward.model.attestation.QueueCategory;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.service.attestation.AttestationSummary;
import dev.steward.service.attestation.ReviewQueueSnapshot;
import dev.steward.testing.RegisterFixture;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static dev.steward.storage.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;

/// The review queue's SQL ({@link ReviewQueueQueries}) against the in-memory queue it replaced (the old
/// `ReviewQueueViewModel.rebuild` and `filter` over `latestAttestations()`, copied below): the same counts and the
/// same rows in the same order, page by page, for every category and for texts, on a randomized register with
/// several attestations per integration, every state, and expiries either side of now and of the horizon.
class ReviewQueueQueriesTest extends RegisterFixture {
    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00.000000123Z");
    private static final int DUE_WITHIN = 30;
    private static final String[] USERNAMES = {"rita", "max", "Sam_", "nobody", "pat%"};
    private static final String[] COMMENTS = {null, "", "Add the Revocation drill record", "100% done?",
            "see under_score", "r\u00e9sum\u00e9 please", "a!b"};
    private static final String[] SIGNERS = {null, "Max Manager", "Ana P\u00e9reira", "O'Brien"};
    private static final List<String> TEXTS = List.of("", "agent", "AGENT 1", "rita reviewer", "MAX", "nobody",
            "%", "_", "!", "drill", "r\u00e9sum\u00e9", "o'b", "  max manager  ", "no such text");

    @Test
    void agreesWithTheInMemoryQueueOnARandomizedRegister() throws SQLException {
        Random random = new Random(17);
        addAccounts();
        List<Integration> drafts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            drafts.add(randomIntegration(random, i));
        }
        List<Integration> stored = db.dsl().transactionResult(c -> new ImportBatchWriter(c.dsl(),
                Instant.parse("2026-11-01T10:00:00Z"), "alice", null).insert(drafts));
        attest(random, stored);
        // the attestations were written past the repositories: the queue's kept counts are worked out afresh
        DashboardTally.rebuild(db.dsl());
        assertThat(DashboardTally.isBuilt(db.dsl())).as("the queue reads the kept counts").isTrue();

        Map<QueueCategory, Integer> counts = assertSameAsInMemory(NOW, DUE_WITHIN);
        assertThat(counts.values()).as("every category has rows").allMatch(n -> n > 5);
        assertSameAsInMemory(NOW.plus(Duration.ofDays(20)), 1);
        assertSameAsInMemory(NOW, 365);
        // at midnight and a microsecond before it, where the kept counts' days meet the instants asked about
        Instant midnight = NOW.truncatedTo(ChronoUnit.DAYS);
        assertSameAsInMemory(midnight, DUE_WITHIN);
        assertSameAsInMemory(midnight.plus(Duration.ofDays(1)).minusNanos(1_000), DUE_WITHIN);
    }

    @Test
    void aRegisterWithoutKeptCountsIsCountedOverItsAttestations() throws SQLException {
        Random random = new Random(9);
        List<Integration> drafts = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            drafts.add(randomIntegration(random, i));
        }
        attest(random, db.dsl().transactionResult(c -> new ImportBatchWriter(c.dsl(),
                Instant.parse("2026-11-01T10:00:00Z"), "alice", null).insert(drafts)));
        DashboardTally.rebuild(db.dsl());
        ReviewQueueQuery query = ReviewQueueQuery.of(NOW, DUE_WITHIN);
        ReviewQueueCounts kept = new ReviewQueueQueries(db.dsl(), query).counts();
        assertThat(kept.total()).isPositive();

        db.dsl().deleteFrom(dev.steward.storage.jooq.Tables.DASHBOARD_TALLY).execute();
        assertThat(new ReviewQueueQueries(db.dsl(), query).counts()).as("no totals: counted afresh").isEqualTo(kept);
    }

    @Test
    void anEmptyRegisterHasAnEmptyQueue() {
        ReviewQueueSnapshot snapshot = service.reviewQueue(ReviewQueueQuery.of(NOW, DUE_WITHIN), 200);
        assertThat(snapshot.all().total()).isZero();
        assertThat(snapshot.firstPage()).isEmpty();
    }

    /// @return the counts of every category, for the given "now" and window
    private Map<QueueCategory, Integer> assertSameAsInMemory(Instant now, int dueWithinDays) {
        Map<String, String> displayNames = new java.util.HashMap<>();
        db.dsl().select(APP_USER.USERNAME, APP_USER.DISPLAY_NAME).from(APP_USER)
                .forEach(r -> displayNames.put(r.value1(), r.value2()));
        List<ReviewQueueRow> expected = inMemoryQueue(service.latestAttestations().values(), displayNames, now,
                dueWithinDays);
        Map<QueueCategory, Integer> expectedCounts = new EnumMap<>(QueueCategory.class);
        for (QueueCategory category : QueueCategory.values()) {
            expectedCounts.put(category, (int) expected.stream().filter(r -> r.category() == category).count());
        }
        ReviewQueueQuery everything = ReviewQueueQuery.of(now, dueWithinDays);
        for (String text : TEXTS) {
            List<QueueCategory> categories = new ArrayList<>(List.of(QueueCategory.values()));
            categories.add(null);
            for (QueueCategory category : categories) {
                ReviewQueueQuery query = everything.withCategory(category).withText(text);
                List<ReviewQueueRow> wanted = expected.stream().filter(r -> matches(r, category, text)).toList();
                ReviewQueueSnapshot snapshot = service.reviewQueue(query, 23);
                String what = category + " \"" + text + "\" at " + now;
                assertThat(snapshot.all().byCategory()).as(what).isEqualTo(expectedCounts);
                assertThat(snapshot.all()).as(what + ", kept against counted, dated and undated")
                        .isEqualTo(new ReviewQueueQueries(db.dsl(), query).exactCounts());
                assertThat(snapshot.matching().of(category)).as(what).isEqualTo(wanted.size());
                assertThat(snapshot.firstPage()).as(what).isEqualTo(wanted.subList(0, Math.min(23, wanted.size())));
                List<ReviewQueueRow> paged = new ArrayList<>();
                for (int offset = 0; ; offset += 37) {
                    List<ReviewQueueRow> page = service.reviewQueuePage(query, snapshot.matching(), offset, 37);
                    paged.addAll(page);
                    if (page.size() < 37) {
                        break;
                    }
                }
                assertThat(paged).as(what).isEqualTo(wanted);
            }
        }
        return expectedCounts;
    }

    // ---- the in-memory queue this replaced (ReviewQueueViewModel before issue 17), with the id as tiebreak ----

    private static List<ReviewQueueRow> inMemoryQueue(java.util.Collection<AttestationSummary> latest,
                                                      Map<String, String> displayNames, Instant now,
                                                      int dueWithinDays) {
        Instant horizon = now.plus(Duration.ofDays(Math.clamp(dueWithinDays, 1, 365)));
        List<ReviewQueueRow> built = new ArrayList<>();
        for (AttestationSummary a : latest) {
            ReviewQueueRow row = switch (a.state()) {
                case SUBMITTED -> row(QueueCategory.AWAITING_SIGNATURE, a, person(displayNames, a.submittedBy()),
                        a.submittedAt(), "");
                case RETURNED -> row(QueueCategory.RETURNED, a, person(displayNames, a.returnedBy()), a.returnedAt(),
                        a.returnComment());
                case STALE -> row(QueueCategory.STALE, a, a.signerName(), a.staleAt(), "");
                case SIGNED -> a.expiresAt() == null || a.expiresAt().isAfter(horizon) ? null
                        : row(a.expiresAt().isAfter(now) ? QueueCategory.DUE_SOON : QueueCategory.EXPIRED,
                        a, a.signerName(), a.expiresAt(), "");
                case DRAFT -> null;
            };
            if (row != null) {
                built.add(row);
            }
        }
        built.sort(Comparator.comparing(ReviewQueueRow::category)
                .thenComparing(ReviewQueueRow::since, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparingLong(ReviewQueueRow::attestationId));
        return built;
    }

    private static String person(Map<String, String> displayNames, String username) {
        return username == null ? null : displayNames.getOrDefault(username, username);
    }

    private static ReviewQueueRow row(QueueCategory category, AttestationSummary a, String who, Instant since,
                                      String detail) {
        return new ReviewQueueRow(category, a.attestationId(), a.integrationId(), a.integrationName(),
                who == null ? "" : who, since, detail == null ? "" : detail);
    }

    private static boolean matches(ReviewQueueRow row, QueueCategory wanted, String search) {
        String text = search.strip().toLowerCase(Locale.ROOT);
        return (wanted == null || row.category() == wanted)
                && (text.isEmpty() || (row.integration() + "\n" + row.who() + "\n" + row.detail())
                .toLowerCase(Locale.ROOT).contains(text));
    }

    // ---- the randomized register ----

    /// Accounts for some of the usernames: those are shown by display name, the others as they are.
    private void addAccounts() {
        OffsetDateTime at = OffsetDateTime.of(2026, 11, 1, 9, 0, 0, 0, ZoneOffset.UTC);
        db.dsl().insertInto(APP_USER, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH, APP_USER.ROLES,
                        APP_USER.CREATED_AT, APP_USER.UPDATED_AT)
                .values("rita", "Rita Reviewer", "!none", "REVIEWER", at, at)
                .values("max", "Max Manager", "!none", "MANAGER", at, at)
                .values("Sam_", "Sam Underscore", "!none", "REVIEWER", at, at)
                .execute();
    }

    private static Integration randomIntegration(Random random, int i) {
        LifecycleStatus status = LifecycleStatus.values()[random.nextInt(LifecycleStatus.values().length)];
        String[] stems = {"Agent ", "agent ", "MCP 100% ", "under_score ", "bang! "};
        String name = stems[random.nextInt(stems.length)] + i;
        return new Integration(0, 0, name, "purpose " + i, null, IntegrationKind.values()[i % IntegrationKind.values().length],
                null, Set.of(), status, null, null, List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null, null, null);
    }

    /// Zero to three attestations per integration, of every state, with dates that tie, dates missing, and
    /// expiries a microsecond and a minute either side of now and of the horizon (for each "now" the test uses).
    private void attest(Random random, List<Integration> stored) throws SQLException {
        String[] states = {"DRAFT", "SUBMITTED", "RETURNED", "SIGNED", "SIGNED", "SIGNED", "STALE"};
        OffsetDateTime now = NOW.atOffset(ZoneOffset.UTC);
        OffsetDateTime midnight = now.truncatedTo(ChronoUnit.DAYS);
        OffsetDateTime[] marks = {now, now.plusDays(DUE_WITHIN), now.plusDays(20), now.plusDays(21),
                now.plusDays(385), now.plusDays(50), midnight, midnight.plusDays(1), midnight.plusDays(DUE_WITHIN),
                midnight.plusDays(DUE_WITHIN + 1), midnight.plusDays(21)};
        try (Connection c = db.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO attestation (integration_id, state, created_by, created_at, submitted_by, submitted_at,"
                        + " returned_by, returned_at, return_comment, signer_name, expires_at, stale_at, version)"
                        + " VALUES (?, ?, 'alice', ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
            for (Integration i : stored) {
                for (int n = random.nextInt(4); n > 0; n--) {
                    String state = states[random.nextInt(states.length)];
                    OffsetDateTime mark = marks[random.nextInt(marks.length)];
                    OffsetDateTime expires = random.nextInt(6) == 0 ? null : switch (random.nextInt(5)) {
                        case 0 -> mark;
                        case 1 -> mark.plusNanos(1_000);
                        case 2 -> mark.minusNanos(1_000);
                        case 3 -> mark.plusMinutes(random.nextInt(3) - 1);
                        default -> mark.minusDays(random.nextInt(40));
                    };
                    insert.setLong(1, i.id());
                    insert.setString(2, state);
                    insert.setObject(3, now.minusDays(60));
                    insert.setString(4, pickOrNull(random, USERNAMES));
                    insert.setObject(5, randomSince(random, now));
                    insert.setString(6, pickOrNull(random, USERNAMES));
                    insert.setObject(7, randomSince(random, now));
                    insert.setString(8, COMMENTS[random.nextInt(COMMENTS.length)]);
                    insert.setString(9, SIGNERS[random.nextInt(SIGNERS.length)]);
                    insert.setObject(10, expires);
                    insert.setObject(11, randomSince(random, now));
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /// A date in the last ten days at a whole hour (so rows tie and the id decides), or none.
    private static OffsetDateTime randomSince(Random random, OffsetDateTime now) {
        return random.nextInt(8) == 0 ? null : now.minusHours(random.nextInt(240));
    }

    private static String pickOrNull(Random random, String[] values) {
        int at = random.nextInt(values.length + 1);
        return at == values.length ? null : values[at];
    }
}
