package dev.steward.model.audit;

import dev.steward.model.register.Integration;

import java.util.List;
import java.util.function.LongFunction;

/// Field-by-field differences between two versions of an integration, for the audit log.
public final class IntegrationDiff {
    private IntegrationDiff() {
    }

    /// @param before     {@code null} for a creation: every non-empty field is then reported as new
    /// @param personName turns a person id into the text the log shows (for sponsor and owners)
    public static List<FieldChange> between(Integration before, Integration after, LongFunction<String> personName) {
        return List.of(); // TODO implemented by the model-rules work
    }
}
