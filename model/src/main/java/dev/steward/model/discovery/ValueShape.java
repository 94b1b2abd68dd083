package dev.steward.model.discovery;

import dev.steward.model.register.SecretStorage;

/// What a configured value is, decided from its shape and then forgotten: a reference to somewhere else
/// (`${VAR}`, `${env:VAR}`, `$VAR`, `${input:ID}`), or the value itself written into the file.
enum ValueShape {
    /// The credential is in the file.
    LITERAL(SecretStorage.CONFIG_FILE),
    /// Read from the environment when the client starts the server.
    ENVIRONMENT(SecretStorage.ENVIRONMENT_VARIABLE),
    /// Asked for by the client (VS Code `inputs`) and kept in its secret storage.
    PROMPTED(SecretStorage.SECRETS_MANAGER);

    private final SecretStorage storage;

    ValueShape(SecretStorage storage) {
        this.storage = storage;
    }

    SecretStorage storage() {
        return storage;
    }

    /// One pass over the value. A `${VAR:-default}` with a non-empty default counts as literal: the file then
    /// holds a value of its own.
    static ValueShape of(String value) {
        if (value == null || value.isEmpty()) {
            return ENVIRONMENT;
        }
        if (value.contains("${input:")) {
            return PROMPTED;
        }
        int open = value.indexOf("${");
        if (open >= 0) {
            int close = value.indexOf('}', open);
            int fallback = value.indexOf(":-", open);
            boolean literalDefault = fallback >= 0 && close > fallback + 2;
            return literalDefault ? LITERAL : ENVIRONMENT;
        }
        if (value.startsWith("$") && value.length() > 1 && value.indexOf(' ') < 0) {
            return ENVIRONMENT;
        }
        return LITERAL;
    }
}
