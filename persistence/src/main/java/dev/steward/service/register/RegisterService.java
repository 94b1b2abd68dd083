package dev.steward.service.register;

import dev.steward.storage.ImportBatches;
import dev.steward.service.attestation.AttestationStaleness;
import dev.steward.service.access.Actor;
import dev.steward.service.settings.SettingsService;
import dev.steward.service.access.WriteChecks;
import dev.steward.service.attestation.AttestationOverview;
import dev.steward.service.attestation.AttestationSummary;
import dev.steward.service.attestation.ReviewQueueSnapshot;
import dev.steward.model.dashboard.Gap;
import dev.steward.model.dashboard.GapKind;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditEvents;
import dev.steward.storage.AuditLog;
import dev.steward.storage.ClassificationRepository;
import dev.steward.storage.Database;
import dev.steward.storage.DbTime;
import dev.steward.storage.DashboardTally;
import dev.steward.storage.GapQueries;
import dev.steward.storage.IntegrationPage;
import dev.steward.storage.IntegrationRepository;
import dev.steward.storage.PersonRepository;
import dev.steward.storage.RecordNotFoundException;
import dev.steward.storage.RegisterSearch;
import dev.steward.storage.ReviewQueueCounts;
import dev.steward.storage.ReviewQueueQuery;
import dev.steward.storage.ReviewQueueRow;
import dev.steward.storage.SearchQuery;
import dev.steward.storage.StoredClassification;
import dev.steward.storage.StoredSuccession;
import dev.steward.storage.SuccessionRepository;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.access.Permission;
import dev.steward.model.attestation.MaterialChange;
import dev.steward.model.classification.Answers;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.model.validation.IntegrationValidator;
import dev.steward.model.validation.PersonValidator;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.Supplier;

import static dev.steward.service.access.WriteChecks.requireValid;
import static dev.steward.storage.jooq.Tables.INTEGRATION;

/// The register as the UI sees it: the only entry point for reading and changing stored data.
///
/// Every write validates first, then writes the record and its audit events in one transaction, so a failure
/// leaves nothing half-written. Checks run in this order, and the first failing step throws:
/// 1. the record exists ({@link RecordNotFoundException}) and is still the version that was read
///    ({@link StaleRecordException});
/// 2. a retired record is read-only ({@link ValidationException} with only that problem);
/// 3. the model validators, the lifecycle move and the person references, reported together in one
///    {@link ValidationException} so the user sees everything to fix at once.
///
/// Before all of them, the acting user's stored roles must grant the write ({@link AccessDenied}): the register
/// is edited with {@link Permission#EDIT_INTEGRATIONS} and classified with
/// {@link Permission#CLASSIFY_INTEGRATIONS}, so an auditor is refused here whatever the UI shows.
///
/// Nothing is written when any of them throws.
///
/// Methods block on the database: call them off the UI thread.
public final class RegisterService {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterService.class);

    private final Database db;
    private final Actor actor;
    private final Clock clock;

    /// A trusted system actor (command line, tests): every write is allowed and logged under `actor`.
    ///
    /// @param actor the name written to the audit log, asked once per write
    public RegisterService(Database db, Supplier<String> actor) {
        this(db, Actor.system(actor), Clock.systemUTC());
    }

    /// As {@link #RegisterService(Database, Supplier)} with the clock that stamps writes, for tests.
    public RegisterService(Database db, Supplier<String> actor, Clock clock) {
        this(db, Actor.system(actor), clock);
    }

    /// @param actor who writes; for a signed-in user every write checks their stored roles first
    public RegisterService(Database db, Actor actor) {
        this(db, actor, Clock.systemUTC());
    }

    public RegisterService(Database db, Actor actor, Clock clock) {
        this.db = db;
        this.actor = actor;
        this.clock = clock;
    }

    /// Every integration, retired ones included, ordered by name.
    public List<Integration> integrations() {
        return new IntegrationRepository(db.dsl()).findAll();
    }

    /// One page of the register, filtered and sorted in the database; see {@link RegisterSearch}.
    public IntegrationPage search(SearchQuery query, int offset, int limit) {
        return new RegisterSearch(db.dsl()).page(query, offset, limit);
    }

    /// Rows `offset` to `offset + limit - 1` of the register as `query` filters and sorts it, read in one
    /// transaction so the block, its total and the register's size agree.
    public RegisterBlock block(SearchQuery query, int offset, int limit) {
        return db.dsl().transactionResult(c -> {
            DSLContext ctx = c.dsl();
            RegisterSearch.Ids page = new RegisterSearch(ctx).ids(query, offset, limit);
            List<Integration> rows = new IntegrationRepository(ctx).findByIds(page.ids());
            int size = ctx.fetchCount(INTEGRATION) - ImportBatches.Hidden.now(ctx).count(ctx);
            return new RegisterBlock(rows, new ClassificationRepository(ctx).latestFor(page.ids()), offset,
                    page.total(), size);
        });
    }

    /// The dashboard's charts and gap counts as of `today`: the totals every writer keeps ({@link DashboardTally}),
    /// a read of a few thousand rows whatever the register's size; counted afresh in SQL ({@link GapQueries}) for
    /// a register whose totals were never worked out.
    public DashboardSummary dashboard(LocalDate today) {
        return db.dsl().transactionResult(c -> {
            DashboardTally.Totals totals = DashboardTally.read(c.dsl(), today);
            if (totals != null) {
                return new DashboardSummary(totals.charts(), totals.gaps());
            }
            GapQueries gaps = new GapQueries(c.dsl(), today);
            return new DashboardSummary(gaps.chartCounts(), gaps.gapCounts());
        });
    }

    /// Gaps `offset` to `offset + limit` in the dashboard's order: of one kind, or with `kind` null of every
    /// kind, placed by the counts of a {@link #dashboard} read.
    public List<Gap> gaps(GapKind kind, Map<GapKind, Integer> counts, int offset, int limit, LocalDate today) {
        GapQueries gaps = new GapQueries(db.dsl(), today);
        return kind == null ? gaps.page(counts, offset, limit) : gaps.page(kind, offset, limit);
    }

    /// How many live integrations have at least one gap as of `today` (from the totals; a pass over the register
    /// where there are none, so asked for after {@link #dashboard}).
    public int integrationsWithGaps(LocalDate today) {
        DashboardTally.Totals totals = DashboardTally.read(db.dsl(), today);
        return totals != null ? totals.affected() : new GapQueries(db.dsl(), today).affectedIntegrations();
    }

    /// The first `limit` rows of `query` as {@link #block} reads them, soon even when a quick search finds most of
    /// a large register: then with an estimated total ({@link RegisterSearch#firstIdsEstimated}), and the caller
    /// asks {@link #block} for the exact one afterwards.
    public RegisterBlock firstBlock(SearchQuery query, int limit) {
        return db.dsl().transactionResult(c -> {
            DSLContext ctx = c.dsl();
            var estimated = new RegisterSearch(ctx).firstIdsEstimated(query, limit);
            if (estimated.isEmpty()) {
                return block(query, 0, limit);
            }
            RegisterSearch.Ids page = estimated.get();
            List<Integration> rows = new IntegrationRepository(ctx).findByIds(page.ids());
            int size = ctx.fetchCount(INTEGRATION) - ImportBatches.Hidden.now(ctx).count(ctx);
            return new RegisterBlock(rows, new ClassificationRepository(ctx).latestFor(page.ids()), 0, page.total(),
                    size, true);
        });
    }

    /// Where integration `id` stands in the register as `query` filters and sorts it; empty when it does not match.
    public OptionalInt position(SearchQuery query, long id) {
        return new RegisterSearch(db.dsl()).position(query, id);
    }

    /// Every integration matching `query`, in its order (e.g. to export what the table shows): the ids in one
    /// read, the records a thousand at a time.
    public List<Integration> matching(SearchQuery query) {
        return db.dsl().transactionResult(c -> {
            DSLContext ctx = c.dsl();
            List<Long> ids = new RegisterSearch(ctx).ids(query, 0, Integer.MAX_VALUE).ids();
            List<Integration> all = new ArrayList<>(ids.size());
            new IntegrationRepository(ctx).inBatches(ids).forEachRemaining(all::add);
            return all;
        });
    }

    public Optional<Integration> integration(long id) {
        return new IntegrationRepository(db.dsl()).find(id);
    }

    /// Everyone, ordered by name, including people who have left.
    public List<Person> people() {
        return new PersonRepository(db.dsl()).findAll();
    }

    public Optional<Person> person(long id) {
        return new PersonRepository(db.dsl()).find(id);
    }

    /// Stores a new integration as version 1.
    ///
    /// @param draft an unsaved integration (id 0)
    /// @return the stored integration with its id, version and stamp
    public Integration create(Integration draft) {
        if (!draft.isNew()) {
            throw new IllegalArgumentException("create() expects an unsaved draft, got id " + draft.id());
        }
        return inTransaction(tx -> createIn(tx, draft, now(), authorize(tx, Permission.EDIT_INTEGRATIONS)));
    }

    /// Saves an edited integration over the version it was read at.
    ///
    /// A save that changes nothing writes nothing and returns the stored integration. A status change to
    /// {@link LifecycleStatus#RETIRED} is logged as a retirement. A material change (owners, credentials,
    /// access, revocation; see {@link MaterialChange#between}) marks the signed attestation stale in the same
    /// transaction.
    ///
    /// @return the stored integration with its new version and stamp
    public Integration update(Integration edited) {
        if (edited.isNew()) {
            throw new IllegalArgumentException("update() expects a stored integration; use create() for drafts");
        }
        return inTransaction(tx -> {
            String who = authorize(tx, Permission.EDIT_INTEGRATIONS);
            Integration stored = new IntegrationRepository(tx).findAtVersion(edited.id(), edited.version(),
                    edited.name());
            WriteChecks.requireNotRetired(stored);
            WriteChecks.requireNone(IntegrationValidator.validate(edited),
                    WriteChecks.forbiddenMove(stored, edited.status()),
                    WriteChecks.unknownPeople(edited, new PersonRepository(tx)));
            if (sameContent(stored, edited)) {
                return stored;
            }
            String action = edited.isRetired() ? AuditLog.RETIRE : AuditLog.UPDATE;
            return IntegrationWrites.saveAndMarkStale(tx, who, action, stored, edited, now());
        });
    }

    /// Retires an integration. Retired integrations stay in the register, read-only.
    ///
    /// The model validators are deliberately not run: retiring must stay possible even when the record is
    /// incomplete by today's rules, since that is how access gets cut off.
    ///
    /// @param expectedVersion the version the user saw; a newer stored version gives {@link StaleRecordException}
    public Integration retire(long id, long expectedVersion) {
        return inTransaction(tx -> {
            String who = authorize(tx, Permission.EDIT_INTEGRATIONS);
            Integration stored = new IntegrationRepository(tx).findAtVersion(id, expectedVersion, null);
            WriteChecks.requireNotRetired(stored);
            WriteChecks.requireNone(WriteChecks.forbiddenMove(stored, LifecycleStatus.RETIRED));
            return updateIn(tx, who, AuditLog.RETIRE, stored, stored.withStatus(LifecycleStatus.RETIRED));
        });
    }

    /// Classifies with the built-in questionnaire and stores the result with its answers, in one transaction.
    /// Checks as {@link #update} does; a retired integration is refused ("Retired integrations cannot be
    /// reclassified") and answer problems come on fields {@code "answers.<question id>"}. An escalation moves an
    /// APPROVED, ACTIVE or RESTRICTED integration to UNDER_REASSESSMENT (a new version). Audited as CLASSIFY.
    public ClassificationOutcome classify(long integrationId, long expectedIntegrationVersion, Answers answers) {
        Objects.requireNonNull(answers, "answers");
        return inTransaction(tx -> new Reclassification(tx, now(), authorize(tx, Permission.CLASSIFY_INTEGRATIONS))
                .run(integrationId, expectedIntegrationVersion, answers));
    }

    /// The newest stored classification of one integration, if it was ever classified.
    public Optional<StoredClassification> latestClassification(long integrationId) {
        return new ClassificationRepository(db.dsl()).latest(integrationId);
    }

    /// Every stored classification of one integration, newest first.
    public List<StoredClassification> classificationHistory(long integrationId) {
        return new ClassificationRepository(db.dsl()).history(integrationId);
    }

    /// The newest classification of each classified integration, by integration id (for the register's columns).
    /// The organisation name reports carry (see {@link SettingsService}); empty until an administrator sets it.
    public String organisationName() {
        return new SettingsService(db, Actor.system(() -> "reader"), Clock.systemUTC()).organisationName();
    }

    /// The newest attestation of each integration that has one (states, people and dates only), by integration id.
    public Map<Long, AttestationSummary> latestAttestations() {
        return new AttestationOverview(db).byIntegration();
    }

    /// The review queue's counts and first `limit` rows (see {@link AttestationOverview#reviewQueue}).
    public ReviewQueueSnapshot reviewQueue(ReviewQueueQuery query, int limit) {
        return new AttestationOverview(db).reviewQueue(query, limit);
    }

    /// Further rows of the review queue, placed by the `matching` counts of a {@link #reviewQueue} read.
    public List<ReviewQueueRow> reviewQueuePage(ReviewQueueQuery query, ReviewQueueCounts matching, int offset,
                                                int limit) {
        return new AttestationOverview(db).reviewQueuePage(query, matching, offset, limit);
    }

    public Map<Long, StoredClassification> latestClassifications() {
        return new ClassificationRepository(db.dsl()).latestForAll();
    }

    /// Inserts the person when {@code id == 0}, otherwise overwrites the stored person if it is still at the
    /// version it was read at (see {@link Person#version()}). A change of the has-left flag proposes or withdraws
    /// successors as {@link #setPersonLeft} says.
    ///
    /// @throws dev.steward.storage.StaleRecordException when someone saved the person after it was read
    ///
    /// @throws ValidationException when invalid or when another person already uses the email
    public Person savePerson(Person person) {
        return inTransaction(tx -> {
            String who = authorize(tx, Permission.EDIT_INTEGRATIONS);
            requireValid(PersonValidator.validate(person));
            return savePersonIn(tx, person, who);
        });
    }

    /// Marks a person as having left the organisation (or back). Their integrations keep pointing at them,
    /// which is what lets the register flag orphaned integrations.
    ///
    /// Leaving also proposes a successor for every role they hold on a live integration (see
    /// {@link SuccessionRules}); each proposal is a gap until someone with edit rights confirms it. Coming back
    /// withdraws the proposals nobody confirmed. Both in the same transaction, audited.
    public Person setPersonLeft(long personId, boolean left) {
        return inTransaction(tx -> {
            String who = authorize(tx, Permission.EDIT_INTEGRATIONS);
            Person stored = new PersonRepository(tx).find(personId)
                    .orElseThrow(() -> new RecordNotFoundException("Person", personId));
            Person changed = stored.withLeft(left);
            if (stored.equals(changed)) {
                return stored;
            }
            return savePersonIn(tx, changed, who);
        });
    }

    /// The succession proposals nobody has confirmed yet, oldest first: each is a gap on its integration.
    public List<StoredSuccession> pendingSuccessions() {
        return new SuccessionRepository(db.dsl()).pending();
    }

    /// Adds the demonstration register: people whose email is not yet stored and integrations whose name is
    /// not yet stored, classified. Loading twice adds nothing. The register part is all or nothing (one
    /// transaction); then the added integrations' attestations are taken through the workflow by
    /// {@link SampleAttestations}, one step per transaction as every attestation step is.
    public SampleLoadResult loadSampleData() {
        SampleDataLoader.Loaded loaded = inTransaction(tx -> {
            String who = authorize(tx, Permission.EDIT_INTEGRATIONS);
            authorize(tx, Permission.CLASSIFY_INTEGRATIONS);
            return new SampleDataLoader(this, tx, who).load();
        });
        SampleLoadResult result = loaded.result().withAttestations(
                new SampleAttestations(db, clock, loaded.who()).load(loaded.added()));
        LOG.info("Sample data: {}", result);
        return result;
    }

    /// History of one integration, newest first.
    public List<AuditEvent> history(long integrationId) {
        return new AuditLog(db.dsl()).forEntity(AuditLog.INTEGRATION, integrationId);
    }

    /// The latest {@code limit} changes over the whole register, newest first.
    public List<AuditEvent> recentActivity(int limit) {
        return new AuditLog(db.dsl()).recent(limit);
    }

    /// Saves what a discovery run found beyond the record (`withFindings`: `stored` plus the additions) inside
    /// the caller's transaction, as an edit would be saved: audited field by field (action
    /// {@link AuditLog#DISCOVER}), and a material change marks the signed attestation stale. Discovery calls this
    /// only for changes that raise autonomy or impact, so an APPROVED, ACTIVE or RESTRICTED integration also
    /// moves to UNDER_REASSESSMENT, as an escalating reclassification moves it. The model validators are not
    /// run, as for an escalation: what was found must be recorded even when the record is incomplete by
    /// today's rules (the discovery service checked the added text for secrets).
    ///
    /// @param stored the integration as read in this transaction
    public Integration applyDiscoveredIn(DSLContext tx, Integration stored, Integration withFindings) {
        String who = authorize(tx, Permission.EDIT_INTEGRATIONS);
        WriteChecks.requireNotRetired(stored);
        Integration target = Reclassification.demandsNewReview(stored.status())
                ? withFindings.withStatus(LifecycleStatus.UNDER_REASSESSMENT) : withFindings;
        Integration saved = updateIn(tx, who, AuditLog.DISCOVER, stored, target);
        new AttestationStaleness(tx).markStale(saved.id(), MaterialChange.between(stored, saved), saved.updatedAt(),
                saved.updatedBy());
        return saved;
    }

    /// Creates `draft` as {@link #create} does (permission, validation, audit), inside the caller's transaction,
    /// so discovery can link its finding to the new integration in the same commit.
    public Integration createIn(DSLContext tx, Integration draft) {
        if (!draft.isNew()) {
            throw new IllegalArgumentException("createIn() expects an unsaved draft, got id " + draft.id());
        }
        return createIn(tx, draft, now(), authorize(tx, Permission.EDIT_INTEGRATIONS));
    }

    /// Validates and inserts {@code draft} with its audit events, inside the caller's transaction.
    Integration createIn(DSLContext tx, Integration draft, Instant at, String who) {
        WriteChecks.requireNone(IntegrationValidator.validate(draft), WriteChecks.unknownPeople(draft,
                new PersonRepository(tx)));
        Integration saved = new IntegrationRepository(tx).insert(draft, at, who);
        new AuditLog(tx).append(AuditEvents.forIntegration(AuditLog.CREATE, null, saved, at, who,
                new PersonRepository(tx).nameLookup()));
        LOG.debug("{} created integration {} '{}'", who, saved.id(), saved.name());
        return saved;
    }

    Person savePersonIn(DSLContext tx, Person person, String who) {
        PersonRepository people = new PersonRepository(tx);
        if (person.managerId() != null && !people.exists(person.managerId())) {
            throw new ValidationException(List.of(new ValidationProblem("managerId",
                    "The manager (person " + person.managerId() + ") is not in the register.")));
        }
        Instant at = now();
        Optional<Person> sameEmail = people.findByEmail(person.email()).filter(other -> other.id() != person.id());
        if (sameEmail.isPresent()) {
            throw new ValidationException(List.of(new ValidationProblem("email",
                    sameEmail.get().name() + " already uses this email address.")));
        }
        if (person.id() == 0) {
            Person saved = people.insert(person, at);
            new AuditLog(tx).append(AuditEvents.forPerson(AuditLog.CREATE, null, saved, at, who));
            return saved;
        }
        Person before = people.find(person.id()).orElseThrow(() -> new RecordNotFoundException("Person", person.id()));
        Person saved = people.update(person, at, () -> lastChangedBy(tx, person.id()));
        new AuditLog(tx).append(AuditEvents.forPerson(AuditLog.UPDATE, before, saved, at, who));
        if (before.hasLeft() != saved.hasLeft()) {
            // however the flag changed (the people dialog saves the whole person), succession follows it
            new Successions(tx, at, who).personLeftOrReturned(saved);
        }
        return saved;
    }

    /// Who made the newest logged change to person `id`.
    private static String lastChangedBy(DSLContext tx, long id) {
        List<AuditEvent> history = new AuditLog(tx).forEntity(AuditLog.PERSON, id);
        return history.isEmpty() ? "someone" : history.getFirst().actor();
    }

    Instant now() {
        return DbTime.now(clock);
    }

    /// The acting name for the audit log, once the actor's stored roles grant `permission`.
    private String authorize(DSLContext tx, Permission permission) {
        return actor.authorize(tx, permission);
    }

    private Integration updateIn(DSLContext tx, String who, String action, Integration stored, Integration edited) {
        return IntegrationWrites.save(tx, who, action, stored, edited, now());
    }

    /// Equal apart from the stamp, which the UI may not carry back.
    private static boolean sameContent(Integration stored, Integration edited) {
        return stored.stored(0, 0, null, null).equals(edited.stored(0, 0, null, null));
    }

    private <T> T inTransaction(Function<DSLContext, T> work) {
        return db.dsl().transactionResult(configuration -> work.apply(configuration.dsl()));
    }
}
