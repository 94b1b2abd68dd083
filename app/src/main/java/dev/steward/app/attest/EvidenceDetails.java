package dev.steward.app.attest;

import java.time.LocalDate;
import java.util.Objects;

/// What the "Attach evidence" dialog asks after the file: the date the evidence speaks for, and a note.
public record EvidenceDetails(LocalDate effectiveDate, String note) {
    public EvidenceDetails {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        note = note == null ? "" : note.strip();
    }
}
