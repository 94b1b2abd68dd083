package dev.steward.app.queue;

import dev.steward.app.i18n.Messages;
import dev.steward.model.attestation.QueueCategory;
import dev.steward.storage.ReviewQueueRow;

import java.time.Instant;

/// One line of the review queue.
///
/// @param categoryLabel the category in the user's words
/// @param who           who acted last: the submitter, the manager who returned it (by display name), or the signer
/// @param since         when it entered its category (submitted, returned, stale since, or the expiry date)
/// @param detail        the return comment, or nothing
public record QueueRow(QueueCategory category, long attestationId, long integrationId, String integration,
                       String categoryLabel, String who, Instant since, String detail) {

    static QueueRow of(ReviewQueueRow read) {
        return new QueueRow(read.category(), read.attestationId(), read.integrationId(), read.integration(),
                Messages.label(read.category()), read.who(), read.since(), read.detail());
    }
}
