package dev.steward.app.queue;

/// Why an attestation is in the review queue, in the order the queue lists them.
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
