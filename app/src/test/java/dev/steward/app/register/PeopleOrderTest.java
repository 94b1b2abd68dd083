package dev.steward.app.register;

import dev.steward.model.register.Person;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/// People sort by the user's language, not by code point (issue 16: Łukasz came after Zoë).
class PeopleOrderTest {
    @Test
    void lettersWithDiacriticsSortWithTheirBaseLetter() {
        List<String> sorted = Stream.of("Zoë Zimmer", "Łukasz Nowak", "lena Fischer", "Marta Ruiz", "Émile Roux", "Adam Smith")
                .map(name -> new Person(0, name, null, null, null, false))
                .sorted(PeopleOrder.byName(Locale.ENGLISH)).map(Person::name).toList();
        assertThat(sorted).containsExactly("Adam Smith", "Émile Roux", "lena Fischer", "Łukasz Nowak", "Marta Ruiz",
                "Zoë Zimmer");
    }
}
