package dev.steward.model.validation;

import dev.steward.model.register.Integration;

import java.util.List;

/// All rules an integration must satisfy before it is stored.
public final class IntegrationValidator {
    private IntegrationValidator() {
    }

    /// @return every problem found, empty when valid
    public static List<ValidationProblem> validate(Integration integration) {
        return List.of(); // TODO implemented by the model-rules work
    }
}
