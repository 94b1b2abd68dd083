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

    /// What the rules are applied to, so the sentences name it as the field beside them does.
    public enum Secret {
        PASSWORD("password"),
        PASSPHRASE("passphrase");

        private final String noun;

        Secret(String noun) {
            this.noun = noun;
        }
    }

    /// Every rule the password breaks, as sentences to show next to the field; empty when it is acceptable.
    public static List<String> problems(String username, char[] password) {
        return problems(Secret.PASSWORD, username, password);
    }

    /// As {@link #problems(String, char[])}, worded for `kind` ("The passphrase is 3 characters long").
    public static List<String> problems(Secret kind, String username, char[] secret) {
        List<String> problems = new ArrayList<>();
        String text = new String(secret);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            problems.add("The " + kind.noun + " is " + length + " characters long: use at least " + MIN_LENGTH + ".");
        }
        if (text.isBlank()) {
            problems.add("The " + kind.noun + " must not be only spaces.");
        }
        if (username != null && !username.isBlank()
                && text.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            problems.add("The " + kind.noun + " must not be the same as the username.");
        }
        return List.copyOf(problems);
    }

    public static boolean isAcceptable(String username, char[] password) {
        return problems(username, password).isEmpty();
    }
}
