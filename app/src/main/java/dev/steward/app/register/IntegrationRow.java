package dev.steward.app.register;

import dev.steward.app.i18n.Messages;
import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.storage.StoredClassification;

import java.util.Map;
import java.util.stream.Collectors;

/// One line of the register table: the integration plus the display text of everything it references.
/// Search, filters and sorting happen in the database ({@link RegisterViewModel}), not on these rows.
public record IntegrationRow(Integration integration, String sponsor, String technicalOwner,
                             boolean ownerOrSponsorLeft, StoredClassification classification) {

    /// @param classification the latest stored classification, {@code null} when never classified
    public static IntegrationRow of(Integration integration, Map<Long, Person> peopleById, StoredClassification classification) {
        Person sponsor = integration.sponsorId() == null ? null : peopleById.get(integration.sponsorId());
        Person owner = integration.technicalOwnerId() == null ? null : peopleById.get(integration.technicalOwnerId());
        boolean left = (sponsor != null && sponsor.hasLeft()) || (owner != null && owner.hasLeft());
        String sponsorText = sponsor == null ? "" : sponsor.displayName();
        String ownerText = owner == null ? "" : owner.displayName();
        return new IntegrationRow(integration, sponsorText, ownerText, left, classification);
    }

    public long id() {
        return integration.id();
    }

    public String name() {
        return integration.name();
    }

    public String kind() {
        return Messages.label(integration.kind());
    }

    public String status() {
        return Messages.label(integration.status());
    }

    /// The latest NHI verdict, or "Not classified".
    public String verdict() {
        return classification == null ? Messages.get("register.notClassified") : Messages.label(classification.verdict());
    }

    public String riskTier() {
        return classification == null ? "" : Messages.label(classification.riskTier());
    }

    public String vendor() {
        return integration.vendor() == null ? "" : integration.vendor();
    }

    public String environments() {
        return integration.environments().stream().sorted().map(Messages::label)
                .collect(Collectors.joining(", "));
    }

    public String highestAccess() {
        return Messages.label(integration.highestAccess());
    }

    public String nextReview() {
        return integration.nextReview() == null ? "" : integration.nextReview().toString();
    }
}
