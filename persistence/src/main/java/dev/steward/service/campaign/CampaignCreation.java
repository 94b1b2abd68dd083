package dev.steward.service.campaign;

import dev.steward.model.campaign.Campaign;
import dev.steward.model.campaign.CampaignItem;
import dev.steward.model.campaign.CampaignScope;
import dev.steward.model.campaign.Deciders;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.CampaignRepository;
import dev.steward.storage.ClassificationRepository;
import dev.steward.storage.IntegrationRepository;
import dev.steward.storage.PersonRepository;
import dev.steward.storage.RegisterSearch;
import dev.steward.storage.SearchQuery;
import dev.steward.storage.StoredClassification;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/// Stores a campaign and one pending item per integration in its scope, with a decider each, inside the
/// caller's transaction; audited as one CREATE event on the campaign.
final class CampaignCreation {
    private final DSLContext tx;
    private final Instant at;
    private final String who;

    CampaignCreation(DSLContext tx, Instant at, String who) {
        this.tx = tx;
        this.at = at;
        this.who = who;
    }

    /// @param refuseEmpty true for a campaign a manager asked for (an empty one is a mistake in its scope); a
    ///                    recurring instance is created even when nothing is in scope any more, so the schedule holds
    Campaign create(Campaign draft, boolean refuseEmpty) {
        List<Integration> inScope = inScope(draft.scope());
        if (refuseEmpty && inScope.isEmpty()) {
            throw CampaignService.problem("scope", "No live integration matches the scope ("
                    + draft.scope().describe() + "): widen it.");
        }
        CampaignRepository campaigns = new CampaignRepository(tx);
        Campaign stored = campaigns.insert(draft, at);
        Map<Long, Person> people = new PersonRepository(tx).findAll().stream()
                .collect(Collectors.toMap(Person::id, Function.identity()));
        List<CampaignItem> items = new ArrayList<>();
        for (Integration integration : inScope) {
            items.add(CampaignItem.pending(stored.id(), integration.id(), integration.name(),
                    Deciders.resolve(stored, integration, people)));
        }
        campaigns.insertItems(items);
        new AuditLog(tx).append(List.of(new AuditEvent(0, at, who, AuditLog.CAMPAIGN, stored.id(), AuditLog.CREATE,
                null, null, stored.name() + ": " + items.size() + " item" + (items.size() == 1 ? "" : "s") + ", scope "
                        + stored.scope().describe() + ", due " + stored.due() + ", " + stored.recurrence()
                        + ", decided by " + stored.deciderRule()
                        + (stored.previousId() == null ? "" : ", next instance of campaign " + stored.previousId()))));
        return stored;
    }

    /// Live integrations the scope admits: the register's search narrows by text, kind, status and tier in the
    /// database; the model's rule then checks everything, vendor and environment included.
    private List<Integration> inScope(CampaignScope scope) {
        SearchQuery query = new SearchQuery(scope.searchText(), scope.kinds(), scope.statuses(), Set.of(),
                scope.tiers(), SearchQuery.Sort.NAME, true);
        List<Long> ids = new RegisterSearch(tx).ids(query, 0, Integer.MAX_VALUE).ids();
        IntegrationRepository integrations = new IntegrationRepository(tx);
        ClassificationRepository classifications = new ClassificationRepository(tx);
        List<Integration> admitted = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1_000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1_000));
            Map<Long, StoredClassification> latest = classifications.latestFor(chunk);
            for (Integration integration : integrations.findByIds(chunk)) {
                StoredClassification c = latest.get(integration.id());
                RiskTier tier = c == null ? null : c.riskTier();
                if (scope.admits(integration, tier)) {
                    admitted.add(integration);
                }
            }
        }
        return admitted;
    }
}
