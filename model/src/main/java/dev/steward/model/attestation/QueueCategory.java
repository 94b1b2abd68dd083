package dev.steward.model.attestation;

/// Why an integration's newest attestation is in the review queue, in the order the queue lists them: a
/// submitted, returned or stale one by its state, a signed one by its expiry against "now" and the chosen
/// horizon (expired when it is not after now, coming due when it is not after the horizon).
public enum QueueCategory {
    /// submitted by a reviewer, waiting for a manager's signature
    AWAITING_SIGNATURE,
    /// sent back by a manager, waiting for the reviewer
    RETURNED,
    /// signed, but a material change since then
    STALE,
    /// signed, and the signature has lapsed
    EXPIRED,
    /// signed, and it lapses within the chosen window
    DUE_SOON
}
