package dev.steward.model.validation;

/// What {@link SecretDetector} thinks a piece of text contains, e.g. "a GitHub token".
public record SecretFinding(String description) {
}
