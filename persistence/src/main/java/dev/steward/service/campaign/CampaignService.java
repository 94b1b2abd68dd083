package dev.steward.service.campaign;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.access.Permission;
import dev.steward.model.access.User;
import dev.steward.model.attestation.IllegalTransitionException;
import dev.steward.model.campaign.Campaign;
import dev.steward.model.campaign.CampaignItem;
import dev.steward.model.campaign.CampaignProgress;
import dev.steward.model.campaign.Decision;
import dev.steward.model.campaign.Escalation;
import dev.steward.model.campaign.Holder;
import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import dev.steward.service.access.Actor;
import dev.steward.service.attestation.AttestationService;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.CampaignRepository;
import dev.steward.storage.Database;
import dev.steward.storage.DbTime;
import dev.steward.storage.IntegrationRepository;
import dev.steward.storage.PersonRepository;
import dev.steward.storage.RecordNotFoundException;
import dev.steward.storage.RevocationTaskRepository;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/// Recertification campaigns: a manager creates one over a scope, deciders certify, revoke or modify each item
/// with a justification, and the manager closes it with a signed completion report; a recurring campaign then
/// creates its next instance.
///
/// Every call checks the actor's stored roles first and writes its rows and audit events in one transaction:
/// creating and closing need {@link Permission#MANAGE_CAMPAIGNS} (managers), deciding needs
/// {@link Permission#DECIDE_CAMPAIGN_ITEMS} (reviewers and managers). Separation of duties: the manager who
/// will sign the report decides only the items escalated to them ({@link Escalation}); everything else is
/// decided by someone else, so the signature is never over the signer's own unchecked decisions.
///
/// A certify decision then opens (or finds open) the attestation draft through {@link AttestationService}, in
/// its own transaction, when the decider may submit attestations; the decision stands even if that step finds
/// the round already awaiting a signature.
///
/// Methods block on the database: call them off the UI thread.
public final class CampaignService {
    private static final Logger LOG = LoggerFactory.getLogger(CampaignService.class);

    private final Database db;
    private final Actor actor;
    private final Clock clock;
    private final AttestationService attestations;
    private final CampaignReports reports;

    public CampaignService(Database db, Actor actor, Clock clock, AttestationService attestations,
                           CampaignReports reports) {
        this.db = db;
        this.actor = actor;
        this.clock = clock;
        this.attestations = attestations;
        this.reports = reports;
    }

    /// Every campaign, open ones first.
    public List<Campaign> campaigns() {
        return read(tx -> new CampaignRepository(tx).findAll());
    }

    /// One campaign with its items, holders and progress as of today.
    public CampaignOverview overview(long campaignId) {
        return read(tx -> {
            Campaign campaign = requireCampaign(tx, campaignId);
            List<CampaignItemView> items = views(tx, campaign, new CampaignRepository(tx).items(campaignId));
            return new CampaignOverview(campaign, items,
                    CampaignProgress.of(campaign, items.stream().map(CampaignItemView::item).toList(), today()));
        });
    }

    /// Every pending item of every open campaign, with who holds it now (for the review queue).
    public List<CampaignItemView> openItems() {
        return read(tx -> {
            CampaignRepository campaigns = new CampaignRepository(tx);
            Map<Long, List<CampaignItem>> byCampaign = campaigns.openItems().stream()
                    .collect(Collectors.groupingBy(CampaignItem::campaignId));
            return byCampaign.entrySet().stream()
                    .flatMap(e -> views(tx, campaigns.find(e.getKey()).orElseThrow(), e.getValue()).stream())
                    .toList();
        });
    }

    /// Creates an open campaign over the live integrations its scope admits, one pending item each, the
    /// acting manager as its manager.
    ///
    /// @throws ValidationException when the name or scope text is missing, too long or holds a secret, the due
    ///                             date has passed, a named person is unknown, or nothing is in scope
    public Campaign create(Campaign draft) {
        CampaignChecks.requireValidDraft(draft, today());
        return write(Permission.MANAGE_CAMPAIGNS, (tx, user) -> {
            CampaignChecks.requireKnownPeople(draft, new PersonRepository(tx));
            Campaign withManager = new Campaign(0, draft.name().strip(), draft.scope(), draft.due(), draft.recurrence(),
                    draft.deciderRule(), draft.namedReviewerId(), draft.fallbackReviewerId(), user.username(),
                    draft.status(), null, draft.previousId(), null);
            return new CampaignCreation(tx, now(), user.username()).create(withManager, true);
        });
    }

    /// Records a decision on one item, with its effects in the same transaction: a revoke suspends the
    /// integration and opens a revocation task; a modify flags it for editing (the item shows as needing an
    /// edit until the integration is saved, and a material edit makes its attestation stale as every edit does).
    ///
    /// @throws ValidationException when the justification is blank, too long or holds a secret
    /// @throws IllegalTransitionException when the item is decided already or its campaign is closed
    /// @throws AccessDenied when the campaign's own manager decides an item not escalated to them
    public DecisionOutcome decide(long itemId, Decision decision, String justification) {
        CampaignChecks.requireJustification(justification);
        DecisionOutcome outcome = write(Permission.DECIDE_CAMPAIGN_ITEMS, (tx, user) -> {
            CampaignRepository campaigns = new CampaignRepository(tx);
            CampaignItem item = campaigns.item(itemId).orElseThrow(() -> new RecordNotFoundException(
                    CampaignRepository.ENTITY, itemId));
            campaigns.lock(item.campaignId());
            Campaign campaign = requireCampaign(tx, item.campaignId());
            if (!campaign.isOpen()) {
                throw new IllegalTransitionException("Campaign \"" + campaign.name() + "\" is closed: its decisions are final.");
            }
            Integration integration = new IntegrationRepository(tx).find(item.integrationId())
                    .orElseThrow(() -> new RecordNotFoundException("Integration", item.integrationId()));
            requireSeparateFromSigner(tx, user, campaign, item, integration);
            Instant at = now();
            CampaignItem decided;
            try {
                decided = item.decide(decision, justification, user.username(), at);
            } catch (IllegalStateException e) {
                throw new IllegalTransitionException(e.getMessage());
            }
            if (!campaigns.decide(decided)) {
                throw new IllegalTransitionException(item.integrationName() + " was decided by someone else first.");
            }
            new AuditLog(tx).append(List.of(new AuditEvent(0, at, user.username(), AuditLog.CAMPAIGN_ITEM, itemId,
                    AuditLog.DECIDE, "decision", null, decision.name() + " (" + item.integrationName() + "): "
                            + decided.justification())));
            if (decision == Decision.REVOKE) {
                Revocation.Done revocation = new Revocation(tx, at, user.username()).revoke(integration, decided);
                return new DecisionOutcome(decided, revocation.integration(), OptionalLong.of(revocation.taskId()),
                        Optional.empty());
            }
            return new DecisionOutcome(decided, integration, OptionalLong.empty(), Optional.empty());
        });
        LOG.info("Campaign item {} {}", itemId, decision);
        return decision == Decision.CERTIFY ? withAttestationRound(outcome) : outcome;
    }

    /// Closes a campaign whose items are all decided, signs its completion report with the acting manager's
    /// key (unlocked by `passphrase`), and creates a recurring campaign's next instance, in one transaction.
    ///
    /// @throws AccessDenied when the actor is not the campaign's manager
    /// @throws IllegalTransitionException when items are still pending or it is closed already
    /// @throws dev.steward.model.signing.WrongPassphraseException when the passphrase does not open the key
    public CampaignClosed close(long campaignId, char[] passphrase) {
        return write(Permission.MANAGE_CAMPAIGNS, (tx, user) -> {
            CampaignRepository campaigns = new CampaignRepository(tx);
            campaigns.lock(campaignId);
            Campaign campaign = requireCampaign(tx, campaignId);
            if (!campaign.manager().equals(user.username())) {
                throw new AccessDenied(user.describe() + " may not close campaign \"" + campaign.name()
                        + "\": only its manager (" + campaign.manager() + ") signs its report.");
            }
            if (!campaign.isOpen()) {
                throw new IllegalTransitionException("Campaign \"" + campaign.name() + "\" is closed already.");
            }
            List<CampaignItem> items = campaigns.items(campaignId);
            long pending = items.stream().filter(i -> !i.isDecided()).count();
            if (pending > 0) {
                throw new IllegalTransitionException("Campaign \"" + campaign.name() + "\" still has " + pending
                        + " undecided item" + (pending == 1 ? "" : "s") + ": decide every item before closing.");
            }
            Instant at = now();
            campaigns.close(campaignId, at);
            Campaign closed = campaign.closed(at);
            new AuditLog(tx).append(List.of(new AuditEvent(0, at, user.username(), AuditLog.CAMPAIGN, campaignId,
                    AuditLog.CLOSE, "status", campaign.status().name(), closed.status().name())));
            var signed = reports.sign(tx, closed, items, user, passphrase, at);
            Optional<Campaign> next = closed.nextInstance()
                    .map(n -> new CampaignCreation(tx, at, user.username()).create(n, false));
            LOG.info("{} closed campaign {} ({} items){}", user.username(), campaignId, items.size(),
                    next.map(n -> "; next instance " + n.id() + " due " + n.due()).orElse(""));
            return new CampaignClosed(closed, signed, next);
        });
    }

    /// The signed completion report of a closed campaign, as stored when it closed.
    public Optional<dev.steward.model.campaign.SignedCampaignReport> report(long campaignId) {
        return read(tx -> reports.stored(tx, campaignId));
    }

    /// Every revocation task, open ones first.
    public List<dev.steward.storage.RevocationTask> revocationTasks() {
        return read(tx -> new RevocationTaskRepository(tx).findAll());
    }

    /// Records how the revocation drill of a task went.
    public dev.steward.storage.RevocationTask recordDrill(long taskId, dev.steward.model.register.RevocationTestResult result,
                                                     String notes) {
        CampaignChecks.requireDrillNotes(notes);
        return write(Permission.EDIT_INTEGRATIONS, (tx, user) -> {
            RevocationTaskRepository tasks = new RevocationTaskRepository(tx);
            tasks.find(taskId).orElseThrow(() -> new RecordNotFoundException("Revocation task", taskId));
            Instant at = now();
            if (!tasks.recordDrill(taskId, result, notes == null ? null : notes.strip(), at, user.username())) {
                throw new IllegalTransitionException("Revocation task " + taskId + " has its drill result already.");
            }
            new AuditLog(tx).append(List.of(new AuditEvent(0, at, user.username(), AuditLog.REVOCATION_TASK, taskId,
                    AuditLog.RECORD_DRILL, "drillResult", null, result.name()
                            + (notes == null || notes.isBlank() ? "" : ": " + notes.strip()))));
            return tasks.find(taskId).orElseThrow();
        });
    }

    private DecisionOutcome withAttestationRound(DecisionOutcome outcome) {
        User claimed = actor.claimed();
        if (claimed != null && !dev.steward.model.access.AccessPolicy.standard().allows(claimed,
                Permission.SUBMIT_ATTESTATIONS)) {
            return outcome;
        }
        try {
            long draft = attestations.startDraft(outcome.item().integrationId()).id();
            return new DecisionOutcome(outcome.item(), outcome.integration(), outcome.revocationTaskId(), Optional.of(draft));
        } catch (IllegalTransitionException e) {
            // The round is under way already: a submitted attestation awaits its signature.
            return outcome;
        }
    }

    /// The manager signs the report, so they decide only what reached them by escalation.
    private void requireSeparateFromSigner(DSLContext tx, User user, Campaign campaign, CampaignItem item,
                                           Integration integration) {
        if (!campaign.manager().equals(user.username())) {
            return;
        }
        Holder holder = Escalation.holder(campaign, item, integration, people(tx), today());
        if (holder.level() != Holder.Level.MANAGER) {
            throw new AccessDenied(user.describe() + " may not decide " + item.integrationName() + ": they manage"
                    + " this campaign and sign its report, and separation of duties leaves the decision to its"
                    + " decider until it is escalated to them.");
        }
    }

    private List<CampaignItemView> views(DSLContext tx, Campaign campaign, List<CampaignItem> items) {
        Map<Long, Person> people = people(tx);
        IntegrationRepository integrations = new IntegrationRepository(tx);
        Map<Long, Integration> byId = integrations.findByIds(items.stream().map(CampaignItem::integrationId)
                .distinct().toList()).stream().collect(Collectors.toMap(Integration::id, Function.identity()));
        LocalDate today = today();
        return items.stream().map(item -> {
            Integration integration = byId.get(item.integrationId());
            String decider = item.deciderId() == null ? "" : name(people, item.deciderId());
            if (item.isDecided()) {
                boolean needsEdit = item.decision() == Decision.MODIFY && integration != null
                        && integration.updatedAt() != null && !integration.updatedAt().isAfter(item.decidedAt());
                return new CampaignItemView(campaign, item, decider, null, "", needsEdit);
            }
            Holder holder = integration == null ? new Holder(Holder.Level.MANAGER, null, campaign.manager())
                    : Escalation.holder(campaign, item, integration, people, today);
            String holderName = holder.personId() == null ? holder.manager() : name(people, holder.personId());
            return new CampaignItemView(campaign, item, decider, holder, holderName, false);
        }).toList();
    }

    private static String name(Map<Long, Person> people, long id) {
        Person p = people.get(id);
        return p == null ? "person " + id : p.name();
    }

    private static Map<Long, Person> people(DSLContext tx) {
        return new PersonRepository(tx).findAll().stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    private static Campaign requireCampaign(DSLContext tx, long id) {
        return new CampaignRepository(tx).find(id).orElseThrow(() -> new RecordNotFoundException("Campaign", id));
    }

    private Instant now() {
        return DbTime.now(clock);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private <T> T read(Function<DSLContext, T> work) {
        return db.dsl().transactionResult(c -> {
            actor.authorize(c.dsl(), Permission.VIEW_REGISTER);
            return work.apply(c.dsl());
        });
    }

    /// Work for a signed-in account holding `permission` (campaign work always needs a person, not a system name).
    private <T> T write(Permission permission, java.util.function.BiFunction<DSLContext, User, T> work) {
        return db.dsl().transactionResult(c -> work.apply(c.dsl(), actor.account(c.dsl(), permission)));
    }

    static ValidationException problem(String field, String message) {
        return new ValidationException(List.of(new ValidationProblem(field, message)));
    }
}
