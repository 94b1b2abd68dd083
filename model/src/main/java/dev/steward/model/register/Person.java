package dev.steward.model.register;

import java.util.Objects;

/// Someone who sponsors or owns integrations. A record of its own so that departures can be flagged.
///
/// @param id        database id, 0 while unsaved
/// @param hasLeft   true once the person left the organisation; their integrations then need new owners
/// @param managerId the person's line manager, {@code null} when not recorded; succession falls back to them
///                  when an integration of a leaver has no active backup owner
/// @param version   the stored version this was read at (optimistic locking: a save over a newer one is refused);
///                  0 while unsaved, and for a change made without reading the person first (an import matching
///                  by email), which overwrites whatever is stored
public record Person(long id, String name, String email, String title, String department, boolean hasLeft,
                     Long managerId, long version) {
    public Person {
        Objects.requireNonNull(name, "name");
    }

    /// A person without a recorded manager, not read from a register (version 0).
    public Person(long id, String name, String email, String title, String department, boolean hasLeft) {
        this(id, name, email, title, department, hasLeft, null, 0);
    }

    public static Person draft(String name, String email, String title, String department) {
        return new Person(0, name, email, title, department, false);
    }

    public Person withId(long newId) {
        return new Person(newId, name, email, title, department, hasLeft, managerId, version);
    }

    public Person withLeft(boolean left) {
        return new Person(id, name, email, title, department, left, managerId, version);
    }

    public Person withManager(Long newManagerId) {
        return new Person(id, name, email, title, department, hasLeft, newManagerId, version);
    }

    public Person withVersion(long newVersion) {
        return new Person(id, name, email, title, department, hasLeft, managerId, newVersion);
    }

    /// Display form used in pickers and tables, e.g. "Ana Pereira (CISO)".
    public String displayName() {
        String base = hasLeft ? name + " [left]" : name;
        return title == null || title.isBlank() ? base : base + " (" + title + ")";
    }
}
