package dev.steward.app.i18n;

import dev.steward.model.audit.FieldChange;
import dev.steward.model.audit.IntegrationDiff;
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
import dev.steward.model.register.Person;
import dev.steward.model.register.PipelineRole;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;
import dev.steward.model.validation.IntegrationValidator;
import dev.steward.model.validation.PersonValidator;
import dev.steward.model.validation.ValidationProblem;
import org.junit.jupiter.api.Test;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/// Every field path that validation problems and the audit log name has a label of its own, and no label
/// shows the path's internal spelling (issue 16: `backupOwnerIds[2]`, `tools[0].name`, `revocation.lastResult`
/// and `sponsorId` reached the user).
class FieldLabelsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final String AWS_KEY = "AKIA" + "IOSFODNN7EXAMPLE";
    /// camelCase, brackets or a dot between words: the marks of a path, not of a label
    private static final Pattern INTERNAL = Pattern.compile("[a-z][A-Z]|\\[|\\]|[a-z]\\.[a-z]");

    /// Paths that only the services report (users, attestations, evidence, settings); the validators' and the
    /// audit log's paths are found by running them below.
    private static final List<String> SERVICE_PATHS = List.of("status", "email", "username", "displayName", "roles",
            "password", "newPassword", "passphrase", "signingKey", "state", "signer", "file", "classification",
            "active", "organisation.name", "controls[STW-03].status", "controls[STW-03].justification");

    @Test
    void everyPathTheValidatorsReportHasALabel() {
        Set<String> paths = new TreeSet<>();
        for (Integration broken : List.of(brokenEverywhere(), brokenTheOtherWay())) {
            IntegrationValidator.validate(broken, TODAY).stream().map(ValidationProblem::field).forEach(paths::add);
        }
        PersonValidator.validate(new Person(0, " ", "not an address", AWS_KEY, AWS_KEY, false)).stream()
                .map(ValidationProblem::field).forEach(paths::add);
        paths.addAll(SERVICE_PATHS);
        // the rules above were all broken: the walk covers every branch of the validator
        assertThat(paths).contains("backupOwnerIds[1]", "tools[0].name", "revocation.lastResult", "sponsorId",
                "credentials[0].rotationIntervalDays", "agentLinks[0].agent", "dataAccess[0].system", "vendor");

        assertLabelled(paths);
    }

    @Test
    void everyFieldTheHistoryNamesHasALabel() {
        Integration full = new Integration(1, 1, "Agent", "Purpose", "Vendor", IntegrationKind.PIPELINE_COMPONENT,
                PipelineRole.PLANNER, Set.of(DeploymentEnvironment.PRODUCTION), LifecycleStatus.ACTIVE, 1L, 2L,
                List.of(3L), List.of(new DataAccess("CRM", AccessLevel.READ)), List.of(new ToolAccess("Jira", ToolType.API)),
                List.of(new AgentLink(LinkDirection.UPSTREAM, "Planner", true)),
                List.of(new Credential("Key", CredentialType.STATIC_API_KEY, SecretStorage.SECRETS_MANAGER, Duration.ofDays(90),
                        TODAY, 90)),
                new RevocationPath("switch", "ops", "steps", Duration.ofMinutes(15), TODAY, RevocationTestResult.PASSED,
                        "impact"), TODAY, null, null);
        List<String> fields = IntegrationDiff.between(null, full, id -> "Person " + id).stream()
                .map(FieldChange::field).toList();
        assertThat(fields).contains("backupOwnerIds", "revocation.lastResult", "nextReview");

        assertLabelled(fields);
        assertLabelled(List.of("classification", "name", "email", "title", "department", "hasLeft"));
    }

    @Test
    void everyComponentOfTheRecordsHasALabelAtEveryDepth() {
        Set<String> paths = new TreeSet<>();
        walk("", Integration.class, paths);
        walk("", Person.class, paths);
        paths.removeAll(Set.of("id", "version", "updatedAt", "updatedBy"));
        assertThat(paths).contains("credentials[].storedIn", "revocation.impact", "agentLinks[].handsTokens");

        assertLabelled(paths.stream().map(p -> p.replace("[]", "[4]")).toList());
    }

    @Test
    void indexesCountFromOneAndCodesStayAsTheyAre() {
        assertThat(FieldLabels.of("backupOwnerIds[2]")).isEqualTo("Backup owner 3");
        assertThat(FieldLabels.of("tools[0].name")).isEqualTo("Tool 1: name");
        assertThat(FieldLabels.of("revocation.lastResult")).isEqualTo("Revocation: last test result");
        assertThat(FieldLabels.of("sponsorId")).isEqualTo("Business sponsor");
        assertThat(FieldLabels.of("controls[STW-03].status")).isEqualTo("Control STW-03: status");
        assertThat(FieldLabels.of("answers.calls_tools")).startsWith("Answer to \u201c").doesNotContain("calls_tools");
    }

    @Test
    void aPathWithoutALabelIsStillSpelledOutInWords() {
        assertThat(FieldLabels.of("evidence[1].noteText")).isEqualTo("Evidence 2: note text");
        assertThat(FieldLabels.of("returnComment")).isEqualTo("Return comment");
        assertThat(FieldLabels.hasLabel("returnComment")).isFalse();
    }

    private static void assertLabelled(java.util.Collection<String> paths) {
        assertThat(paths).allSatisfy(path -> {
            assertThat(FieldLabels.hasLabel(path)).as("a label for %s in messages.properties", path).isTrue();
            assertThat(FieldLabels.of(path)).as("label of %s", path).isNotBlank().doesNotContainPattern(INTERNAL);
        });
    }

    /// Collects `name`, `list[]`, `list[].part` and `record.part` for every component, recursing into records.
    private static void walk(String prefix, Class<?> type, Set<String> paths) {
        for (RecordComponent component : type.getRecordComponents()) {
            String path = prefix + component.getName();
            paths.add(path);
            Type generic = component.getGenericType();
            if (generic instanceof ParameterizedType list && List.class.equals(list.getRawType())) {
                paths.add(path + "[]");
                if (list.getActualTypeArguments()[0] instanceof Class<?> element && element.isRecord()) {
                    walk(path + "[].", element, paths);
                }
            } else if (component.getType().isRecord()) {
                walk(path + ".", component.getType(), paths);
            }
        }
    }

    /// Breaks every rule that a pipeline component with no owners can break.
    private static Integration brokenEverywhere() {
        String tooLong = "x".repeat(4001);
        return new Integration(0, 0, " ", " ", AWS_KEY, IntegrationKind.PIPELINE_COMPONENT, null, Set.of(),
                LifecycleStatus.ACTIVE, null, null, List.of(7L, 7L),
                List.of(new DataAccess(" ", AccessLevel.READ)), List.of(new ToolAccess(" ", ToolType.API)),
                List.of(new AgentLink(LinkDirection.UPSTREAM, " ", false)),
                List.of(new Credential(" ", CredentialType.STATIC_API_KEY, SecretStorage.SECRETS_MANAGER, Duration.ZERO,
                        TODAY.plusDays(1), 0)),
                new RevocationPath(AWS_KEY, AWS_KEY, tooLong, Duration.ZERO, TODAY.plusDays(1), null, AWS_KEY),
                null, null, null);
    }

    /// The other branches: a role on a non-pipeline kind, the owner as backup, a result without a drill date.
    private static Integration brokenTheOtherWay() {
        return new Integration(0, 0, "Agent", "Purpose", null, IntegrationKind.ASSISTANT_COPILOT, PipelineRole.PLANNER,
                Set.of(), LifecycleStatus.PROPOSED, null, 5L, List.of(5L),
                Stream.of("CRM", "crm").map(n -> new DataAccess(n, AccessLevel.READ)).toList(),
                Stream.of("Jira", "JIRA").map(n -> new ToolAccess(n, ToolType.API)).toList(), List.of(), List.of(),
                new RevocationPath(null, null, null, null, null, RevocationTestResult.FAILED, null), null, null, null);
    }
}
