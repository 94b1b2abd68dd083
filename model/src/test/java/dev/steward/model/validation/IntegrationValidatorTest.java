package dev.steward.model.validation;

import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleRules;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.LinkDirection;
import dev.steward.model.register.PipelineRole;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;
import dev.steward.model.testing.IntegrationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static dev.steward.model.testing.IntegrationFixture.BACKUP;
import static dev.steward.model.testing.IntegrationFixture.OWNER;
import static dev.steward.model.testing.IntegrationFixture.TODAY;
import static dev.steward.model.testing.IntegrationFixture.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class IntegrationValidatorTest {
    private static final String GITHUB_TOKEN = "ghp_" + "Qm7Xz2Lp9Rt4Kw8Vn3Bc6Hy1Jd5Fg0Sa7Ue2";
    private static final String SECRET_ADVICE =
            ". Steward records facts about credentials, never the credentials themselves: remove it.";

    @Test
    void aCompleteIntegrationIsValid() {
        assertThat(IntegrationValidator.validate(valid().build(), TODAY)).isEmpty();
    }

    @Test
    void aFreshDraftOnlyLacksItsPurpose() {
        Integration draft = Integration.draft("Jira MCP server", IntegrationKind.MCP_SERVER);
        assertThat(IntegrationValidator.validate(draft, TODAY)).extracting(ValidationProblem::field)
                .containsExactly("purpose");
    }

    static Stream<Arguments> singleProblems() {
        return Stream.of(
                problem("blank name", f -> f.name = "  ", "name", "Give the integration a name."),
                problem("name over 200", f -> f.name = "n".repeat(201), "name",
                        "This is 201 characters long: keep it to 200 or fewer."),
                problem("null purpose", f -> f.purpose = null, "purpose", "Describe what the integration is for"),
                problem("blank purpose", f -> f.purpose = "", "purpose", "Describe what the integration is for"),
                problem("purpose over 4000", f -> f.purpose = "p".repeat(4001), "purpose", "keep it to 4000"),
                problem("vendor over 200", f -> f.vendor = "v".repeat(201), "vendor", "keep it to 200"),
                problem("pipeline component without role", f -> f.kind = IntegrationKind.PIPELINE_COMPONENT,
                        "pipelineRole", "Choose the role this component plays"),
                problem("role on a non-pipeline kind", f -> f.pipelineRole = PipelineRole.PLANNER, "pipelineRole",
                        "Pipeline role only applies to pipeline components"),
                problem("active without sponsor", f -> f.sponsorId = null, "sponsorId",
                        "A business sponsor is required before an integration can be approved."),
                problem("active without technical owner", f -> {
                    f.technicalOwnerId = null;
                }, "technicalOwnerId", "A technical owner is required before an integration can be approved."),
                problem("duplicate backup owner", f -> f.backupOwnerIds = List.of(BACKUP, BACKUP),
                        "backupOwnerIds[1]", "already listed as a backup owner"),
                problem("technical owner as backup", f -> f.backupOwnerIds = List.of(BACKUP, OWNER),
                        "backupOwnerIds[1]", "The technical owner cannot also be their own backup"),
                problem("blank data system", f -> f.dataAccess = List.of(
                                new DataAccess("CRM", AccessLevel.READ), new DataAccess(" ", AccessLevel.READ)),
                        "dataAccess[1].system", "Name the data set or system."),
                problem("duplicate data system ignoring case", f -> f.dataAccess = List.of(
                                new DataAccess("CRM", AccessLevel.READ), new DataAccess(" crm ", AccessLevel.WRITE)),
                        "dataAccess[1].system", "'crm' is listed more than once"),
                problem("blank tool name", f -> f.tools = List.of(new ToolAccess("", ToolType.API)),
                        "tools[0].name", "Name the tool, API or MCP server."),
                problem("duplicate tool", f -> f.tools = List.of(new ToolAccess("Jira", ToolType.API),
                        new ToolAccess("JIRA", ToolType.MCP_SERVER)), "tools[1].name", "listed more than once"),
                problem("blank linked agent", f -> f.agentLinks = List.of(
                        new AgentLink(LinkDirection.UPSTREAM, "", true)), "agentLinks[0].agent", "Name the linked agent."),
                problem("blank credential label", f -> f.credentials = List.of(validCredential(), credential(
                                " ", null, null, null)),
                        "credentials[1].label", "Give the credential a label"),
                problem("zero rotation interval", f -> f.credentials = List.of(credential("Key", null, null, 0)),
                        "credentials[0].rotationIntervalDays", "Rotation interval must be at least 1 day"),
                problem("negative rotation interval", f -> f.credentials = List.of(credential("Key", null, null, -5)),
                        "credentials[0].rotationIntervalDays", "at least 1 day"),
                problem("rotation in the future", f -> f.credentials = List.of(credential("Key", null,
                        TODAY.plusDays(1), null)), "credentials[0].lastRotated", "2025-06-16 is in the future"),
                problem("zero lifetime", f -> f.credentials = List.of(credential("Key", Duration.ZERO, null, null)),
                        "credentials[0].lifetime", "Lifetime must be longer than zero"),
                problem("negative lifetime", f -> f.credentials = List.of(credential("Key", Duration.ofHours(-1),
                        null, null)), "credentials[0].lifetime", "longer than zero"),
                problem("zero revocation target", f -> f.revocation = revocation(Duration.ZERO, null, null),
                        "revocation.targetTime", "Target time must be longer than zero"),
                problem("drill in the future", f -> f.revocation = revocation(Duration.ofMinutes(5),
                        TODAY.plusDays(3), RevocationTestResult.PASSED), "revocation.lastTested",
                        "2025-06-18 is in the future"),
                problem("drill date without result", f -> f.revocation = revocation(null, TODAY, null),
                        "revocation.lastResult", "Record how the drill on 2025-06-15 went."),
                problem("drill result without date", f -> f.revocation = revocation(null, null,
                        RevocationTestResult.FAILED), "revocation.lastTested", "Record when the drill took place"),
                problem("revocation text over 4000", f -> f.revocation = IntegrationFixture.revocationWith(
                        f.revocation, "k", "a", "s".repeat(4001), "i"), "revocation.steps", "keep it to 4000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleProblems")
    void reportsExactlyTheBrokenRule(String label, Consumer<IntegrationFixture> change, String field,
                                     String messagePart) {
        List<ValidationProblem> problems = IntegrationValidator.validate(valid().with(change).build(), TODAY);
        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.message()).contains(messagePart);
        });
    }

    static Stream<Arguments> secretsInEveryTextField() {
        return Stream.of(
                secretIn("name", f -> f.name = "Agent " + GITHUB_TOKEN),
                secretIn("purpose", f -> f.purpose = "Uses " + GITHUB_TOKEN + " to read repositories"),
                secretIn("vendor", f -> f.vendor = GITHUB_TOKEN),
                secretIn("dataAccess[0].system", f -> f.dataAccess = List.of(
                        new DataAccess(GITHUB_TOKEN, AccessLevel.READ))),
                secretIn("tools[0].name", f -> f.tools = List.of(new ToolAccess(GITHUB_TOKEN, ToolType.API))),
                secretIn("agentLinks[0].agent", f -> f.agentLinks = List.of(
                        new AgentLink(LinkDirection.UPSTREAM, GITHUB_TOKEN, false))),
                secretIn("credentials[1].label", f -> f.credentials = List.of(validCredential(),
                        credential("PAT " + GITHUB_TOKEN, null, null, null))),
                secretIn("revocation.killSwitch", f -> f.revocation = IntegrationFixture.revocationWith(
                        f.revocation, GITHUB_TOKEN, "a", "s", "i")),
                secretIn("revocation.authorisedBy", f -> f.revocation = IntegrationFixture.revocationWith(
                        f.revocation, "k", GITHUB_TOKEN, "s", "i")),
                secretIn("revocation.steps", f -> f.revocation = IntegrationFixture.revocationWith(
                        f.revocation, "k", "a", "Revoke " + GITHUB_TOKEN, "i")),
                secretIn("revocation.impact", f -> f.revocation = IntegrationFixture.revocationWith(
                        f.revocation, "k", "a", "s", GITHUB_TOKEN)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("secretsInEveryTextField")
    void refusesSecretsInEveryFreeTextField(String field, Consumer<IntegrationFixture> change) {
        List<ValidationProblem> problems = IntegrationValidator.validate(valid().with(change).build(), TODAY);
        assertThat(problems).containsExactly(
                new ValidationProblem(field, "Looks like a GitHub token" + SECRET_ADVICE));
    }

    @ParameterizedTest
    @EnumSource(LifecycleStatus.class)
    void ownershipIsRequiredExactlyWhereTheLifecycleSaysSo(LifecycleStatus status) {
        Integration unowned = valid().with(f -> {
            f.status = status;
            f.sponsorId = null;
            f.technicalOwnerId = null;
        }).build();
        List<String> fields = IntegrationValidator.validate(unowned, TODAY).stream()
                .map(ValidationProblem::field).toList();
        if (LifecycleRules.requiresOwnership(status)) {
            assertThat(fields).containsExactly("sponsorId", "technicalOwnerId");
        } else {
            assertThat(fields).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(PipelineRole.class)
    void pipelineComponentsWithARoleAreValid(PipelineRole role) {
        Integration component = valid().with(f -> {
            f.kind = IntegrationKind.PIPELINE_COMPONENT;
            f.pipelineRole = role;
        }).build();
        assertThat(IntegrationValidator.validate(component, TODAY)).isEmpty();
    }

    @Test
    void eventsOnTodayAreNotInTheFuture() {
        Integration today = valid().with(f -> {
            f.credentials = List.of(credential("Key", null, TODAY, 30));
            f.revocation = revocation(Duration.ofMinutes(15), TODAY, RevocationTestResult.PARTIAL);
        }).build();
        assertThat(IntegrationValidator.validate(today, TODAY)).isEmpty();
        assertThat(IntegrationValidator.validate(today, TODAY.minusDays(1))).extracting(ValidationProblem::field)
                .containsExactly("credentials[0].lastRotated", "revocation.lastTested");
    }

    @Test
    void oneArgumentVersionUsesTheSystemClock() {
        Integration rotatedTomorrow = valid().with(f -> f.credentials = List.of(
                credential("Key", null, java.time.LocalDate.now().plusDays(1), null))).build();
        assertThat(IntegrationValidator.validate(rotatedTomorrow)).extracting(ValidationProblem::field)
                .containsExactly("credentials[0].lastRotated");
    }

    @Test
    void emptyRevocationPathAndNoExpiryAreAllowed() {
        Integration minimal = valid().with(f -> {
            f.revocation = RevocationPath.EMPTY;
            f.credentials = List.of(credential("Key", null, null, null));
        }).build();
        assertThat(IntegrationValidator.validate(minimal, TODAY)).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnce() {
        Integration broken = valid().with(f -> {
            f.name = "";
            f.purpose = "";
            f.sponsorId = null;
            f.credentials = List.of(credential("", Duration.ZERO, null, 0));
        }).build();
        assertThat(IntegrationValidator.validate(broken, TODAY)).extracting(ValidationProblem::field)
                .containsExactly("name", "purpose", "sponsorId", "credentials[0].label",
                        "credentials[0].rotationIntervalDays", "credentials[0].lifetime");
    }

    @Test
    void lengthIsCountedInCharactersNotUtf16Units() {
        String twoHundredEmoji = "🤖".repeat(200);
        assertThat(IntegrationValidator.validate(valid().with(f -> f.name = twoHundredEmoji).build(), TODAY))
                .isEmpty();
    }

    private static Arguments problem(String label, Consumer<IntegrationFixture> change, String field,
                                     String messagePart) {
        return arguments(label, change, field, messagePart);
    }

    private static Arguments secretIn(String field, Consumer<IntegrationFixture> change) {
        return arguments(field, change);
    }

    private static Credential validCredential() {
        return credential("ERP key", Duration.ofDays(30), TODAY.minusDays(1), 30);
    }

    private static Credential credential(String label, Duration lifetime, java.time.LocalDate lastRotated,
                                         Integer interval) {
        return new Credential(label, CredentialType.STATIC_API_KEY, SecretStorage.SECRETS_MANAGER, lifetime,
                lastRotated, interval);
    }

    private static RevocationPath revocation(Duration target, java.time.LocalDate lastTested,
                                             RevocationTestResult result) {
        return new RevocationPath("Console", "On-call", "Disable", target, lastTested, result, "Manual work");
    }
}
