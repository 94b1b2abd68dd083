package dev.steward.model.sample;

import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.LinkDirection;
import dev.steward.model.register.Person;
import dev.steward.model.register.PipelineRole;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.validation.IntegrationValidator;
import dev.steward.model.validation.PersonValidator;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SampleRegisterTest {
    private static final LocalDate TODAY = LocalDate.now();
    private static final List<Person> PEOPLE = stored(SampleRegister.people());
    private static final Map<String, Person> BY_EMAIL = PEOPLE.stream()
            .collect(Collectors.toMap(Person::email, Function.identity()));
    private static final Map<Long, Person> BY_ID = PEOPLE.stream()
            .collect(Collectors.toMap(Person::id, Function.identity()));
    private static final ToLongFunction<String> ID_OF_EMAIL = email -> {
        Person person = BY_EMAIL.get(email);
        assertThat(person).as("sample refers to unknown person %s", email).isNotNull();
        return person.id();
    };
    private static final List<Integration> INTEGRATIONS = SampleRegister.integrations(ID_OF_EMAIL, TODAY);

    /// Gives people the ids a store would, starting at 100 so that an index is never mistaken for an id.
    private static List<Person> stored(List<Person> people) {
        return IntStream.range(0, people.size()).mapToObj(i -> people.get(i).withId(100 + i)).toList();
    }

    static Stream<Named<Person>> people() {
        return PEOPLE.stream().map(p -> Named.of(p.name(), p));
    }

    static Stream<Named<Integration>> integrations() {
        return INTEGRATIONS.stream().map(i -> Named.of(i.name(), i));
    }

    @Test
    void hasAboutNinePeopleWithUniqueExampleEmails() {
        assertThat(SampleRegister.people()).hasSizeBetween(8, 12).allSatisfy(p -> assertThat(p.id()).isZero());
        assertThat(PEOPLE).extracting(Person::email).doesNotHaveDuplicates()
                .allSatisfy(email -> assertThat(email).matches("[a-z.]+@([a-z-]+\\.)*example\\.com"));
        assertThat(PEOPLE).extracting(Person::name).doesNotHaveDuplicates();
    }

    @Test
    void namesIncludeNonAsciiScripts() {
        assertThat(PEOPLE).extracting(Person::name)
                .contains("Zoë Okafor", "Łukasz Nowak", "佐藤 美咲", "فاطمة الزهراء");
    }

    @Test
    void exactlyOnePersonHasLeft() {
        assertThat(PEOPLE).filteredOn(Person::hasLeft).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void everyPersonIsValid(Person person) {
        assertThat(PersonValidator.validate(person)).isEmpty();
        assertThat(person.title()).isNotBlank();
        assertThat(person.department()).isNotBlank();
    }

    @Test
    void hasAboutTwentyIntegrationsWithUniqueNames() {
        assertThat(INTEGRATIONS).hasSizeBetween(18, 24)
                .allSatisfy(i -> assertThat(i.isNew()).isTrue());
        assertThat(INTEGRATIONS).extracting(i -> i.name().toLowerCase()).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("integrations")
    void everyIntegrationIsValid(Integration integration) {
        assertThat(IntegrationValidator.validate(integration, TODAY)).isEmpty();
        assertThat(IntegrationValidator.validate(integration)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("integrations")
    void everyOwnerIdBelongsToASamplePerson(Integration integration) {
        List<Long> ids = new java.util.ArrayList<>(integration.backupOwnerIds());
        if (integration.sponsorId() != null) {
            ids.add(integration.sponsorId());
        }
        if (integration.technicalOwnerId() != null) {
            ids.add(integration.technicalOwnerId());
        }
        assertThat(ids).allSatisfy(id -> assertThat(BY_ID).containsKey(id));
    }

    @Test
    void everyKindAppearsAtLeastTwice() {
        Map<IntegrationKind, Long> counts = countBy(INTEGRATIONS, Integration::kind);
        assertThat(counts.keySet()).containsExactlyInAnyOrder(IntegrationKind.values());
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(2));
    }

    @Test
    void everyStatusAppears() {
        assertThat(INTEGRATIONS).extracting(Integration::status).contains(LifecycleStatus.values());
    }

    @Test
    void everyCredentialTypeAndStorageAppears() {
        List<Credential> credentials = INTEGRATIONS.stream().flatMap(i -> i.credentials().stream()).toList();
        assertThat(credentials).extracting(Credential::type).contains(CredentialType.values());
        assertThat(credentials).extracting(Credential::storedIn).contains(SecretStorage.values());
    }

    @Test
    void hasAPlannerExecutorVerifierPipelineLinkedByName() {
        List<Integration> pipeline = INTEGRATIONS.stream()
                .filter(i -> i.kind() == IntegrationKind.PIPELINE_COMPONENT).toList();
        assertThat(pipeline).extracting(Integration::pipelineRole)
                .contains(PipelineRole.PLANNER, PipelineRole.EXECUTOR, PipelineRole.VERIFIER);

        Set<String> pipelineNames = pipeline.stream().map(Integration::name).collect(Collectors.toSet());
        List<AgentLink> links = pipeline.stream().flatMap(i -> i.agentLinks().stream()).toList();
        assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(pipelineNames).contains(link.agent()));
        assertThat(links).extracting(AgentLink::direction).contains(LinkDirection.UPSTREAM, LinkDirection.DOWNSTREAM);
        assertThat(links).anyMatch(AgentLink::handsTokens);
    }

    @Test
    void linksAreRecordedOnBothEnds() {
        Map<String, Integration> byName = INTEGRATIONS.stream()
                .collect(Collectors.toMap(Integration::name, Function.identity()));
        for (Integration integration : INTEGRATIONS) {
            for (AgentLink link : integration.agentLinks()) {
                Integration other = byName.get(link.agent());
                LinkDirection opposite = link.direction() == LinkDirection.UPSTREAM
                        ? LinkDirection.DOWNSTREAM : LinkDirection.UPSTREAM;
                assertThat(other.agentLinks()).as("%s <-> %s", integration.name(), other.name())
                        .contains(new AgentLink(opposite, integration.name(), link.handsTokens()));
            }
        }
    }

    @Test
    void coversTheKindsPeopleForget() {
        assertThat(INTEGRATIONS).filteredOn(i -> i.kind() == IntegrationKind.MCP_SERVER).hasSizeGreaterThanOrEqualTo(2);
        assertThat(INTEGRATIONS).filteredOn(i -> i.kind() == IntegrationKind.WORKFLOW_AUTOMATION).isNotEmpty();
        assertThat(INTEGRATIONS).filteredOn(i -> i.kind() == IntegrationKind.GENAI_PLUGIN_SAAS)
                .anyMatch(i -> i.vendor() != null && !i.vendor().isBlank());
    }

    @Test
    void hasAPurelyLocalModelWithNoAccessAndNoCredentials() {
        assertThat(INTEGRATIONS).anyMatch(i -> i.kind() == IntegrationKind.LOCAL_MODEL
                && i.dataAccess().isEmpty() && i.tools().isEmpty() && i.credentials().isEmpty());
    }

    @Test
    void hasAReadOnlyAssistant() {
        assertThat(INTEGRATIONS).anyMatch(i -> i.kind() == IntegrationKind.ASSISTANT_COPILOT
                && i.highestAccess() == dev.steward.model.register.AccessLevel.READ);
    }

    @Test
    void gapProposalWithoutSponsor() {
        assertThat(INTEGRATIONS).anyMatch(i -> i.status() == LifecycleStatus.PROPOSED && i.sponsorId() == null);
    }

    @Test
    void gapOwnedByThePersonWhoLeft() {
        long leaver = PEOPLE.stream().filter(Person::hasLeft).findFirst().orElseThrow().id();
        assertThat(INTEGRATIONS).anyMatch(i -> !i.isRetired() && Long.valueOf(leaver).equals(i.technicalOwnerId()));
    }

    @Test
    void gapActiveWithoutRevocationPath() {
        assertThat(INTEGRATIONS).anyMatch(i -> i.status() == LifecycleStatus.ACTIVE && !i.revocation().isDefined());
    }

    @Test
    void gapRevocationNeverTested() {
        assertThat(INTEGRATIONS).anyMatch(i -> i.revocation().isDefined() && i.revocation().lastTested() == null);
    }

    @Test
    void gapLastDrillFailed() {
        assertThat(INTEGRATIONS).anyMatch(i -> i.revocation().lastResult() == RevocationTestResult.FAILED);
    }

    @Test
    void gapLongLivedStaticKeyInEnvironmentWithRotationOverdue() {
        assertThat(INTEGRATIONS).flatMap(Integration::credentials).anyMatch(c ->
                c.type() == CredentialType.STATIC_API_KEY
                        && c.storedIn() == SecretStorage.ENVIRONMENT_VARIABLE
                        && c.neverExpires()
                        && c.rotationIntervalDays() != null && c.lastRotated() != null
                        && c.lastRotated().plusDays(c.rotationIntervalDays()).isBefore(TODAY));
    }

    @Test
    void datesFollowTheGivenToday() {
        LocalDate elsewhere = LocalDate.of(2031, 2, 3);
        List<Integration> later = SampleRegister.integrations(ID_OF_EMAIL, elsewhere);
        assertThat(later).allSatisfy(i -> assertThat(IntegrationValidator.validate(i, elsewhere)).isEmpty());
        assertThat(later).flatMap(Integration::credentials).extracting(Credential::lastRotated)
                .filteredOn(java.util.Objects::nonNull)
                .allSatisfy(date -> assertThat(date).isBefore(elsewhere).isAfter(elsewhere.minusYears(2)));
    }

    private static <K> Map<K, Long> countBy(Collection<Integration> integrations, Function<Integration, K> key) {
        return integrations.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
