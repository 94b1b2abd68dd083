package dev.steward.model.campaign;

import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/// Which integrations a campaign reviews. An empty set means "any value"; all non-empty sets must match.
/// Retired integrations are never in scope: nothing can act through them any more.
///
/// @param tiers        latest risk tiers; an integration never classified matches only when this is empty
/// @param vendors      vendor names, compared ignoring case and surrounding blanks
/// @param searchText   the words of a saved register search, matched by the register's search (not here)
public record CampaignScope(Set<RiskTier> tiers, Set<IntegrationKind> kinds, Set<LifecycleStatus> statuses,
                            Set<String> vendors, Set<DeploymentEnvironment> environments, String searchText) {
    public static final CampaignScope EVERYTHING = new CampaignScope(Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), "");

    public CampaignScope {
        tiers = Set.copyOf(tiers);
        kinds = Set.copyOf(kinds);
        statuses = Set.copyOf(statuses);
        // kept as typed (stripped): the secret check must see the text, and lower case hides some keys' shape
        vendors = vendors.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .collect(Collectors.toUnmodifiableSet());
        environments = Set.copyOf(environments);
        searchText = searchText == null ? "" : searchText.strip();
    }

    /// True when `integration`, whose latest tier is `tier` (`null` when never classified), is in scope
    /// apart from {@link #searchText}.
    public boolean admits(Integration integration, RiskTier tier) {
        if (integration.isRetired()) {
            return false;
        }
        return (tiers.isEmpty() || tier != null && tiers.contains(tier))
                && (kinds.isEmpty() || kinds.contains(integration.kind()))
                && (statuses.isEmpty() || statuses.contains(integration.status()))
                && (vendors.isEmpty() || integration.vendor() != null && vendors.stream()
                        .anyMatch(v -> vendorKey(v).equals(vendorKey(integration.vendor()))))
                && (environments.isEmpty() || integration.environments().stream().anyMatch(environments::contains));
    }

    /// One line for people and the report, e.g. "tier HIGH, CRITICAL; kind AGENT; search \"finance\"".
    public String describe() {
        StringBuilder text = new StringBuilder();
        part(text, "tier", tiers);
        part(text, "kind", kinds);
        part(text, "status", statuses);
        part(text, "vendor", vendors);
        part(text, "environment", environments);
        if (!searchText.isEmpty()) {
            text.append(text.isEmpty() ? "" : "; ").append("search \"").append(searchText).append('"');
        }
        return text.isEmpty() ? "every live integration" : text.toString();
    }

    private static void part(StringBuilder text, String label, Set<?> values) {
        if (!values.isEmpty()) {
            text.append(text.isEmpty() ? "" : "; ").append(label).append(' ')
                    .append(values.stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        }
    }

    private static String vendorKey(String vendor) {
        return vendor == null ? "" : vendor.strip().toLowerCase(Locale.ROOT);
    }
}
