package dev.steward.service.register;

import dev.steward.service.access.Actor;
import dev.steward.service.attestation.AttestationOverview;
import dev.steward.service.attestation.AttestationService;
import dev.steward.service.attestation.AttestationSummary;
import dev.steward.service.users.UserService;
import dev.steward.storage.Database;
import dev.steward.storage.StoredClassification;
import dev.steward.testing.TestUsers;

import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.dashboard.GapKind;
import dev.steward.model.dashboard.GapRules;
import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/// Loading the sample register shows what Steward is for: classified integrations with traces at every verdict
/// and tier, attestations in every state with valid signatures, and every kind of gap the dashboard knows. The
/// expectations enumerate the model's enums, so a new state or gap kind the sample does not show fails here.
class SampleShowcaseTest {
    @TempDir
    Path dir;

    @Test
    void theSampleRegisterShowsEveryVerdictTierAttestationStateAndGapKind() {
        try (Database db = Database.open(dir.resolve("register"))) {
            UserService users = TestUsers.service(db, Clock.systemUTC());
            User auditor = TestUsers.create(users, TestUsers.admin(users), "otto", Role.AUDITOR);
            RegisterService service = new RegisterService(db, () -> "sample-loader");
            SampleLoadResult result = service.loadSampleData();

            List<Integration> integrations = service.integrations();
            List<StoredClassification> latest = integrations.stream().filter(i -> !i.isRetired())
                    .map(i -> service.latestClassification(i.id()).orElseThrow(() -> new AssertionError(i.name() + " unclassified")))
                    .toList();
            assertThat(latest).allSatisfy(c -> assertThat(c.trace()).isNotEmpty());
            assertThat(latest).extracting(StoredClassification::verdict).contains(NhiVerdict.values());
            assertThat(latest).extracting(StoredClassification::riskTier).contains(RiskTier.values());

            Map<Long, AttestationSummary> attestations = new AttestationOverview(db).byIntegration();
            assertThat(attestations.values()).extracting(AttestationSummary::state).contains(AttestationState.values());
            assertThat(result.attestationsAdded()).isEqualTo(attestations.size());

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            Map<Long, Person> people = service.people().stream().collect(Collectors.toMap(Person::id, Function.identity()));
            Set<GapKind> kinds = EnumSet.noneOf(GapKind.class);
            for (Integration i : integrations) {
                AttestationSummary a = attestations.get(i.id());
                GapRules.find(i, people, a == null ? null : a.standing(), today).forEach(g -> kinds.add(g.kind()));
            }
            dev.steward.model.dashboard.SuccessionGaps.of(service.pendingSuccessions().stream()
                    .map(dev.steward.storage.StoredSuccession::proposal).toList(), people).forEach(g -> kinds.add(g.kind()));
            assertThat(kinds).containsExactlyInAnyOrder(GapKind.values());

            AttestationService verifier = new AttestationService(db, Actor.signedIn(() -> auditor), Clock.systemUTC(),
                    ControlCatalog.builtIn());
            attestations.values().stream()
                    .filter(a -> a.state() == AttestationState.SIGNED || a.state() == AttestationState.STALE)
                    .forEach(a -> assertThat(verifier.verify(a.attestationId()).valid()).as(a.integrationName()).isTrue());
        }
    }

    @Test
    void aRegisterWithoutAccountsGetsNoSampleAccountsSoTheFirstAdministratorCanStillBeCreated() {
        try (Database db = Database.open(dir.resolve("register"))) {
            SampleLoadResult result = new RegisterService(db, () -> "setup").loadSampleData();

            assertThat(result.integrationsAdded()).isPositive();
            assertThat(result.attestationsAdded()).isZero();
            assertThat(new UserService(db).needsFirstAdmin()).isTrue();
        }
    }

    @Test
    void theSampleAccountsAreDeactivatedAndASecondLoadAttestsNothing() {
        try (Database db = Database.open(dir.resolve("register"))) {
            UserService users = TestUsers.service(db, Clock.systemUTC());
            TestUsers.admin(users);
            RegisterService service = new RegisterService(db, () -> "sample-loader");
            service.loadSampleData();

            assertThat(users.users()).filteredOn(u -> u.username().startsWith("sample."))
                    .extracting(User::username).containsExactlyInAnyOrder(SampleAttestations.REVIEWER, SampleAttestations.MANAGER)
                    .allSatisfy(name -> assertThat(users.user(name).orElseThrow().active()).as(name).isFalse());

            int before = new AttestationOverview(db).latestPerIntegration().size();
            assertThat(service.loadSampleData().attestationsAdded()).isZero();
            assertThat(new AttestationOverview(db).latestPerIntegration()).hasSize(before);
        }
    }
}
