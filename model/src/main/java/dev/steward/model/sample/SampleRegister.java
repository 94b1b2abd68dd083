package dev.steward.model.sample;

import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;

import java.util.List;
import java.util.function.ToLongFunction;

/// A realistic demonstration register: people plus about twenty integrations covering every kind.
public final class SampleRegister {
    private SampleRegister() {
    }

    /// The sample people, unsaved (id 0). Emails are unique.
    public static List<Person> people() {
        return List.of(); // TODO implemented by the model-rules work
    }

    /// The sample integrations, unsaved, with owner ids resolved through {@code idOfEmail}
    /// (the email of a person from {@link #people()} to its stored id).
    public static List<Integration> integrations(ToLongFunction<String> idOfEmail) {
        return List.of(); // TODO implemented by the model-rules work
    }
}
