package dev.steward.model.attestation;

/// An attestation was asked to move in a way its state or rules do not allow. The message says what was
/// attempted, the current state and what would be allowed, so it can be shown as is.
public class IllegalTransitionException extends IllegalStateException {
    public IllegalTransitionException(String message) {
        super(message);
    }
}
