package dev.steward.model.csv;

import dev.steward.model.register.Person;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// Issue 16: resolving people named in a CSV, and creating the ones the register does not know when asked.
class PersonDirectoryTest {
    private static final List<Person> STORED = List.of(
            new Person(1, "Ana Pereira", "ana@example.com", "CISO", null, false),
            new Person(2, "Twin", "twin1@example.com", null, null, false),
            new Person(3, "Twin", "twin2@example.com", null, null, false));

    @Test
    void byDefaultAnUnknownPersonIsAProblemAndNobodyIsCreated() {
        PersonDirectory people = new PersonDirectory(STORED);
        assertThatThrownBy(() -> people.resolve("Zoë Adams <zoe@example.com>"))
                .hasMessageContaining("add them under People first");
        assertThat(people.newcomers()).isEmpty();
    }

    @Test
    void askedToItCreatesEachUnknownPersonOnceAndKnownOnesStayThemselves() {
        PersonDirectory people = new PersonDirectory(STORED, true);

        long zoe = people.resolve("Zoë Adams <zoe@example.com>");
        long again = people.resolve("ZOË ADAMS <Zoe@Example.com>");
        long byName = people.resolve("Zoë Adams");
        long noMail = people.resolve("Lee Park");
        long bareEmail = people.resolve("kim@example.com");

        assertThat(PersonDirectory.isProvisional(zoe)).isTrue();
        assertThat(again).isEqualTo(zoe);
        assertThat(byName).isEqualTo(zoe);
        assertThat(people.resolve("Ana Pereira <ana@example.com>")).isEqualTo(1);
        assertThat(people.newcomers()).extracting(Person::id, Person::name, Person::email).containsExactly(
                org.assertj.core.groups.Tuple.tuple(zoe, "Zoë Adams", "zoe@example.com"),
                org.assertj.core.groups.Tuple.tuple(noMail, "Lee Park", null),
                org.assertj.core.groups.Tuple.tuple(bareEmail, "kim@example.com", "kim@example.com"));
        // two stored people of one name still need the email to say which
        assertThatThrownBy(() -> people.resolve("Twin")).hasMessageContaining("2 people are called 'Twin'");
    }

    @Test
    void aNewcomerWhoseEmailIsMalformedIsTheRowsProblem() {
        PersonDirectory people = new PersonDirectory(STORED, true);
        assertThatThrownBy(() -> people.resolve("Bea <bea@nowhere>"))
                .hasMessageContaining("Cannot add 'Bea' as a new person")
                .hasMessageContaining("does not look like an email address");
        assertThat(people.newcomers()).isEmpty();
    }
}
