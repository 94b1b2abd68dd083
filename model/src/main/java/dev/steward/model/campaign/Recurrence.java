package dev.steward.model.campaign;

import java.time.LocalDate;
import java.util.Optional;

/// How often a campaign comes back. A recurring campaign creates its next instance when it closes, due one
/// period after the closed one was due (not after it closed, so a late close does not drift the schedule).
public enum Recurrence {
    NONE(0),
    QUARTERLY(3),
    HALF_YEARLY(6),
    YEARLY(12);

    private final int months;

    Recurrence(int months) {
        this.months = months;
    }

    /// The due date of the next instance, empty when the campaign does not recur.
    public Optional<LocalDate> nextDue(LocalDate due) {
        return this == NONE ? Optional.empty() : Optional.of(due.plusMonths(months));
    }
}
