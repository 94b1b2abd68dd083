package dev.steward.model.register;

import java.util.Objects;

/// Someone who sponsors or owns integrations. A record of its own so that departures can be flagged.
///
/// @param id      database id, 0 while unsaved
/// @param hasLeft true once the person left the organisation; their integrations then need new owners
public record Person(long id, String name, String email, String title, String department, boolean hasLeft) {
    public Person {
        Objects.requireNonNull(name, "name");
    }

    public static Person draft(String name, String email, String title, String department) {
        return new Person(0, name, email, title, department, false);
    }

    public Person withId(long newId) {
        return new Person(newId, name, email, title, department, hasLeft);
    }

    /// Display form used in pickers and tables, e.g. "Ana Pereira (CISO)".
    public String displayName() {
        String base = hasLeft ? name + " [left]" : name;
        return title == null || title.isBlank() ? base : base + " (" + title + ")";
    }
}
