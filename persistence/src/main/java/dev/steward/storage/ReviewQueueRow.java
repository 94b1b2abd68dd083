package dev.steward.storage;

import dev.steward.model.attestation.QueueCategory;

import java.time.Instant;

/// One line of the review queue, as {@link ReviewQueueQueries} reads it.
///
/// @param who    the submitter's or returner's display name (their username when no account has it), or the
///               name frozen into the signature; empty when there is none
/// @param since  when it entered its category: submitted, returned, stale since, or the expiry; `null` if unknown
/// @param detail the return comment of a returned attestation, otherwise empty
public record ReviewQueueRow(QueueCategory category, long attestationId, long integrationId, String integration,
                             String who, Instant since, String detail) {
}
