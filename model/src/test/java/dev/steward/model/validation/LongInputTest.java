package dev.steward.model.validation;

import dev.steward.model.classification.AnswerProblem;
import dev.steward.model.classification.Questionnaire;
import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Durations;
import dev.steward.model.register.LinkDirection;
import dev.steward.model.register.Person;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;
import dev.steward.model.testing.IntegrationFixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static dev.steward.model.testing.IntegrationFixture.TODAY;
import static dev.steward.model.testing.IntegrationFixture.valid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/// Every text field's validation answers quickly for values of 1 MB and 5 MB, and reports the length (the
/// editor runs the same validators on every change). The values are one letter repeated, which made the
/// former URL-with-password pattern read the rest of the text from every position: minutes for 200,000
/// characters, so a 1 MB value would not finish within the bound before the fix.
class LongInputTest {
    private static final Duration BOUND = Duration.ofSeconds(10);

    static Stream<Arguments> integrationFields() {
        Map<String, BiConsumer<IntegrationFixture, String>> fields = Map.ofEntries(
                Map.entry("name", (f, v) -> f.name = v),
                Map.entry("purpose", (f, v) -> f.purpose = v),
                Map.entry("vendor", (f, v) -> f.vendor = v),
                Map.entry("dataAccess[0].system", (f, v) -> f.dataAccess = List.of(new DataAccess(v, AccessLevel.READ))),
                Map.entry("tools[0].name", (f, v) -> f.tools = List.of(new ToolAccess(v, ToolType.API))),
                Map.entry("agentLinks[0].agent", (f, v) ->
                        f.agentLinks = List.of(new AgentLink(LinkDirection.UPSTREAM, v, false))),
                Map.entry("credentials[0].label", (f, v) -> f.credentials = List.of(new Credential(v,
                        CredentialType.STATIC_API_KEY, SecretStorage.SECRETS_MANAGER, null, null, null))),
                Map.entry("revocation.killSwitch", (f, v) ->
                        f.revocation = IntegrationFixture.revocationWith(f.revocation, v, "a", "s", "i")),
                Map.entry("revocation.authorisedBy", (f, v) ->
                        f.revocation = IntegrationFixture.revocationWith(f.revocation, "k", v, "s", "i")),
                Map.entry("revocation.steps", (f, v) ->
                        f.revocation = IntegrationFixture.revocationWith(f.revocation, "k", "a", v, "i")),
                Map.entry("revocation.impact", (f, v) ->
                        f.revocation = IntegrationFixture.revocationWith(f.revocation, "k", "a", "s", v)));
        return Stream.of(1, 5).flatMap(mb -> fields.entrySet().stream()
                .map(e -> arguments(e.getKey(), mb, e.getValue())));
    }

    @ParameterizedTest(name = "{0}, {1} MB")
    @MethodSource("integrationFields")
    void integrationFieldsReportTheLengthInTime(String field, int mb, BiConsumer<IntegrationFixture, String> set) {
        String value = hostile(mb);
        List<ValidationProblem> problems = assertTimeoutPreemptively(BOUND, () ->
                IntegrationValidator.validate(valid().with(f -> set.accept(f, value)).build(), TODAY));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).startsWith("This is " + value.length() + " characters long");
        });
    }

    static Stream<Arguments> personFields() {
        Map<String, BiConsumer<String[], String>> fields = Map.of(
                "name", (p, v) -> p[0] = v, "email", (p, v) -> p[1] = v,
                "title", (p, v) -> p[2] = v, "department", (p, v) -> p[3] = v);
        return Stream.of(1, 5).flatMap(mb -> fields.entrySet().stream()
                .map(e -> arguments(e.getKey(), mb, e.getValue())));
    }

    @ParameterizedTest(name = "{0}, {1} MB")
    @MethodSource("personFields")
    void personFieldsReportTheLengthInTime(String field, int mb, BiConsumer<String[], String> set) {
        String[] values = {"Ana Pereira", "ana@example.com", "Engineer", "Finance"};
        set.accept(values, hostile(mb) + "@example.com");
        Person person = Person.draft(values[0], values[1], values[2], values[3]);
        List<ValidationProblem> problems = assertTimeoutPreemptively(BOUND, () -> PersonValidator.validate(person));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo(field);
            assertThat(p.message()).contains("characters long").doesNotContain("aaaaaaaaaa");
        });
    }

    @ParameterizedTest(name = "{0} MB")
    @ValueSource(ints = {1, 5})
    void textAnswersReportTheLengthInTime(int mb) {
        String value = hostile(mb);
        List<AnswerProblem> problems = assertTimeoutPreemptively(BOUND, () ->
                Questionnaire.builtIn().validate(Map.of("notes", value)));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(AnswerProblem.Kind.TOO_LONG);
            assertThat(p.message()).contains("Anything else a reviewer should know?")
                    .contains(value.length() + " characters long");
        });
    }

    @ParameterizedTest(name = "{0} MB")
    @ValueSource(ints = {1, 5})
    void freeTextReportsTheLengthWithoutScanning(int mb) {
        String value = hostile(mb);
        var problem = assertTimeoutPreemptively(BOUND, () -> FreeText.problem("note", "Note", value, 4000));
        assertThat(problem).hasValueSatisfying(p -> assertThat(p.message())
                .isEqualTo("Note is " + value.length() + " characters long: keep it to 4000 or fewer."));
    }

    @ParameterizedTest(name = "{0} MB")
    @ValueSource(ints = {1, 5})
    void durationsReportTheLengthInTime(int mb) {
        String value = "1".repeat(mb << 20) + "m";
        assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> Durations.parse(value))
                .hasMessageContaining("too long for a duration").hasMessageNotContaining("1111111111"));
    }

    /// One letter repeated: no pattern's early exit helps, and a backtracking scheme pattern starts at each.
    static String hostile(int mb) {
        return "a".repeat(mb << 20);
    }
}
