package dev.steward.model.validation;

import java.util.ArrayList;
import java.util.List;

/// Collects validation problems while the validators walk a record, with the checks every text field shares.
final class Problems {
    private final List<ValidationProblem> found = new ArrayList<>();

    void add(String field, String message) {
        found.add(new ValidationProblem(field, message));
    }

    /// Reports a blank value with `messageIfBlank`; otherwise applies {@link #optionalText}.
    void requiredText(String field, String value, int maxLength, String messageIfBlank) {
        if (isBlank(value)) {
            add(field, messageIfBlank);
        } else {
            optionalText(field, value, maxLength);
        }
    }

    /// Length limit and secret check for a text field that may be empty. The length comes first: a value over
    /// its limit is reported as such and not scanned, so no check reads more than the field can hold.
    void optionalText(String field, String value, int maxLength) {
        if (value == null) {
            return;
        }
        int length = value.codePointCount(0, value.length());
        if (length > maxLength) {
            add(field, "This is " + length + " characters long: keep it to " + maxLength + " or fewer.");
            return;
        }
        noSecret(field, value);
    }

    /// As {@link #optionalText(String, String, int)}, with messages that name the field by `label` (for forms
    /// that show problems in one list rather than beside each field).
    void optionalText(String field, String label, String value, int maxLength) {
        FreeText.problem(field, label, value, maxLength).ifPresent(found::add);
    }

    /// Every free-text field passes through here: a pasted key in a purpose is still a leaked key.
    void noSecret(String field, String value) {
        SecretDetector.scan(value).ifPresent(finding ->
                add(field, "Looks like " + finding.description() + ". " + FreeText.SECRET_ADVICE));
    }

    List<ValidationProblem> toList() {
        return List.copyOf(found);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
