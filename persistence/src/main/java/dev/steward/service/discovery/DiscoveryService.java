package dev.steward.service.discovery;

import dev.steward.model.access.Permission;
import dev.steward.model.discovery.Finding;
import dev.steward.model.discovery.FindingChange;
import dev.steward.model.discovery.FindingChanges;
import dev.steward.model.discovery.FindingDrafts;
import dev.steward.model.discovery.FindingFlags;
import dev.steward.model.discovery.FindingStatus;
import dev.steward.model.discovery.FindingText;
import dev.steward.model.discovery.DiscoveryReport;
import dev.steward.model.discovery.SourceRef;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.model.validation.FreeText;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import dev.steward.service.access.Actor;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import dev.steward.storage.DbTime;
import dev.steward.storage.DiscoveredFindingRepository;
import dev.steward.storage.IntegrationRepository;
import dev.steward.storage.PersonRepository;
import dev.steward.storage.RecordNotFoundException;
import dev.steward.storage.StoredFinding;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Reconciles what {@link dev.steward.model.discovery.Discovery} read with the register (issue 18).
///
/// Each finding is matched to an integration by its stable key (remembered once matched or registered), else
/// by name ignoring case; otherwise it is new. A matched finding that goes beyond the record is CHANGED; when
/// the change raises autonomy or impact ({@link FindingChanges}) a run saves it into the record through the
/// register's own edit path ({@link RegisterService#applyDiscoveredIn}), so the signed attestation goes stale
/// and an approved integration moves to under reassessment, exactly as an edit and an escalation would.
/// A dismissed finding stays dismissed while it comes back unchanged from the sources it was dismissed from.
///
/// Every write is one transaction, checked for secrets first, and audited (entity {@link AuditLog#DISCOVERY}).
/// A dry run reads and compares but writes nothing. Methods block on the database: call them off the UI thread.
public final class DiscoveryService {
    private static final Logger LOG = LoggerFactory.getLogger(DiscoveryService.class);
    static final int MAX_REASON = 2_000;

    private final Database db;
    private final Actor actor;
    private final Clock clock;
    private final RegisterService register;

    public DiscoveryService(Database db, Actor actor, Clock clock, RegisterService register) {
        this.db = db;
        this.actor = actor;
        this.clock = clock;
        this.register = register;
    }

    /// Reconciles one run's findings; with `dryRun` nothing is written and no change is saved.
    ///
    /// @throws ValidationException when a text of a finding looks like a secret (nothing is written then)
    public DiscoveryRun reconcile(DiscoveryReport report, boolean dryRun) {
        List<ValidationProblem> problems = new ArrayList<>();
        for (Finding finding : report.findings()) {
            FindingText.problems(finding).forEach(p -> problems.add(new ValidationProblem(p.field(),
                    "Finding '" + safeName(finding) + "': " + p.message())));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return db.dsl().transactionResult(c -> {
            DSLContext tx = c.dsl();
            String who = dryRun ? null : actor.authorize(tx, Permission.EDIT_INTEGRATIONS);
            Run run = new Run(tx, who, DbTime.now(clock), dryRun);
            List<ReconciledFinding> results = new ArrayList<>();
            for (Finding finding : report.findings()) {
                results.add(run.reconcile(finding));
            }
            if (!dryRun) {
                new AuditLog(tx).append(List.of(new AuditEvent(0, run.at, who, AuditLog.DISCOVERY, 0, AuditLog.DISCOVER,
                        "run", null, report.files().size() + " file(s), " + results.size() + " finding(s)")));
            }
            LOG.info("Discovery{}: {} finding(s) from {} file(s)", dryRun ? " (dry run)" : "", results.size(),
                    report.files().size());
            return new DiscoveryRun(results, report.files(), report.skipped(), dryRun);
        });
    }

    /// Every stored finding as the last run left it, dismissed ones included.
    public List<ReconciledFinding> findings() {
        return db.dsl().transactionResult(c -> {
            DSLContext tx = c.dsl();
            List<Person> people = new PersonRepository(tx).findAll();
            Map<Long, String> names = new HashMap<>();
            new IntegrationRepository(tx).findAll().forEach(i -> names.put(i.id(), i.name()));
            return new DiscoveredFindingRepository(tx).findAll().stream()
                    .map(s -> reconciled(s, names.get(s.integrationId()), people, false)).toList();
        });
    }

    /// Dismisses a finding with a reason, remembered with the finding's fingerprint and sources.
    ///
    /// @throws ValidationException when the reason is blank, too long or looks like a secret
    public ReconciledFinding dismiss(long findingId, String reason) {
        String trimmed = reason == null ? "" : reason.strip();
        List<ValidationProblem> problems = new ArrayList<>();
        if (trimmed.isEmpty()) {
            problems.add(new ValidationProblem("reason", "Say why the finding is dismissed."));
        }
        FreeText.problem("reason", "The reason", trimmed, MAX_REASON).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return db.dsl().transactionResult(c -> {
            DSLContext tx = c.dsl();
            String who = actor.authorize(tx, Permission.EDIT_INTEGRATIONS);
            DiscoveredFindingRepository findings = new DiscoveredFindingRepository(tx);
            StoredFinding stored = findings.lock(findingId).orElseThrow(() -> new RecordNotFoundException("Finding", findingId));
            Instant at = DbTime.now(clock);
            StoredFinding dismissed = findings.dismiss(findingId, trimmed, stored.fingerprint(),
                    origins(stored.finding()), at, who);
            new AuditLog(tx).append(List.of(new AuditEvent(0, at, who, AuditLog.DISCOVERY, findingId, AuditLog.DISMISS,
                    "reason", stored.dismissedReason(), trimmed)));
            LOG.info("{} dismissed finding {} '{}'", who, findingId, stored.finding().name());
            return reconciled(dismissed, null, new PersonRepository(tx).findAll(), false);
        });
    }

    /// The finding as an unsaved integration for the editor: its fields as found, owners and sponsor matched
    /// to People by email.
    public Integration draft(long findingId) {
        return db.dsl().transactionResult(c -> {
            DSLContext tx = c.dsl();
            StoredFinding stored = new DiscoveredFindingRepository(tx).find(findingId)
                    .orElseThrow(() -> new RecordNotFoundException("Finding", findingId));
            return FindingDrafts.draft(stored.finding(), new PersonRepository(tx).findAll());
        });
    }

    /// Registers a new finding as `edited` (the editor's draft, as the person completed it), links the finding
    /// to it and audits both, in one transaction. Validation is the register's own.
    ///
    /// @throws ValidationException when the finding is already registered, or the integration is invalid
    public Integration register(long findingId, Integration edited) {
        return db.dsl().transactionResult(c -> {
            DSLContext tx = c.dsl();
            StoredFinding stored = unregistered(tx, findingId);
            Integration created = register.createIn(tx, edited);
            linkIn(tx, stored, created, created.updatedBy());
            return created;
        });
    }

    /// Links a new finding to the integration the editor just created from its draft (the editor saves through
    /// the register's own create), audited as a registration.
    public void link(long findingId, long integrationId) {
        db.dsl().transaction(c -> {
            DSLContext tx = c.dsl();
            String who = actor.authorize(tx, Permission.EDIT_INTEGRATIONS);
            StoredFinding stored = unregistered(tx, findingId);
            Integration integration = new IntegrationRepository(tx).find(integrationId)
                    .orElseThrow(() -> new RecordNotFoundException("Integration", integrationId));
            linkIn(tx, stored, integration, who);
        });
    }

    private static StoredFinding unregistered(DSLContext tx, long findingId) {
        StoredFinding stored = new DiscoveredFindingRepository(tx).lock(findingId)
                .orElseThrow(() -> new RecordNotFoundException("Finding", findingId));
        if (stored.integrationId() != null) {
            throw new ValidationException(List.of(new ValidationProblem("finding",
                    "This finding is already in the register; open that integration instead.")));
        }
        return stored;
    }

    private void linkIn(DSLContext tx, StoredFinding stored, Integration integration, String who) {
        new DiscoveredFindingRepository(tx).link(stored.id(), integration.id(), FindingStatus.MATCHED);
        new AuditLog(tx).append(List.of(new AuditEvent(0, DbTime.now(clock), who, AuditLog.DISCOVERY, stored.id(),
                AuditLog.REGISTER, "integration", null, "integration " + integration.id() + " '" + integration.name() + "'")));
        LOG.info("{} registered finding {} as integration {}", who, stored.id(), integration.id());
    }

    private ReconciledFinding reconciled(StoredFinding s, String integrationName, List<Person> people, boolean reassessed) {
        return new ReconciledFinding(s.id(), s.finding(), s.status(), s.integrationId(), integrationName, s.changes(),
                FindingFlags.of(s.finding(), people), reassessed, s.dismissedReason());
    }

    static List<String> origins(Finding finding) {
        return finding.sources().stream().map(SourceRef::origin).distinct().sorted().toList();
    }

    /// A finding's name for a message: the name itself unless that is what looks like a secret.
    private static String safeName(Finding finding) {
        return FreeText.problem("name", "name", finding.name(), 500).isPresent() ? "(name withheld)" : finding.name();
    }

    /// One run's reconciliation inside its transaction.
    private final class Run {
        private final DSLContext tx;
        private final String who;
        private final Instant at;
        private final boolean dryRun;
        private final DiscoveredFindingRepository findings;
        private final IntegrationRepository integrations;
        private final List<Person> people;

        Run(DSLContext tx, String who, Instant at, boolean dryRun) {
            this.tx = tx;
            this.who = who;
            this.at = at;
            this.dryRun = dryRun;
            this.findings = new DiscoveredFindingRepository(tx);
            this.integrations = new IntegrationRepository(tx);
            this.people = new PersonRepository(tx).findAll();
        }

        ReconciledFinding reconcile(Finding finding) {
            Optional<StoredFinding> stored = findings.byKey(finding.key());
            Integration matched = stored.map(StoredFinding::integrationId).flatMap(integrations::find)
                    .or(() -> integrations.findLiveByName(finding.name())).orElse(null);
            boolean dismissed = stored.filter(s -> s.wasDismissed()
                    && finding.fingerprint().equals(s.dismissedFingerprint())
                    && s.dismissedOrigins().containsAll(origins(finding))).isPresent();
            List<FindingChange> changes = matched == null ? List.of() : FindingChanges.between(matched, finding);
            FindingStatus status = dismissed ? FindingStatus.DISMISSED : matched == null ? FindingStatus.NEW
                    : changes.isEmpty() ? FindingStatus.MATCHED : FindingStatus.CHANGED;
            boolean reassessed = false;
            Integration current = matched;
            if (!dryRun && !dismissed && matched != null && !matched.isRetired() && FindingChanges.anyMaterial(changes)) {
                current = register.applyDiscoveredIn(tx, matched, FindingChanges.applied(matched, finding));
                reassessed = current.status() == LifecycleStatus.UNDER_REASSESSMENT
                        && matched.status() != LifecycleStatus.UNDER_REASSESSMENT;
            }
            Long integrationId = matched == null ? null : matched.id();
            String dismissedReason = stored.map(StoredFinding::dismissedReason).orElse(null);
            if (dryRun) {
                return new ReconciledFinding(stored.map(StoredFinding::id).orElse(0L), finding, status, integrationId,
                        current == null ? null : current.name(), changes, FindingFlags.of(finding, people), false,
                        dismissedReason);
            }
            StoredFinding saved = stored.isEmpty()
                    ? findings.insert(finding, status, changes, integrationId, at, who)
                    : findings.update(stored.get().id(), finding, status, changes, integrationId, at, who);
            boolean sameAsBefore = stored.filter(s -> s.status() == status && s.fingerprint().equals(saved.fingerprint())
                    && java.util.Objects.equals(s.integrationId(), integrationId)).isPresent();
            if (!sameAsBefore) {
                new AuditLog(tx).append(List.of(new AuditEvent(0, at, who, AuditLog.DISCOVERY, saved.id(),
                        AuditLog.DISCOVER, "status", stored.map(s -> s.status().label()).orElse(null),
                        describe(finding, status, current, changes, reassessed))));
            }
            return new ReconciledFinding(saved.id(), finding, status, integrationId,
                    current == null ? null : current.name(), changes, FindingFlags.of(finding, people), reassessed,
                    dismissedReason);
        }

        /// "changed: 'github' matches integration 12 'GitHub MCP'; Broader access: ... (material); moved to under reassessment"
        private String describe(Finding finding, FindingStatus status, Integration integration,
                                List<FindingChange> changes, boolean reassessed) {
            StringBuilder text = new StringBuilder(status.label()).append(": '").append(finding.name()).append("' (")
                    .append(finding.key()).append(')');
            if (integration != null) {
                text.append(" matches integration ").append(integration.id()).append(" '").append(integration.name())
                        .append('\'');
            }
            changes.forEach(change -> text.append("; ").append(change));
            if (reassessed) {
                text.append("; moved to under reassessment");
            }
            return text.toString();
        }
    }


}
