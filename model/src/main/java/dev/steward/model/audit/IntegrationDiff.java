package dev.steward.model.audit;

import dev.steward.model.register.Integration;

import java.util.List;

/// Field-by-field differences between two versions of an integration, for the audit log.
public final class IntegrationDiff {
    private IntegrationDiff() {
    }

    /// @param before {@code null} for a creation: every non-empty field is then reported as new
    public static List<FieldChange> between(Integration before, Integration after) {
        return List.of(); // TODO implemented by the model-rules work
    }
}
