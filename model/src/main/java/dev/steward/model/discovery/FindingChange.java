package dev.steward.model.discovery;

import java.util.Objects;

/// One way a finding goes beyond what the register says about the integration it matched.
///
/// @param material whether it raises the integration's autonomy or impact, so an attestation of the record
///                 no longer covers it (see {@link FindingChanges})
public record FindingChange(Kind kind, String detail, boolean material) {
    public enum Kind {
        NEW_TOOL("New tool"),
        NEW_SYSTEM("New system"),
        BROADER_ACCESS("Broader access"),
        NEW_CREDENTIAL("New credential");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public FindingChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /// "Broader access: GitHub contents READ → WRITE (material)"
    @Override
    public String toString() {
        return kind.label() + ": " + detail + (material ? " (material)" : "");
    }
}
