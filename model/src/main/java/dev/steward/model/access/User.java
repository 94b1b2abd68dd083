package dev.steward.model.access;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/// A person who signs in to Steward. The password hash lives with persistence, not here, so a
/// `User` can be passed around the UI without carrying a credential.
///
/// @param id          database id, 0 while unsaved
/// @param username    sign-in name; what attestations and the audit log record
/// @param displayName full name, frozen into signatures at signing time
/// @param title       job title, frozen into signatures at signing time; may be blank
/// @param active      false once deactivated: a deactivated user may do nothing
public record User(long id, String username, String displayName, String title, Set<Role> roles, boolean active) {
    public User {
        Objects.requireNonNull(username, "username");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        Objects.requireNonNull(displayName, "displayName");
        title = title == null ? "" : title;
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /// "Ana Pereira (ana)", for messages.
    public String describe() {
        return displayName + " (" + username + ")";
    }
}
