package dev.steward.model.attestation;

import dev.steward.model.audit.FieldChange;
import dev.steward.model.audit.IntegrationDiff;
import dev.steward.model.classification.Classification;
import dev.steward.model.register.Integration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/// A change that makes a signed attestation stale: what the signer vouched for is no longer the case.
///
/// @param kind   what kind of change
/// @param detail one sentence for people, e.g. "changed: sponsorId, technicalOwnerId"
public record MaterialChange(Kind kind, String detail) {
    public enum Kind {
        /// Reclassification made it more serious (tier or autonomy up, became an NHI, wider access or new actions).
        RECLASSIFICATION_ESCALATION("Reclassified to a more serious level"),
        /// Sponsor, technical owner or backup owners changed.
        OWNERSHIP("Ownership changed"),
        /// Credentials were added, removed or changed.
        CREDENTIALS("Credentials changed"),
        /// The revocation path or its test result changed.
        REVOCATION("Revocation path changed"),
        /// Data, tools, agent links or environments it can reach changed.
        ACCESS("Access changed");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public MaterialChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /// The material changes between two versions of an integration, at most one per kind, in {@link Kind}
    /// order; empty when only non-material fields (name, purpose, review date...) changed.
    public static List<MaterialChange> between(Integration before, Integration after) {
        Map<Kind, List<String>> fields = new EnumMap<>(Kind.class);
        // Ids render as themselves: whether an owner changed does not depend on their names.
        for (FieldChange change : IntegrationDiff.between(before, after, String::valueOf)) {
            Kind kind = kindOf(change.field());
            if (kind != null) {
                fields.computeIfAbsent(kind, k -> new ArrayList<>()).add(change.field());
            }
        }
        List<MaterialChange> changes = new ArrayList<>();
        fields.forEach((kind, names) -> changes.add(new MaterialChange(kind, "changed: " + String.join(", ", names))));
        return List.copyOf(changes);
    }

    /// An escalation from `earlier` to `later`, or empty when the reclassification is not more serious.
    public static List<MaterialChange> reclassification(Classification earlier, Classification later) {
        List<String> reasons = later.escalationReasons(earlier);
        return reasons.isEmpty() ? List.of()
                : List.of(new MaterialChange(Kind.RECLASSIFICATION_ESCALATION, String.join("; ", reasons)));
    }

    private static Kind kindOf(String field) {
        if (field.startsWith("revocation.")) {
            return Kind.REVOCATION;
        }
        return switch (field) {
            case "sponsorId", "technicalOwnerId", "backupOwnerIds" -> Kind.OWNERSHIP;
            case "credentials" -> Kind.CREDENTIALS;
            case "dataAccess", "tools", "agentLinks", "environments" -> Kind.ACCESS;
            default -> null;
        };
    }

    @Override
    public String toString() {
        return kind.label() + " (" + detail + ")";
    }
}
