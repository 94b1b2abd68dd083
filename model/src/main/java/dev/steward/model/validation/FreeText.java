package dev.steward.model.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/// The check every piece of free text passes before Steward stores it: the same length limit and secret check
/// wherever it comes from (editor, wizard, attestation window, CLI, import), so a pasted key is refused
/// everywhere rather than frozen into a signed bundle.
///
/// The length is checked first and a value over its limit is not scanned at all: no check of user input ever
/// reads more than a field can hold, and {@link SecretDetector} itself is linear in what it does read.
/// Messages name the field by the label a person sees ("Justification", "Return comment"), never by an
/// internal name, so any caller can show them as they are.
public final class FreeText {
    /// Why a value that looks like a credential is refused, after "… looks like an AWS access key ID".
    public static final String SECRET_ADVICE =
            "Steward records facts about credentials, never the credentials themselves: remove it.";

    private FreeText() {
    }

    /// @param field     the stable field name for forms and tests, e.g. `"justification"`
    /// @param label     what a person sees the field called, e.g. `"Justification"`
    /// @param value     the text; `null` and blank pass
    /// @param maxLength most characters (code points) the field takes
    /// @return the problem with the value, if any
    public static Optional<ValidationProblem> problem(String field, String label, String value, int maxLength) {
        if (value == null) {
            return Optional.empty();
        }
        // Counting code points is itself linear; over the limit means no scan.
        if (value.length() > maxLength && value.codePointCount(0, value.length()) > maxLength) {
            int length = value.codePointCount(0, value.length());
            return Optional.of(new ValidationProblem(field, label + " is " + length
                    + " characters long: keep it to " + maxLength + " or fewer."));
        }
        return SecretDetector.scan(value).map(finding -> new ValidationProblem(field,
                label + " looks like " + finding.description() + ". " + SECRET_ADVICE));
    }

    /// Several fields of one write, checked together so the user sees every problem at once.
    public static final class Checks {
        private final List<ValidationProblem> problems = new ArrayList<>();

        /// Adds the problem with one field, if any.
        public Checks text(String field, String label, String value, int maxLength) {
            problem(field, label, value, maxLength).ifPresent(problems::add);
            return this;
        }

        public List<ValidationProblem> problems() {
            return List.copyOf(problems);
        }

        /// @throws ValidationException listing every problem found; nothing should be written then
        public void requireValid() {
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
        }
    }

    /// Starts a set of checks, e.g. `FreeText.check().text("note", "Note", note, 4000).requireValid()`.
    public static Checks check() {
        return new Checks();
    }
}
