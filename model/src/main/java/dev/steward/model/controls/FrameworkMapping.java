package dev.steward.model.controls;

import java.util.Objects;
import java.util.Optional;

/// A link from a Steward control to one framework identifier, resolved against the facts when the
/// catalog is loaded, so whatever shows it has the official title and the verification status at hand.
///
/// @param frameworkId   Steward's key for the framework, e.g. `nist-csf-2.0`
/// @param frameworkName the framework's published name
/// @param itemId        the identifier exactly as the framework writes it, e.g. `PR.AA-05`
/// @param title         the official title; empty where the framework gives none
/// @param verified      false when the facts could not confirm the item against a primary source
///                      (all ISO/IEC 42001 items, MAESTRO layers): screens must mark it as unverified
public record FrameworkMapping(String frameworkId, String frameworkName, String itemId, Optional<String> title,
                               boolean verified) {

    /// Suffix shown after unverified items wherever a mapping is displayed.
    public static final String UNVERIFIED_MARK = " (unverified)";

    public FrameworkMapping {
        Objects.requireNonNull(frameworkId, "frameworkId");
        Objects.requireNonNull(frameworkName, "frameworkName");
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(title, "title");
    }

    static FrameworkMapping resolved(Framework framework, FrameworkItem item) {
        return new FrameworkMapping(framework.id(), framework.name(), item.id(), item.title(), item.verified());
    }

    /// The identifier followed by its official title where there is one: `NHI7:2025 Long-Lived Secrets`, `GOVERN 1.6`.
    public String label() {
        return title.map(t -> itemId + " " + t).orElse(itemId);
    }

    /// {@link #label()} with {@link #UNVERIFIED_MARK} appended when the item is not verified;
    /// use this (or the flag itself) in anything a person reads.
    public String displayLabel() {
        return verified ? label() : label() + UNVERIFIED_MARK;
    }
}
