package dev.steward.model.register;

import java.util.Objects;

/// Someone who sponsors or owns integrations. A record of its own so that departures can be flagged.
///
/// @param id      database id, 0 while unsaved
/// @param hasLeft true once the person left the organisation; their integrations then need new owners
/// @param version the stored version this was read at (optimistic locking: a save over a newer one is refused);
///                0 while unsaved, and for a change made without reading the person first (an import matching
///                by email), which overwrites whatever is stored
public record Person(long id, String name, String email, String title, String department, boolean hasLeft,
                     long version) {
    public Person {
        Objects.requireNonNull(name, "name");
    }

    /// A person not read from a register (version 0).
    public Person(long id, String name, String email, String title, String department, boolean hasLeft) {
        this(id, name, email, title, department, hasLeft, 0);
    }

    public static Person draft(String name, String email, String title, String department) {
        return new Person(0, name, email, title, department, false);
    }

    public Person withId(long newId) {
        return new Person(newId, name, email, title, department, hasLeft, version);
    }

    public Person withVersion(long newVersion) {
        return new Person(id, name, email, title, department, hasLeft, newVersion);
    }

    /// Display form used in pickers and tables, e.g. "Ana Pereira (CISO)".
    public String displayName() {
        String base = hasLeft ? name + " [left]" : name;
        return title == null || title.isBlank() ? base : base + " (" + title + ")";
    }
}
