package dev.steward.model.validation;

import dev.steward.model.register.Person;

import java.util.List;
import java.util.regex.Pattern;

/// Rules a person record must satisfy.
public final class PersonValidator {
    public static final int MAX_NAME_LENGTH = 200;
    /// RFC 5321 limit for a whole address.
    public static final int MAX_EMAIL_LENGTH = 254;
    public static final int MAX_TITLE_LENGTH = 200;
    public static final int MAX_DEPARTMENT_LENGTH = 200;

    /// Deliberately loose: one '@', something before it, a dotted domain after it, no spaces. Full RFC 5322
    /// parsing would reject nothing a person is likely to type by mistake that this does not already catch.
    /// Linear: the parts are separated by '@' and '.', which the classes on either side exclude, so there is only
    /// one way to match; and it only ever sees at most {@link #MAX_EMAIL_LENGTH} characters.
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private PersonValidator() {
    }

    /// @return every problem found, empty when valid; fields are the record component names
    public static List<ValidationProblem> validate(Person person) {
        Problems problems = new Problems();
        if (Problems.isBlank(person.name())) {
            problems.add("name", "Enter the person's name.");
        } else {
            problems.optionalText("name", "The name", person.name(), MAX_NAME_LENGTH);
        }
        if (!Problems.isBlank(person.email())) {
            String email = person.email().strip();
            if (email.length() > MAX_EMAIL_LENGTH) {
                // The limit before any pattern: a pasted page is reported by its length, not echoed back.
                problems.optionalText("email", "The email", email, MAX_EMAIL_LENGTH);
            } else if (!EMAIL.matcher(email).matches()) {
                problems.add("email", "'" + email + "' does not look like an email address, e.g. name@example.com.");
            } else {
                problems.optionalText("email", "The email", email, MAX_EMAIL_LENGTH);
            }
        }
        problems.optionalText("title", "The job title", person.title(), MAX_TITLE_LENGTH);
        problems.optionalText("department", "The department", person.department(), MAX_DEPARTMENT_LENGTH);
        if (person.managerId() != null && person.id() != 0 && person.managerId() == person.id()) {
            problems.add("managerId", "A person cannot be their own manager.");
        }
        return problems.toList();
    }
}
