package dev.steward.storage;

import dev.steward.model.classification.Answers;
import dev.steward.model.classification.AutonomyLevel;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.DelegatedAccess;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.dashboard.AttestationStanding;
import dev.steward.model.dashboard.DashboardCounts;
import dev.steward.model.dashboard.Gap;
import dev.steward.model.dashboard.GapKind;
import dev.steward.model.dashboard.GapRules;
import dev.steward.model.dashboard.Rating;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.SecretStorage;
import dev.steward.testing.RegisterFixture;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/// The dashboard's SQL ({@link GapQueries}) against the in-memory computation it replaced ({@link GapRules} and
/// {@link DashboardCounts#of} over every integration): the same counts, the same gaps in the same order, page
/// by page, on the sample register and on a randomized register of a few thousand records whose values sit
/// on and around every rule's boundary.
class GapQueriesTest extends RegisterFixture {
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void agreesWithTheInMemoryRulesOnTheSampleRegister() {
        service.loadSampleData();
        service.setPersonLeft(service.people().getFirst().id(), true);
        assertSameAsInMemory(LocalDate.now());
        assertSameAsInMemory(LocalDate.now().plusDays(400));
    }

    @Test
    void agreesWithTheInMemoryRulesOnARandomizedRegister() throws SQLException {
        Random random = new Random(17);
        List<Person> people = new ArrayList<>(List.of(ana, ben, chloe));
        for (int p = 0; p < 30; p++) {
            Person person = service.savePerson(Person.draft("Person " + p, "p" + p + "@example.com", null, null));
            people.add(p % 4 == 0 ? service.setPersonLeft(person.id(), true) : person);
        }
        List<Integration> drafts = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            drafts.add(randomIntegration(random, i, people));
        }
        List<Integration> stored = db.dsl().transactionResult(c -> new ImportBatchWriter(c.dsl(),
                Instant.parse("2026-11-01T10:00:00Z"), "alice", null).insert(drafts));
        classifyAndAttest(random, stored);
        // the attestations were written behind the writers' backs: the totals and the gaps' index afresh, then
        // kept by the writers from here on
        DashboardTally.rebuild(db.dsl());
        // people who leave now hold roles: each role gets a succession proposal, unconfirmed (issue 19)
        for (Person leaving : List.of(people.get(4), people.get(5), people.get(10))) {
            service.setPersonLeft(leaving.id(), true);
        }

        assertThat(assertSameAsInMemory(TODAY)).as("every kind of gap occurs").containsOnlyKeys(GapKind.values());
        assertSameAsInMemory(TODAY.plusDays(45));

        // the dashboard's totals (attestations were written behind the writers' backs above, so worked out
        // afresh) on each day around every rule's boundary: drills, rotations, expiries and their warning
        DashboardTally.rebuild(db.dsl());
        for (int[] around : new int[][]{{-92, -88}, {-2, 2}, {28, 32}, {58, 62}}) {
            for (int d = around[0]; d <= around[1]; d++) {
                LocalDate day = TODAY.plusDays(d);
                GapQueries full = new GapQueries(db.dsl(), day);
                DashboardTally.Totals totals = DashboardTally.read(db.dsl(), day);
                assertThat(totals.gaps()).as("gaps on " + day).isEqualTo(full.gapCounts());
                assertThat(totals.charts()).as("charts on " + day).isEqualTo(full.chartCounts());
                assertThat(totals.affected()).as("affected on " + day).isEqualTo(full.affectedIntegrations());
                for (GapKind kind : GapKind.values()) {
                    for (int offset : new int[]{0, 45}) {
                        assertThat(full.page(kind, offset, 45)).as(kind + " from " + offset + " on " + day)
                                .isEqualTo(full.scanned(kind, offset, 45));
                    }
                }
            }
        }
    }

    /// @return the gap counts, by kind
    private Map<GapKind, Integer> assertSameAsInMemory(LocalDate today) {
        List<Integration> all = service.integrations();
        Map<Long, Person> people = new HashMap<>();
        service.people().forEach(p -> people.put(p.id(), p));
        Map<Long, Rating> ratings = new HashMap<>();
        service.latestClassifications().forEach((id, c) -> ratings.put(id, new Rating(c.verdict(), c.riskTier())));
        Map<Long, AttestationStanding> standings = new HashMap<>();
        service.latestAttestations().forEach((id, a) -> standings.put(id, a.standing()));
        // unconfirmed successions (issue 19) beside the rules' gaps, the sponsor's before the owner's
        Map<Long, List<Gap>> successionGaps = new HashMap<>();
        dev.steward.model.dashboard.SuccessionGaps.of(service.pendingSuccessions().stream()
                        .map(dev.steward.storage.StoredSuccession::proposal)
                        .sorted(Comparator.comparing(p -> p.role().ordinal())).toList(), people)
                .forEach(g -> successionGaps.computeIfAbsent(g.integrationId(), k -> new ArrayList<>()).add(g));
        Map<GapKind, List<Gap>> expected = new EnumMap<>(GapKind.class);
        all.stream().sorted(Comparator.comparing(Integration::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(Integration::id))
                .flatMap(i -> java.util.stream.Stream.concat(GapRules.find(i, people, standings.get(i.id()), today)
                        .stream(), successionGaps.getOrDefault(i.id(), List.of()).stream()))
                .forEach(g -> expected.computeIfAbsent(g.kind(), k -> new ArrayList<>()).add(g));

        GapQueries queries = new GapQueries(db.dsl(), today);
        assertThat(queries.chartCounts()).isEqualTo(DashboardCounts.of(all, ratings));
        Map<GapKind, Integer> expectedCounts = new EnumMap<>(GapKind.class);
        expected.forEach((kind, gaps) -> expectedCounts.put(kind, gaps.size()));
        assertThat(queries.gapCounts()).isEqualTo(expectedCounts);
        assertThat(queries.affectedIntegrations()).isEqualTo((int) expected.values().stream().flatMap(List::stream)
                .mapToLong(Gap::integrationId).distinct().count());
        for (GapKind kind : GapKind.values()) {
            List<Gap> paged = new ArrayList<>();
            for (int offset = 0; ; offset += 37) {
                List<Gap> page = queries.page(kind, offset, 37);
                paged.addAll(page);
                if (page.size() < 37) {
                    break;
                }
            }
            assertThat(paged).as(kind.name()).isEqualTo(expected.getOrDefault(kind, List.of()));
            assertThat(queries.scanned(kind, 0, 10_000)).as(kind + " read from the register alone")
                    .isEqualTo(expected.getOrDefault(kind, List.of()));
        }
        return expectedCounts;
    }

    private static Integration randomIntegration(Random random, int i, List<Person> people) {
        LifecycleStatus status = LifecycleStatus.values()[random.nextInt(LifecycleStatus.values().length)];
        Long sponsor = random.nextInt(5) == 0 ? null : pick(random, people).id();
        Long owner = random.nextInt(5) == 0 ? null : pick(random, people).id();
        List<Long> backups = new ArrayList<>();
        for (int b = random.nextInt(4); b > 0; b--) {
            backups.add(pick(random, people).id());
        }
        List<Credential> credentials = new ArrayList<>();
        for (int c = random.nextInt(4); c > 0; c--) {
            credentials.add(randomCredential(random, c));
        }
        // mixed case: the order ignores it
        String name = (random.nextBoolean() ? "alpha " : "Alpha ") + (char) ('a' + random.nextInt(26)) + " " + i;
        return new Integration(0, 0, name, "purpose " + i, null, IntegrationKind.values()[i % IntegrationKind.values().length],
                null, Set.of(), status, sponsor, owner, backups, List.of(), List.of(), List.of(), credentials,
                randomRevocation(random), null, null, null);
    }

    private static Credential randomCredential(Random random, int c) {
        CredentialType type = CredentialType.values()[random.nextInt(CredentialType.values().length)];
        SecretStorage storage = SecretStorage.values()[random.nextInt(SecretStorage.values().length)];
        Duration lifetime = switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> GapRules.LONG_LIVED;
            case 2 -> GapRules.LONG_LIVED.plusMinutes(1);
            case 3 -> Duration.ofDays(400);
            default -> Duration.ofHours(1 + random.nextInt(48));
        };
        Integer interval = random.nextInt(3) == 0 ? null : 10 + random.nextInt(60);
        LocalDate rotated = random.nextInt(4) == 0 ? null : TODAY.minusDays(random.nextInt(120));
        return new Credential("key " + c, type, storage, lifetime, rotated, interval);
    }

    private static RevocationPath randomRevocation(Random random) {
        String[] switches = {null, "", "  ", "\t\n", "Console", " Disable key "};
        String[] authorisers = {null, "", "\u2003", "Security", "CISO"};
        LocalDate tested = random.nextInt(4) == 0 ? null
                : TODAY.minusDays(GapRules.REVOCATION_TEST_MAX_AGE_DAYS - 2 + random.nextInt(5) + random.nextInt(2) * 40);
        RevocationTestResult result = tested == null ? null
                : RevocationTestResult.values()[random.nextInt(RevocationTestResult.values().length)];
        return new RevocationPath(switches[random.nextInt(switches.length)], authorisers[random.nextInt(authorisers.length)],
                null, null, tested, result, null);
    }

    private void classifyAndAttest(Random random, List<Integration> stored) throws SQLException {
        db.dsl().transaction(tx -> {
            ClassificationRepository classifications = new ClassificationRepository(tx.dsl());
            for (Integration i : stored) {
                for (int n = random.nextInt(3); n > 0; n--) {
                    Classification c = new Classification("2026.11-1",
                            NhiVerdict.values()[random.nextInt(NhiVerdict.values().length)], AutonomyLevel.A0_NONE,
                            RiskTier.values()[random.nextInt(RiskTier.values().length)], List.of(), List.of(),
                            List.of(), List.of(), DelegatedAccess.NONE, Set.of());
                    classifications.insert(i.id(), Answers.empty(), c, List.of(),
                            Instant.parse("2026-11-01T10:00:00Z").plusSeconds(random.nextInt(1000)), "alice");
                }
            }
        });
        String[] states = {"DRAFT", "SUBMITTED", "RETURNED", "SIGNED", "SIGNED", "STALE"};
        OffsetDateTime midnight = TODAY.atStartOfDay().atOffset(ZoneOffset.UTC);
        try (Connection c = db.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO attestation (integration_id, state, created_by, created_at, expires_at, version)"
                        + " VALUES (?, ?, 'alice', ?, ?, 1)")) {
            for (Integration i : stored) {
                for (int n = random.nextInt(3); n > 0; n--) {
                    String state = states[random.nextInt(states.length)];
                    // expiry around today, today + 30 days and later, to the minute either side of midnight
                    OffsetDateTime expires = random.nextInt(5) == 0 ? null : midnight
                            .plusDays(random.nextInt(3) * GapRules.EXPIRY_WARNING_DAYS - 2 + random.nextInt(5))
                            .plusMinutes(random.nextInt(3) - 1);
                    insert.setLong(1, i.id());
                    insert.setString(2, state);
                    insert.setObject(3, midnight.minusDays(10));
                    insert.setObject(4, state.equals("SIGNED") || state.equals("STALE") ? expires : null);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
