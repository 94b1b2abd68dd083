package dev.steward.service.register;

import dev.steward.model.register.Person;
import dev.steward.storage.StaleRecordException;
import dev.steward.testing.RegisterFixture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// People are saved with optimistic locking, like integrations: a save over a version someone else saved since
/// is refused, naming who and when; nothing is written.
class PersonVersionTest extends RegisterFixture {
    @Test
    void aSaveOverANewerVersionIsRefusedNamingWhoChangedIt() {
        assertThat(ana.version()).isEqualTo(1);
        Person bensCopy = service.person(ana.id()).orElseThrow();
        Person saved = actingAs("bob").savePerson(new Person(ana.id(), ana.name(), ana.email(), "CISO, EMEA",
                ana.department(), false, null, ana.version()));
        assertThat(saved.version()).isEqualTo(2);

        assertThatThrownBy(() -> service.savePerson(new Person(bensCopy.id(), bensCopy.name(), bensCopy.email(),
                "Chief of everything", bensCopy.department(), false, null, bensCopy.version())))
                .isInstanceOfSatisfying(StaleRecordException.class, e -> {
                    assertThat(e.changedBy()).isEqualTo("bob");
                    assertThat(e.actualVersion()).isEqualTo(2);
                })
                .hasMessageContaining("was changed by bob");
        assertThat(service.person(ana.id()).orElseThrow()).isEqualTo(saved);
    }

    @Test
    void markingAPersonAsLeftKeepsTheVersionInStep() {
        Person left = service.setPersonLeft(ben.id(), true);
        assertThat(left.version()).isEqualTo(2);
        assertThat(service.person(ben.id())).contains(left);
    }
}
