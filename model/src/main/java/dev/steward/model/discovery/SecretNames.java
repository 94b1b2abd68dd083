package dev.steward.model.discovery;

import java.util.List;
import java.util.Locale;

/// Whether a name (an env var, a header, a command-line option) says it holds a credential. Names only: the
/// value behind the name is never looked at here.
final class SecretNames {
    /// Words that mark a credential when the name is split at `_`, `-` and `.` (so `MONKEY` is not `KEY`).
    private static final List<String> WORDS = List.of("KEY", "APIKEY", "TOKEN", "SECRET", "PASSWORD", "PASSWD",
            "PASS", "PAT", "CREDENTIAL", "CREDENTIALS", "AUTH", "BEARER", "PWD", "COOKIE", "AUTHORIZATION");

    private SecretNames() {
    }

    static boolean isSecretName(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        int start = 0;
        for (int i = 0; i <= upper.length(); i++) {
            boolean separator = i < upper.length() && (upper.charAt(i) == '_' || upper.charAt(i) == '-'
                    || upper.charAt(i) == '.');
            // camelCase words too: "apiKey" splits before the K
            boolean camel = i > 0 && i < name.length() && Character.isUpperCase(name.charAt(i))
                    && Character.isLowerCase(name.charAt(i - 1));
            if (i == upper.length() || separator || camel) {
                if (i > start && WORDS.contains(upper.substring(start, i))) {
                    return true;
                }
                start = separator ? i + 1 : i;
            }
        }
        return false;
    }
}
