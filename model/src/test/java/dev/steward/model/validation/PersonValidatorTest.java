package dev.steward.model.validation;

import dev.steward.model.register.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PersonValidatorTest {
    private static final String SLACK_TOKEN = "xoxb-" + "1234567890-abcdefABCDEF";

    private static Person person(String name, String email, String title, String department) {
        return Person.draft(name, email, title, department);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ana Pereira", "Zoë Okafor", "Łukasz Nowak", "佐藤 美咲", "فاطمة الزهراء"})
    void namesInAnyScriptAreValid(String name) {
        assertThat(PersonValidator.validate(person(name, "someone@example.com", "CISO", "Security"))).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void emailIsOptional(String email) {
        assertThat(PersonValidator.validate(person("Ana Pereira", email, null, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana.pereira@example.com", "a+agents@sub.example.co.uk", "zoë@exämple.com"})
    void acceptsPlausibleEmails(String email) {
        assertThat(PersonValidator.validate(person("Ana", email, null, null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana", "ana@", "@example.com", "ana@example", "ana pereira@example.com",
            "ana@@example.com", "ana@example..com"})
    void rejectsTextThatIsNotAnEmail(String email) {
        assertThat(PersonValidator.validate(person("Ana", email, null, null))).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("email");
            assertThat(p.message()).isEqualTo("'" + email + "' does not look like an email address, e.g. "
                    + "name@example.com.");
        });
    }

    @Test
    void nameIsRequired() {
        assertThat(PersonValidator.validate(person(" ", null, null, null)))
                .containsExactly(new ValidationProblem("name", "Enter the person's name."));
    }

    @Test
    void nameIsLimitedTo200Characters() {
        assertThat(PersonValidator.validate(person("x".repeat(200), null, null, null))).isEmpty();
        assertThat(PersonValidator.validate(person("x".repeat(201), null, null, null)))
                .extracting(ValidationProblem::field).containsExactly("name");
    }

    @Test
    void everyTextFieldIsCheckedForSecrets() {
        Person leaky = person("Bot " + SLACK_TOKEN, SLACK_TOKEN + "@example.com", SLACK_TOKEN, SLACK_TOKEN);
        assertThat(PersonValidator.validate(leaky))
                .extracting(ValidationProblem::field)
                .containsExactly("name", "email", "title", "department");
        // Messages name their field, since the person dialog shows them in one list.
        assertThat(PersonValidator.validate(leaky)).extracting(ValidationProblem::message).containsExactly(
                "The name looks like a Slack token. " + FreeText.SECRET_ADVICE,
                "The email looks like a Slack token. " + FreeText.SECRET_ADVICE,
                "The job title looks like a Slack token. " + FreeText.SECRET_ADVICE,
                "The department looks like a Slack token. " + FreeText.SECRET_ADVICE);
    }
}
