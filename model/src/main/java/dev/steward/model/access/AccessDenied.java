package dev.steward.model.access;

/// Thrown when a user tries something their roles, account state or a separation-of-duties rule forbid.
/// The message names the user and the reason so it can be shown as is.
public class AccessDenied extends RuntimeException {
    public AccessDenied(String message) {
        super(message);
    }
}
