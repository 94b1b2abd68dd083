package dev.steward.model.dashboard;

import dev.steward.model.attestation.AttestationState;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.testing.IntegrationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static dev.steward.model.testing.IntegrationFixture.BACKUP;
import static dev.steward.model.testing.IntegrationFixture.OWNER;
import static dev.steward.model.testing.IntegrationFixture.SPONSOR;
import static dev.steward.model.testing.IntegrationFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

class GapRulesTest {
    private static final Map<Long, Person> PEOPLE = Map.of(
            SPONSOR, new Person(SPONSOR, "Sam Sponsor", null, null, null, false),
            OWNER, new Person(OWNER, "Olu Owner", null, null, null, false),
            BACKUP, new Person(BACKUP, "Bea Backup", null, null, null, false));
    private static final AttestationStanding SIGNED_FAR = new AttestationStanding(AttestationState.SIGNED,
            TODAY.plusDays(200).atStartOfDay().toInstant(ZoneOffset.UTC));

    private static List<Gap> gaps(IntegrationFixture f) {
        return gaps(f, PEOPLE, SIGNED_FAR);
    }

    private static List<Gap> gaps(IntegrationFixture f, Map<Long, Person> people, AttestationStanding standing) {
        return GapRules.find(f.build(), people, standing, TODAY);
    }

    private static List<GapKind> kinds(List<Gap> gaps) {
        return gaps.stream().map(Gap::kind).toList();
    }

    @Test
    void aWellGovernedIntegrationHasNoGaps() {
        assertThat(gaps(new IntegrationFixture())).isEmpty();
    }

    @Test
    void retiredIntegrationsHaveNoGapsWhateverTheirState() {
        IntegrationFixture f = new IntegrationFixture();
        f.status = LifecycleStatus.RETIRED;
        f.sponsorId = null;
        f.revocation = RevocationPath.EMPTY;
        assertThat(gaps(f, PEOPLE, null)).isEmpty();
    }

    @Test
    void missingSponsorAndBackup() {
        IntegrationFixture f = new IntegrationFixture();
        f.sponsorId = null;
        f.backupOwnerIds = List.of();
        List<Gap> gaps = gaps(f);
        assertThat(kinds(gaps)).containsExactly(GapKind.NO_SPONSOR, GapKind.NO_BACKUP_OWNER);
        assertThat(gaps.getFirst().integrationId()).isEqualTo(f.id);
        assertThat(gaps.getFirst().integrationName()).isEqualTo(f.name);
    }

    @Test
    void departedPeopleAreNamed() {
        Map<Long, Person> people = Map.of(
                SPONSOR, new Person(SPONSOR, "Sam Sponsor", null, null, null, true),
                OWNER, new Person(OWNER, "Olu Owner", null, null, null, true),
                BACKUP, new Person(BACKUP, "Bea Backup", null, null, null, true));
        List<Gap> gaps = gaps(new IntegrationFixture(), people, SIGNED_FAR);
        assertThat(kinds(gaps)).containsExactly(GapKind.SPONSOR_LEFT, GapKind.OWNER_LEFT, GapKind.OWNER_LEFT,
                GapKind.NO_BACKUP_OWNER);
        assertThat(gaps.get(0).arguments()).containsExactly("Sam Sponsor");
        assertThat(gaps.get(1).detailKey()).isEqualTo("ownerLeft");
        assertThat(gaps.get(2).detailKey()).isEqualTo("backupLeft");
        assertThat(gaps.get(3).detailKey()).isEqualTo("allBackupsLeft");
    }

    @Test
    void revocationPathMissingNeverTestedFailedOrOld() {
        IntegrationFixture f = new IntegrationFixture();
        f.revocation = new RevocationPath("console", null, null, null, null, null, null);
        assertThat(kinds(gaps(f))).containsExactly(GapKind.NO_REVOCATION_PATH);

        f.revocation = new RevocationPath("console", "on-call", null, null, null, null, null);
        assertThat(kinds(gaps(f))).containsExactly(GapKind.REVOCATION_NEVER_TESTED);

        f.revocation = new RevocationPath("console", "on-call", null, null, TODAY.minusDays(5),
                RevocationTestResult.FAILED, null);
        assertThat(kinds(gaps(f))).containsExactly(GapKind.REVOCATION_TEST_FAILED);

        f.revocation = new RevocationPath("console", "on-call", null, null, TODAY.minusDays(91),
                RevocationTestResult.PASSED, null);
        List<Gap> old = gaps(f);
        assertThat(kinds(old)).containsExactly(GapKind.REVOCATION_TEST_OLD);
        assertThat(old.getFirst().arguments()).containsExactly(TODAY.minusDays(91).toString(), "90");
    }

    @Test
    void aDrillExactlyNinetyDaysAgoIsStillFresh() {
        IntegrationFixture f = new IntegrationFixture();
        f.revocation = new RevocationPath("console", "on-call", null, null, TODAY.minusDays(90),
                RevocationTestResult.PASSED, null);
        assertThat(gaps(f)).isEmpty();
    }

    @Test
    void longLivedStaticCredentialsAndSecretsOutsideAManager() {
        IntegrationFixture f = new IntegrationFixture();
        f.credentials = List.of(
                new Credential("forever key", CredentialType.STATIC_API_KEY, SecretStorage.CONFIG_FILE, null, null, null),
                new Credential("yearly SA key", CredentialType.SERVICE_ACCOUNT_KEY, SecretStorage.SECRETS_MANAGER,
                        Duration.ofDays(365), TODAY.minusDays(1), 365),
                new Credential("OIDC", CredentialType.SHORT_LIVED_OIDC_TOKEN, SecretStorage.ENVIRONMENT_VARIABLE,
                        null, null, null));
        List<Gap> gaps = gaps(f);
        assertThat(kinds(gaps)).containsExactly(GapKind.LONG_LIVED_STATIC_CREDENTIAL,
                GapKind.LONG_LIVED_STATIC_CREDENTIAL, GapKind.SECRET_OUTSIDE_MANAGER, GapKind.SECRET_OUTSIDE_MANAGER);
        assertThat(gaps.get(0).detailKey()).isEqualTo("credentialNeverExpires");
        assertThat(gaps.get(1).arguments()).containsExactly("yearly SA key", "365");
        assertThat(gaps.get(2).detailKey()).isEqualTo("secretOutsideManager.CONFIG_FILE");
        assertThat(gaps.get(3).detailKey()).isEqualTo("secretOutsideManager.ENVIRONMENT_VARIABLE");
    }

    @Test
    void rotationOverdueOrNeverDone() {
        IntegrationFixture f = new IntegrationFixture();
        f.credentials = List.of(
                new Credential("late", CredentialType.SHORT_LIVED_OIDC_TOKEN, SecretStorage.SECRETS_MANAGER,
                        Duration.ofHours(1), TODAY.minusDays(31), 30),
                new Credential("on time", CredentialType.SHORT_LIVED_OIDC_TOKEN, SecretStorage.SECRETS_MANAGER,
                        Duration.ofHours(1), TODAY.minusDays(30), 30),
                new Credential("never", CredentialType.SHORT_LIVED_OIDC_TOKEN, SecretStorage.SECRETS_MANAGER,
                        Duration.ofHours(1), null, 30));
        List<Gap> gaps = gaps(f);
        assertThat(gaps).extracting(Gap::detailKey).containsExactly("rotationOverdue", "neverRotated");
        assertThat(gaps.getFirst().arguments()).containsExactly("late", TODAY.minusDays(1).toString());
    }

    @Test
    void attestationMissingExpiredStaleOrExpiring() {
        IntegrationFixture f = new IntegrationFixture();
        assertThat(gaps(f, PEOPLE, null)).extracting(Gap::detailKey).containsExactly("neverAttested");
        assertThat(gaps(f, PEOPLE, new AttestationStanding(AttestationState.SUBMITTED, null)))
                .extracting(Gap::detailKey).containsExactly("notSigned.SUBMITTED");
        assertThat(kinds(gaps(f, PEOPLE, new AttestationStanding(AttestationState.STALE, at(TODAY.plusDays(100))))))
                .containsExactly(GapKind.ATTESTATION_STALE);
        assertThat(kinds(gaps(f, PEOPLE, new AttestationStanding(AttestationState.SIGNED, at(TODAY)))))
                .containsExactly(GapKind.ATTESTATION_EXPIRED);
        assertThat(kinds(gaps(f, PEOPLE, new AttestationStanding(AttestationState.SIGNED, at(TODAY.plusDays(30))))))
                .containsExactly(GapKind.ATTESTATION_EXPIRING);
        assertThat(gaps(f, PEOPLE, new AttestationStanding(AttestationState.SIGNED, at(TODAY.plusDays(31))))).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = LifecycleStatus.class, names = {"PROPOSED", "IN_REVIEW"})
    void integrationsNotYetApprovedNeedNoAttestation(LifecycleStatus status) {
        IntegrationFixture f = new IntegrationFixture();
        f.status = status;
        assertThat(gaps(f, PEOPLE, null)).isEmpty();
    }

    @Test
    void underReassessmentIsListedBesidesItsAttestationGap() {
        IntegrationFixture f = new IntegrationFixture();
        f.status = LifecycleStatus.UNDER_REASSESSMENT;
        assertThat(kinds(gaps(f, PEOPLE, new AttestationStanding(AttestationState.STALE, null))))
                .containsExactly(GapKind.ATTESTATION_STALE, GapKind.UNDER_REASSESSMENT);
    }

    private static Instant at(LocalDate date) {
        return date.atStartOfDay().toInstant(ZoneOffset.UTC);
    }
}
