package dev.steward.model.audit;

import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.LinkDirection;
import dev.steward.model.register.PipelineRole;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.testing.IntegrationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import static dev.steward.model.testing.IntegrationFixture.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class IntegrationDiffTest {
    private static final Map<Long, String> NAMES = Map.of(1L, "Zoë Okafor", 2L, "Łukasz Nowak", 3L, "Mateo García",
            4L, "佐藤 美咲", 5L, "Rahul Mehta");
    private static final LongFunction<String> PERSON_NAME = NAMES::get;

    @Test
    void identicalVersionsHaveNoChanges() {
        assertThat(IntegrationDiff.between(valid().build(), valid().build(), PERSON_NAME)).isEmpty();
    }

    @Test
    void storageBookkeepingIsIgnored() {
        Integration before = valid().build();
        Integration after = before.stored(99, 12, Instant.parse("2030-01-01T00:00:00Z"), "someone-else");
        assertThat(IntegrationDiff.between(before, after, PERSON_NAME)).isEmpty();
    }

    static Stream<Arguments> singleFieldChanges() {
        return Stream.of(
                change("name", f -> f.name = "Invoice agent v2", "Invoice triage agent", "Invoice agent v2"),
                change("purpose", f -> f.purpose = "Files invoices.", "Files supplier invoices in the ERP.",
                        "Files invoices."),
                change("vendor", f -> f.vendor = null, "Built in-house", null),
                change("kind", f -> {
                    f.kind = IntegrationKind.PIPELINE_COMPONENT;
                    f.pipelineRole = null;
                }, "AUTONOMOUS_AGENT", "PIPELINE_COMPONENT"),
                change("environments", f -> f.environments = Set.of(DeploymentEnvironment.PRODUCTION,
                        DeploymentEnvironment.DEVELOPMENT), "PRODUCTION", "DEVELOPMENT, PRODUCTION"),
                change("status", f -> f.status = LifecycleStatus.SUSPENDED, "ACTIVE", "SUSPENDED"),
                change("sponsorId", f -> f.sponsorId = 4L, "Zoë Okafor", "佐藤 美咲"),
                change("technicalOwnerId", f -> f.technicalOwnerId = null, "Łukasz Nowak", null),
                change("backupOwnerIds", f -> f.backupOwnerIds = List.of(3L, 5L), "Mateo García",
                        "Mateo García, Rahul Mehta"),
                change("dataAccess", f -> f.dataAccess = List.of(new DataAccess("CRM", AccessLevel.WRITE),
                                new DataAccess("Billing DB", AccessLevel.READ)), "ERP invoices (WRITE)",
                        "CRM (WRITE); Billing DB (READ)"),
                change("tools", f -> f.tools = List.of(), "ERP REST API (API)", null),
                change("agentLinks", f -> f.agentLinks = List.of(
                                new AgentLink(LinkDirection.UPSTREAM, "Planner", true)),
                        "Payment agent (DOWNSTREAM)", "Planner (UPSTREAM, hands tokens)"),
                change("credentials", f -> f.credentials = List.of(new Credential("Web shop key",
                                CredentialType.STATIC_API_KEY, SecretStorage.ENVIRONMENT_VARIABLE, null, null, null)),
                        "ERP service account key (SERVICE_ACCOUNT_KEY in SECRETS_MANAGER, lifetime 90d, "
                                + "rotated 2025-06-05, rotate every 90 days)",
                        "Web shop key (STATIC_API_KEY in ENVIRONMENT_VARIABLE, never expires)"),
                change("revocation.killSwitch", f -> f.revocation = revocation(f, r -> new RevocationPath(
                        "CLI", r.authorisedBy(), r.steps(), r.targetTime(), r.lastTested(), r.lastResult(),
                        r.impact())), "ERP admin console", "CLI"),
                change("revocation.authorisedBy", f -> f.revocation = revocation(f, r -> new RevocationPath(
                        r.killSwitch(), "CISO", r.steps(), r.targetTime(), r.lastTested(), r.lastResult(),
                        r.impact())), "Security on-call", "CISO"),
                change("revocation.steps", f -> f.revocation = revocation(f, r -> new RevocationPath(
                        r.killSwitch(), r.authorisedBy(), "", r.targetTime(), r.lastTested(), r.lastResult(),
                        r.impact())), "Disable the account.", null),
                change("revocation.targetTime", f -> f.revocation = revocation(f, r -> new RevocationPath(
                        r.killSwitch(), r.authorisedBy(), r.steps(), Duration.ofHours(2), r.lastTested(),
                        r.lastResult(), r.impact())), "15m", "2h"),
                change("revocation.lastTested", f -> f.revocation = revocation(f, r -> new RevocationPath(
                        r.killSwitch(), r.authorisedBy(), r.steps(), r.targetTime(), LocalDate.of(2025, 6, 14),
                        r.lastResult(), r.impact())), "2025-05-16", "2025-06-14"),
                change("revocation.lastResult", f -> f.revocation = revocation(f, r -> new RevocationPath(
                        r.killSwitch(), r.authorisedBy(), r.steps(), r.targetTime(), r.lastTested(),
                        RevocationTestResult.FAILED, r.impact())), "PASSED", "FAILED"),
                change("revocation.impact", f -> f.revocation = revocation(f, r -> new RevocationPath(
                        r.killSwitch(), r.authorisedBy(), r.steps(), r.targetTime(), r.lastTested(),
                        r.lastResult(), "Nothing")), "Manual triage.", "Nothing"),
                change("nextReview", f -> f.nextReview = LocalDate.of(2026, 1, 31), "2025-09-13", "2026-01-31"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleFieldChanges")
    void reportsOneReadableChangePerField(String field, Consumer<IntegrationFixture> edit, String oldValue,
                                          String newValue) {
        List<FieldChange> changes = IntegrationDiff.between(valid().build(), valid().with(edit).build(), PERSON_NAME);
        assertThat(changes).containsExactly(new FieldChange(field, oldValue, newValue));
    }

    @Test
    void pipelineRoleIsReportedByName() {
        Integration before = valid().with(f -> {
            f.kind = IntegrationKind.PIPELINE_COMPONENT;
            f.pipelineRole = PipelineRole.PLANNER;
        }).build();
        Integration after = IntegrationFixture.from(before).with(f -> f.pipelineRole = PipelineRole.VERIFIER).build();
        assertThat(IntegrationDiff.between(before, after, PERSON_NAME))
                .containsExactly(new FieldChange("pipelineRole", "PLANNER", "VERIFIER"));
    }

    @Test
    void severalChangesComeInRecordOrder() {
        Integration after = valid().with(f -> {
            f.nextReview = null;
            f.name = "Renamed";
            f.status = LifecycleStatus.RESTRICTED;
        }).build();
        assertThat(IntegrationDiff.between(valid().build(), after, PERSON_NAME)).extracting(FieldChange::field)
                .containsExactly("name", "status", "nextReview");
    }

    @Test
    void blankAndMissingTextAreTheSame() {
        Integration before = valid().with(f -> f.vendor = null).build();
        Integration after = valid().with(f -> f.vendor = "   ").build();
        assertThat(IntegrationDiff.between(before, after, PERSON_NAME)).isEmpty();
    }

    @Test
    void reorderingBackupOwnersIsAChangeBecauseOrderMatters() {
        Integration before = valid().with(f -> f.backupOwnerIds = List.of(3L, 5L)).build();
        Integration after = valid().with(f -> f.backupOwnerIds = List.of(5L, 3L)).build();
        assertThat(IntegrationDiff.between(before, after, PERSON_NAME)).containsExactly(new FieldChange(
                "backupOwnerIds", "Mateo García, Rahul Mehta", "Rahul Mehta, Mateo García"));
    }

    @Test
    void handingOverBetweenNamesakesIsStillLogged() {
        LongFunction<String> everyoneIsAlex = id -> "Alex Kim";
        Integration after = valid().with(f -> f.sponsorId = 4L).build();
        assertThat(IntegrationDiff.between(valid().build(), after, everyoneIsAlex))
                .containsExactly(new FieldChange("sponsorId", "Alex Kim", "Alex Kim"));
    }

    @Test
    void unknownPeopleAreShownById() {
        Integration after = valid().with(f -> f.sponsorId = 42L).build();
        assertThat(IntegrationDiff.between(valid().build(), after, PERSON_NAME))
                .containsExactly(new FieldChange("sponsorId", "Zoë Okafor", "person #42"));
    }

    @Test
    void creationReportsEveryNonEmptyFieldAsNew() {
        Integration created = valid().build();
        List<FieldChange> changes = IntegrationDiff.between(null, created, PERSON_NAME);

        assertThat(changes).allSatisfy(change -> assertThat(change.oldValue()).isNull());
        assertThat(changes).allSatisfy(change -> assertThat(change.newValue()).isNotBlank());
        assertThat(changes).extracting(FieldChange::field).containsExactly(
                "name", "purpose", "vendor", "kind", "environments", "status", "sponsorId", "technicalOwnerId",
                "backupOwnerIds", "dataAccess", "tools", "agentLinks", "credentials", "revocation.killSwitch",
                "revocation.authorisedBy", "revocation.steps", "revocation.targetTime", "revocation.lastTested",
                "revocation.lastResult", "revocation.impact", "nextReview");
        assertThat(changes).contains(new FieldChange("sponsorId", null, "Zoë Okafor"),
                new FieldChange("revocation.targetTime", null, "15m"));
    }

    @Test
    void creatingADraftReportsOnlyWhatItHas() {
        Integration draft = Integration.draft("Jira MCP server", IntegrationKind.MCP_SERVER);
        assertThat(IntegrationDiff.between(null, draft, PERSON_NAME)).containsExactly(
                new FieldChange("name", null, "Jira MCP server"),
                new FieldChange("kind", null, "MCP_SERVER"),
                new FieldChange("status", null, "PROPOSED"));
    }

    @Test
    void removalReportsEveryNonEmptyFieldAsGone() {
        List<FieldChange> changes = IntegrationDiff.between(valid().build(), null, PERSON_NAME);
        assertThat(changes).isNotEmpty().allSatisfy(change -> {
            assertThat(change.oldValue()).isNotBlank();
            assertThat(change.newValue()).isNull();
        });
    }

    private static Arguments change(String field, Consumer<IntegrationFixture> edit, String oldValue,
                                    String newValue) {
        return arguments(field, edit, oldValue, newValue);
    }

    private static RevocationPath revocation(IntegrationFixture f,
                                             java.util.function.UnaryOperator<RevocationPath> edit) {
        return edit.apply(f.revocation);
    }
}
