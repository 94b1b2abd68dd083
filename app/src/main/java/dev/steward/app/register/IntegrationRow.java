package dev.steward.app.register;

import dev.steward.app.i18n.Messages;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.model.register.ToolAccess;
import dev.steward.persistence.StoredClassification;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/// One line of the register table: the integration plus the display text of everything it references,
/// so sorting, quick search and column filters all work on what the user sees.
public record IntegrationRow(Integration integration, String sponsor, String technicalOwner,
                             boolean ownerOrSponsorLeft, StoredClassification classification, String searchText) {

    /// @param classification the latest stored classification, {@code null} when never classified
    public static IntegrationRow of(Integration integration, Map<Long, Person> peopleById, StoredClassification classification) {
        Person sponsor = integration.sponsorId() == null ? null : peopleById.get(integration.sponsorId());
        Person owner = integration.technicalOwnerId() == null ? null : peopleById.get(integration.technicalOwnerId());
        boolean left = (sponsor != null && sponsor.hasLeft()) || (owner != null && owner.hasLeft());
        String sponsorText = sponsor == null ? "" : sponsor.displayName();
        String ownerText = owner == null ? "" : owner.displayName();
        String search = Stream.concat(
                        Stream.of(integration.name(), integration.purpose(), integration.vendor(), sponsorText, ownerText,
                                Messages.label(integration.kind()), Messages.label(integration.status()),
                                classification == null ? null : Messages.label(classification.verdict()),
                                classification == null ? null : Messages.label(classification.riskTier())),
                        Stream.concat(integration.tools().stream().map(ToolAccess::name),
                                integration.dataAccess().stream().map(DataAccess::system)))
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining("\n"))
                .toLowerCase(Locale.ROOT);
        return new IntegrationRow(integration, sponsorText, ownerText, left, classification, search);
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

    /// True when every whitespace-separated term of the query occurs somewhere in the row.
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return true;
        }
        for (String term : query.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
            if (!searchText.contains(term)) {
                return false;
            }
        }
        return true;
    }
}
