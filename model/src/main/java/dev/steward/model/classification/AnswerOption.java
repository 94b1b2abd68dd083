package dev.steward.model.classification;

import java.util.Objects;

/// One selectable answer: a stable `id` used in exchanged answer files and a label for people.
public record AnswerOption(String id, String label) {
    public AnswerOption {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
