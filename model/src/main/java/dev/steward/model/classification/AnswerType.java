package dev.steward.model.classification;

import com.fasterxml.jackson.annotation.JsonProperty;

/// How a question is answered. The JSON names are part of the exchange format.
public enum AnswerType {
    /// A single string: `"yes"`, `"no"` or `"unknown"`.
    @JsonProperty("yes_no_unknown") YES_NO_UNKNOWN,
    /// A single string naming one option id.
    @JsonProperty("single_choice") SINGLE_CHOICE,
    /// An array of distinct option ids (possibly empty).
    @JsonProperty("multiple_choice") MULTIPLE_CHOICE,
    /// Any string.
    @JsonProperty("text") TEXT;

    /// The lower-case name used in the questionnaire JSON, e.g. `yes_no_unknown`.
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
