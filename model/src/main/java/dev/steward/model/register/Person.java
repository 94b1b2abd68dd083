package dev.steward.model.register;

import java.util.Objects;

/// Someone who sponsors or owns integrations. A record of its own so that departures can be flagged.
///
/// @param id        database id, 0 while unsaved
/// @param hasLeft   true once the person left the organisation; their integrations then need new owners
/// @param managerId the person's line manager, {@code null} when not recorded; succession falls back to them
///                  when an integration of a leaver has no active backup owner
public record Person(long id, String name, String email, String title, String department, boolean hasLeft,
                     Long managerId) {
    public Person {
        Objects.requireNonNull(name, "name");
    }

    /// A person without a recorded manager.
    public Person(long id, String name, String email, String title, String department, boolean hasLeft) {
        this(id, name, email, title, department, hasLeft, null);
    }

    public static Person draft(String name, String email, String title, String department) {
        return new Person(0, name, email, title, department, false);
    }

    public Person withId(long newId) {
        return new Person(newId, name, email, title, department, hasLeft, managerId);
    }

    public Person withLeft(boolean left) {
        return new Person(id, name, email, title, department, left, managerId);
    }

    public Person withManager(Long newManagerId) {
        return new Person(id, name, email, title, department, hasLeft, newManagerId);
    }

    /// Display form used in pickers and tables, e.g. "Ana Pereira (CISO)".
    public String displayName() {
        String base = hasLeft ? name + " [left]" : name;
        return title == null || title.isBlank() ? base : base + " (" + title + ")";
    }
}
