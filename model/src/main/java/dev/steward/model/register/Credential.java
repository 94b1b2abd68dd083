package dev.steward.model.register;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;

/// Metadata about one credential an integration uses. Never the credential itself.
///
/// @param label                human name such as "Jira OAuth client"
/// @param lifetime             how long one issued credential stays valid; {@code null} means it never expires
/// @param lastRotated          {@code null} when never rotated or unknown
/// @param rotationIntervalDays {@code null} when no rotation schedule exists
public record Credential(String label, CredentialType type, SecretStorage storedIn, Duration lifetime,
                         LocalDate lastRotated, Integer rotationIntervalDays) {
    public Credential {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(storedIn, "storedIn");
    }

    public boolean neverExpires() {
        return lifetime == null;
    }
}
