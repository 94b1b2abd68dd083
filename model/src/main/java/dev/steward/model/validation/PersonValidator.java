package dev.steward.model.validation;

import dev.steward.model.register.Person;

import java.util.List;

/// Rules a person record must satisfy.
public final class PersonValidator {
    private PersonValidator() {
    }

    public static List<ValidationProblem> validate(Person person) {
        return List.of(); // TODO implemented by the model-rules work
    }
}
