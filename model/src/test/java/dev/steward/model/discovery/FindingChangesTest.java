package dev.steward.model.discovery;

import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.Person;
import dev.steward.model.register.SecretStorage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FindingChangesTest {
    private final Finding review = Samples.named(Samples.read("exports/github-installations.json"), "acme-review-copilot");
    private final Finding grown = Samples.named(Samples.read("exports-grown/github-installations.json"), "acme-review-copilot");

    @Test
    void aRegisteredDraftOfTheFindingHasNoChangesAndAGrownPermissionIsMaterial() {
        Integration registered = FindingDrafts.draft(review, List.of());

        assertThat(FindingChanges.between(registered, review)).isEmpty();
        List<FindingChange> changes = FindingChanges.between(registered, grown);
        assertThat(changes).containsExactly(new FindingChange(FindingChange.Kind.BROADER_ACCESS,
                "GitHub contents READ → WRITE", true));
        Integration applied = FindingChanges.applied(registered, grown);
        assertThat(applied.dataAccess()).contains(new DataAccess("GitHub contents", AccessLevel.WRITE));
        assertThat(FindingChanges.between(applied, grown)).isEmpty();
    }

    @Test
    void newReadOnlySystemsAndToolsAreReportedButNotMaterial() {
        Integration registered = Integration.draft("acme-review-copilot", IntegrationKind.GENAI_PLUGIN_SAAS);

        List<FindingChange> changes = FindingChanges.between(registered, review);

        assertThat(changes).filteredOn(c -> c.detail().endsWith("READ")).allMatch(c -> !c.material());
        assertThat(changes).filteredOn(c -> c.detail().equals("GitHub pull_requests WRITE")).singleElement()
                .matches(FindingChange::material);
    }

    @Test
    void aNewDelegatedTokenIsNotMaterialButANewStaticKeyIs() {
        Integration registered = Integration.draft("x", IntegrationKind.MCP_SERVER);
        Finding finding = new Finding("k", "x", null, IntegrationKind.MCP_SERVER, List.of(), List.of(), List.of(
                new Credential("delegated", CredentialType.USER_DELEGATED_TOKEN, SecretStorage.CONFIG_FILE, null, null, null),
                new Credential("KEY (env)", CredentialType.STATIC_API_KEY, SecretStorage.CONFIG_FILE, null, null, null)),
                List.of(), List.of(), List.of(), List.of(), null);

        assertThat(FindingChanges.between(registered, finding)).extracting(FindingChange::material)
                .containsExactly(false, true);
    }

    @Test
    void theDraftTakesOwnersAndSponsorFromPeopleByEmail() {
        Finding agent = Samples.read("exports/okta-ai-agents.json").getFirst();
        Person chloe = new Person(7, "Chloé Martin", "Chloe.Martin@acme.example", null, null, false);

        Integration draft = FindingDrafts.draft(agent, List.of(chloe));

        assertThat(draft.technicalOwnerId()).isEqualTo(7L);
        assertThat(draft.sponsorId()).isNull();
        assertThat(FindingDrafts.unknownPeople(agent, List.of(chloe))).containsExactly("ana.pereira@acme.example");
        assertThat(draft.isNew()).isTrue();
    }
}
