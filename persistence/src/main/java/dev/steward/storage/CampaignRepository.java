package dev.steward.storage;

import dev.steward.model.campaign.Campaign;
import dev.steward.model.campaign.CampaignItem;
import dev.steward.model.campaign.CampaignScope;
import dev.steward.model.campaign.CampaignStatus;
import dev.steward.model.campaign.Decision;
import dev.steward.model.campaign.DeciderRule;
import dev.steward.model.campaign.Recurrence;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.storage.jooq.tables.records.CampaignItemRecord;
import dev.steward.storage.jooq.tables.records.CampaignRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.steward.storage.jooq.Tables.CAMPAIGN;
import static dev.steward.storage.jooq.Tables.CAMPAIGN_ITEM;

/// Reads and writes campaigns and their items in the caller's transaction. Scope sets are stored as enum names
/// joined with ',', vendors joined with a line break (V16).
public final class CampaignRepository {
    public static final String ENTITY = "Campaign item";
    private final DSLContext ctx;

    public CampaignRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /// Inserts an unsaved campaign and returns it with its id and creation time.
    public Campaign insert(Campaign draft, Instant at) {
        CampaignScope scope = draft.scope();
        long id = ctx.insertInto(CAMPAIGN)
                .set(CAMPAIGN.NAME, draft.name())
                .set(CAMPAIGN.SCOPE_TIERS, join(scope.tiers()))
                .set(CAMPAIGN.SCOPE_KINDS, join(scope.kinds()))
                .set(CAMPAIGN.SCOPE_STATUSES, join(scope.statuses()))
                .set(CAMPAIGN.SCOPE_VENDORS, String.join("\n", scope.vendors().stream().sorted().toList()))
                .set(CAMPAIGN.SCOPE_ENVIRONMENTS, join(scope.environments()))
                .set(CAMPAIGN.SCOPE_SEARCH, scope.searchText())
                .set(CAMPAIGN.DUE, draft.due())
                .set(CAMPAIGN.RECURRENCE, draft.recurrence().name())
                .set(CAMPAIGN.DECIDER_RULE, draft.deciderRule().name())
                .set(CAMPAIGN.NAMED_REVIEWER_ID, draft.namedReviewerId())
                .set(CAMPAIGN.FALLBACK_REVIEWER_ID, draft.fallbackReviewerId())
                .set(CAMPAIGN.MANAGER, draft.manager())
                .set(CAMPAIGN.STATUS, draft.status().name())
                .set(CAMPAIGN.PREVIOUS_ID, draft.previousId())
                .set(CAMPAIGN.CREATED_AT, DbTime.toColumn(at))
                .returningResult(CAMPAIGN.ID).fetchOne(CAMPAIGN.ID);
        return find(id).orElseThrow();
    }

    public Optional<Campaign> find(long id) {
        return ctx.selectFrom(CAMPAIGN).where(CAMPAIGN.ID.eq(id)).fetchOptional(CampaignRepository::toCampaign);
    }

    /// Every campaign, open ones first, then by due date.
    public List<Campaign> findAll() {
        return ctx.selectFrom(CAMPAIGN).orderBy(CAMPAIGN.STATUS.desc(), CAMPAIGN.DUE, CAMPAIGN.ID)
                .fetch(CampaignRepository::toCampaign);
    }

    /// Locks the campaign's row until the transaction ends, so deciding and closing take turns.
    public void lock(long id) {
        ctx.select(CAMPAIGN.ID).from(CAMPAIGN).where(CAMPAIGN.ID.eq(id)).forUpdate().fetch();
    }

    public void close(long id, Instant at) {
        ctx.update(CAMPAIGN).set(CAMPAIGN.STATUS, CampaignStatus.CLOSED.name())
                .set(CAMPAIGN.CLOSED_AT, DbTime.toColumn(at)).set(CAMPAIGN.VERSION, CAMPAIGN.VERSION.plus(1))
                .where(CAMPAIGN.ID.eq(id)).execute();
    }

    /// Stores the signed report (canonical JSON of the report and of the signature block).
    public void storeReport(long id, String reportJson, String signatureJson) {
        ctx.update(CAMPAIGN).set(CAMPAIGN.REPORT, reportJson).set(CAMPAIGN.REPORT_SIGNATURE, signatureJson)
                .set(CAMPAIGN.VERSION, CAMPAIGN.VERSION.plus(1)).where(CAMPAIGN.ID.eq(id)).execute();
    }

    /// The stored signed report as (report JSON, signature JSON), empty until signed.
    public Optional<String[]> report(long id) {
        return ctx.select(CAMPAIGN.REPORT, CAMPAIGN.REPORT_SIGNATURE).from(CAMPAIGN).where(CAMPAIGN.ID.eq(id))
                .and(CAMPAIGN.REPORT.isNotNull()).fetchOptional(r -> new String[] {r.value1(), r.value2()});
    }

    public void insertItems(Collection<CampaignItem> items) {
        for (CampaignItem item : items) {
            ctx.insertInto(CAMPAIGN_ITEM)
                    .set(CAMPAIGN_ITEM.CAMPAIGN_ID, item.campaignId())
                    .set(CAMPAIGN_ITEM.INTEGRATION_ID, item.integrationId())
                    .set(CAMPAIGN_ITEM.INTEGRATION_NAME, item.integrationName())
                    .set(CAMPAIGN_ITEM.DECIDER_ID, item.deciderId())
                    .execute();
        }
    }

    /// A campaign's items by integration name.
    public List<CampaignItem> items(long campaignId) {
        return ctx.selectFrom(CAMPAIGN_ITEM).where(CAMPAIGN_ITEM.CAMPAIGN_ID.eq(campaignId))
                .orderBy(CAMPAIGN_ITEM.INTEGRATION_NAME, CAMPAIGN_ITEM.ID).fetch(CampaignRepository::toItem);
    }

    /// Pending items of every open campaign.
    public List<CampaignItem> openItems() {
        return ctx.select(CAMPAIGN_ITEM.asterisk()).from(CAMPAIGN_ITEM).join(CAMPAIGN)
                .on(CAMPAIGN.ID.eq(CAMPAIGN_ITEM.CAMPAIGN_ID))
                .where(CAMPAIGN.STATUS.eq(CampaignStatus.OPEN.name()).and(CAMPAIGN_ITEM.DECISION.isNull()))
                .orderBy(CAMPAIGN.DUE, CAMPAIGN_ITEM.INTEGRATION_NAME)
                .fetch(r -> toItem(r.into(CAMPAIGN_ITEM)));
    }

    public Optional<CampaignItem> item(long itemId) {
        return ctx.selectFrom(CAMPAIGN_ITEM).where(CAMPAIGN_ITEM.ID.eq(itemId)).fetchOptional(CampaignRepository::toItem);
    }

    /// Records the decision if the item is still undecided.
    ///
    /// @return false when someone decided it first
    public boolean decide(CampaignItem decided) {
        return ctx.update(CAMPAIGN_ITEM)
                .set(CAMPAIGN_ITEM.DECISION, decided.decision().name())
                .set(CAMPAIGN_ITEM.JUSTIFICATION, decided.justification())
                .set(CAMPAIGN_ITEM.DECIDED_BY, decided.decidedBy())
                .set(CAMPAIGN_ITEM.DECIDED_AT, DbTime.toColumn(decided.decidedAt()))
                .set(CAMPAIGN_ITEM.VERSION, CAMPAIGN_ITEM.VERSION.plus(1))
                .where(CAMPAIGN_ITEM.ID.eq(decided.id()).and(CAMPAIGN_ITEM.DECISION.isNull()))
                .execute() == 1;
    }

    private static Campaign toCampaign(CampaignRecord r) {
        CampaignScope scope = new CampaignScope(split(r.getScopeTiers(), RiskTier::valueOf),
                split(r.getScopeKinds(), IntegrationKind::valueOf), split(r.getScopeStatuses(), LifecycleStatus::valueOf),
                r.getScopeVendors().isEmpty() ? Set.of() : Set.of(r.getScopeVendors().split("\n")),
                split(r.getScopeEnvironments(), DeploymentEnvironment::valueOf), r.getScopeSearch());
        return new Campaign(r.getId(), r.getName(), scope, r.getDue(), Recurrence.valueOf(r.getRecurrence()),
                DeciderRule.valueOf(r.getDeciderRule()), r.getNamedReviewerId(), r.getFallbackReviewerId(),
                r.getManager(), CampaignStatus.valueOf(r.getStatus()), DbTime.fromColumn(r.getCreatedAt()),
                r.getPreviousId(), DbTime.fromColumn(r.getClosedAt()));
    }

    private static CampaignItem toItem(CampaignItemRecord r) {
        return new CampaignItem(r.getId(), r.getCampaignId(), r.getIntegrationId(), r.getIntegrationName(),
                r.getDeciderId(), r.getDecision() == null ? null : Decision.valueOf(r.getDecision()),
                r.getJustification(), r.getDecidedBy(), DbTime.fromColumn(r.getDecidedAt()));
    }

    private static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <E> Set<E> split(String joined, Function<String, E> parse) {
        return joined.isEmpty() ? Set.of() : Arrays.stream(joined.split(",")).map(parse).collect(Collectors.toSet());
    }
}
