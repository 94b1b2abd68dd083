package dev.steward.service.register;

import dev.steward.storage.RecordNotFoundException;
import dev.steward.testing.RegisterFixture;

import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.model.sample.SampleRegister;
import dev.steward.model.validation.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeopleAndSampleDataTest extends RegisterFixture {

    @Test
    void peopleAreInsertedUpdatedAndListedByName() {
        Person updated = service.savePerson(new Person(ben.id(), "Ben Okafor", "ben@example.com", "CTO", "IT", false));

        assertThat(updated).isEqualTo(service.person(ben.id()).orElseThrow());
        assertThat(service.people()).extracting(Person::name)
                .containsExactly("Ana Pereira", "Ben Okafor", "Chloé Martin");
        assertThat(service.person(ben.id()).orElseThrow().title()).isEqualTo("CTO");
    }

    @Test
    void aSecondPersonWithTheSameEmailIsRejected() {
        assertThatThrownBy(() -> service.savePerson(Person.draft("Impostor", "ANA@example.com", null, null)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems().getFirst().field()).isEqualTo("email"))
                .hasMessageContaining("Ana Pereira already uses this email address");
        assertThat(service.people()).hasSize(3);
    }

    @Test
    void peopleWithoutEmailMayCoexist() {
        service.savePerson(Person.draft("No mail 1", null, null, null));
        service.savePerson(Person.draft("No mail 2", null, null, null));

        assertThat(service.people()).hasSize(5);
    }

    @Test
    void markingSomeoneAsLeftKeepsTheirIntegrationsPointingAtThem() {
        Integration created = createFull("Owned by Ben");

        Person left = service.setPersonLeft(ben.id(), true);

        assertThat(left.hasLeft()).isTrue();
        assertThat(service.person(ben.id()).orElseThrow().hasLeft()).isTrue();
        assertThat(service.integration(created.id()).orElseThrow().technicalOwnerId()).isEqualTo(ben.id());
        assertThat(service.setPersonLeft(ben.id(), false).hasLeft()).isFalse();
    }

    @Test
    void unknownPersonIsNotFound() {
        assertThatThrownBy(() -> service.setPersonLeft(999, true)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> service.savePerson(new Person(999, "Nobody", null, null, null, false)))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void sampleDataLoadsOnceAndASecondLoadAddsNothing() {
        // SampleRegister's people are all new here: the fixture's people use other emails
        int samplePeople = SampleRegister.people().size();
        SampleLoadResult first = service.loadSampleData();
        int sampleIntegrations = SampleRegister.integrations(email -> idOf(email)).size();

        assertThat(first.peopleAdded()).isEqualTo(samplePeople);
        assertThat(first.integrationsAdded()).isEqualTo(sampleIntegrations);
        assertThat(first.skipped()).isZero();
        assertThat(service.integrations()).hasSize(sampleIntegrations);
        assertThat(service.people()).hasSize(3 + samplePeople);

        SampleLoadResult second = service.loadSampleData();

        assertThat(second).isEqualTo(new SampleLoadResult(0, 0, samplePeople + sampleIntegrations, 0));
        assertThat(service.integrations()).hasSize(sampleIntegrations);
        assertThat(service.people()).hasSize(3 + samplePeople);
    }

    private long idOf(String email) {
        List<Person> matches = service.people().stream().filter(p -> email.equalsIgnoreCase(p.email())).toList();
        return matches.getFirst().id();
    }
}
