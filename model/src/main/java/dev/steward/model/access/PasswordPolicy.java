package dev.steward.model.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// What a new password must satisfy. Length over composition rules, following NIST SP 800-63B: a long
/// passphrase is both stronger and easier to remember than a short one with forced symbols.
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 12;

    private PasswordPolicy() {
    }

    /// Every rule the password breaks, as sentences to show next to the field; empty when it is acceptable.
    public static List<String> problems(String username, char[] password) {
        List<String> problems = new ArrayList<>();
        String text = new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            problems.add("The password is " + length + " characters long: use at least " + MIN_LENGTH + ".");
        }
        if (text.isBlank()) {
            problems.add("The password must not be only spaces.");
        }
        if (username != null && !username.isBlank()
                && text.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add("The password must not be the same as the username.");
        }
        return List.copyOf(problems);
    }

    public static boolean isAcceptable(String username, char[] password) {
        return problems(username, password).isEmpty();
    }
}
