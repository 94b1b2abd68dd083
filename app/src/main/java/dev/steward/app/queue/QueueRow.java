package dev.steward.app.queue;

import dev.steward.service.attestation.AttestationSummary;

import java.time.Instant;

/// One line of the review queue.
///
/// @param categoryLabel the category in the user's words
/// @param who           who acted last: the submitter, the manager who returned it, or the signer
/// @param since         when it entered its category (submitted, returned, stale since, or the expiry date)
/// @param detail        the return comment, or nothing
public record QueueRow(QueueCategory category, AttestationSummary attestation, String categoryLabel,
                       String who, Instant since, String detail) {

    public long integrationId() {
        return attestation.integrationId();
    }

    public String integration() {
        return attestation.integrationName();
    }
}
