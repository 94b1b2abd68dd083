package dev.steward.model.classification;

import java.util.Optional;

/// The answer to a yes/no/unknown question; a missing answer reads as {@link #UNKNOWN}.
public enum YesNo {
    YES("yes"),
    NO("no"),
    UNKNOWN("unknown");

    private final String answerId;

    YesNo(String answerId) {
        this.answerId = answerId;
    }

    /// The string stored in answer files.
    public String answerId() {
        return answerId;
    }

    /// The constant for an answer string, if it is one of `yes`, `no`, `unknown`.
    public static Optional<YesNo> fromAnswer(String answer) {
        for (YesNo value : values()) {
            if (value.answerId.equals(answer)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
