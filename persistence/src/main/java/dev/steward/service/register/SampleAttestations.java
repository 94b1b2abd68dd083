package dev.steward.service.register;

import dev.steward.service.access.Actor;
import dev.steward.service.attestation.AssessedControl;
import dev.steward.service.attestation.AttestationService;
import dev.steward.service.attestation.AttestationStaleness;
import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.ClassificationRepository;
import dev.steward.storage.Database;
import dev.steward.storage.DbTime;
import dev.steward.storage.UserRepository;

import dev.steward.model.access.PasswordHasher;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.attestation.AttestationValidity;
import dev.steward.model.attestation.MaterialChange;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.sample.SampleClassifications;
import dev.steward.model.sample.SampleClassifications.AttestationPlan;
import dev.steward.model.sample.SampleClassifications.Plan;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.model.signing.SigningKeys;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/// Takes the attestations of freshly loaded sample integrations to the states {@link SampleClassifications}
/// plans, through the real {@link AttestationService}: assessed, submitted by a sample reviewer, signed or
/// returned by a sample manager, with signing dates set back for the expired and the coming-due one, and one
/// marked stale after a change.
///
/// The two sample accounts exist only as the authors of that work. Their passwords and the manager's key
/// passphrase are published in the README, so they are deactivated as soon as the work is done: a published
/// password never opens a register, and nobody can sign as the sample manager (separation of duties holds).
/// Their signatures stay valid. If an account of either name exists that the sample did not create, nothing
/// is attested; nor is anything while the register has no account at all, because sample accounts would then
/// stand in the way of creating the first administrator.
final class SampleAttestations {
    static final String REVIEWER = "sample.reviewer";
    static final String MANAGER = "sample.manager";
    static final String REVIEWER_PASSWORD = "sample-reviewer-password";
    static final String MANAGER_PASSWORD = "sample-manager-password";
    static final String MANAGER_PASSPHRASE = "sample-manager-signing-passphrase";
    private static final String REVIEWER_NAME = "Sample Reviewer";
    private static final String MANAGER_NAME = "Sample Manager";
    private static final String TITLE = "Sample account (deactivated)";
    /// The secrets above are published, so stretching them protects nothing; few iterations keep loading quick.
    private static final int PUBLISHED_SECRET_ITERATIONS = 10_000;
    /// How long before "now" the coming-due attestation lapses, well inside the dashboard's warning period.
    private static final Duration DUE_IN = Duration.ofDays(15);
    private static final Logger LOG = LoggerFactory.getLogger(SampleAttestations.class);

    private final Database db;
    private final Clock clock;
    private final String who;

    /// @param who the authorized actor who loads the sample, written to the audit log for the sample accounts
    SampleAttestations(Database db, Clock clock, String who) {
        this.db = db;
        this.clock = clock;
        this.who = who;
    }

    /// @param added the sample integrations this load added, by name; only these are attested
    /// @return how many integrations got an attestation
    int load(Map<String, Long> added) {
        List<Plan> plans = SampleClassifications.all().stream()
                .filter(p -> p.attestation() != AttestationPlan.NONE && added.containsKey(p.integrationName()))
                .toList();
        if (plans.isEmpty()) {
            return 0;
        }
        Instant now = DbTime.now(clock);
        Optional<User[]> accounts = inTransaction(tx -> openAccounts(tx, now.minus(Duration.ofDays(800))));
        if (accounts.isEmpty()) {
            LOG.warn("Sample attestations skipped: the register has no account yet, or an account named {} or {}"
                    + " exists that the sample did not create", REVIEWER, MANAGER);
            return 0;
        }
        try {
            for (Plan plan : plans) {
                attest(plan, added.get(plan.integrationName()), accounts.get()[0], accounts.get()[1], now);
            }
        } finally {
            inTransaction(tx -> closeAccounts(tx, DbTime.now(clock)));
        }
        return plans.size();
    }

    private void attest(Plan plan, long integrationId, User reviewer, User manager, Instant now) {
        RiskTier tier = new ClassificationRepository(db.dsl()).latest(integrationId).orElseThrow().riskTier();
        Duration validity = AttestationValidity.of(tier);
        switch (plan.attestation()) {
            case DRAFT -> prepare(integrationId, reviewer, now.minus(Duration.ofDays(2)), false);
            case SUBMITTED -> submit(integrationId, reviewer, now.minus(Duration.ofDays(3)));
            case RETURNED -> {
                long id = submit(integrationId, reviewer, now.minus(Duration.ofDays(8)));
                service(manager, now.minus(Duration.ofDays(6))).returnToReviewer(id,
                        "Sample: attach the latest revocation drill record before this can be signed.");
            }
            case SIGNED -> sign(integrationId, reviewer, manager, now.minus(Duration.ofDays(20)));
            case COMING_DUE -> sign(integrationId, reviewer, manager, now.minus(validity).plus(DUE_IN));
            case EXPIRED -> sign(integrationId, reviewer, manager, now.minus(validity).minus(Duration.ofDays(10)));
            case STALE -> {
                sign(integrationId, reviewer, manager, now.minus(Duration.ofDays(40)));
                Instant changed = now.minus(Duration.ofDays(5));
                inTransaction(tx -> new AttestationStaleness(tx).markStale(integrationId, List.of(new MaterialChange(
                        MaterialChange.Kind.CREDENTIALS, "changed: credentials (sample: the OAuth client was re-issued"
                        + " after signing)")), changed, REVIEWER));
            }
            case NONE -> {
                // nothing to do
            }
        }
    }

    private void sign(long integrationId, User reviewer, User manager, Instant submittedAt) {
        long id = submit(integrationId, reviewer, submittedAt);
        service(manager, submittedAt.plus(Duration.ofHours(2))).sign(id, MANAGER_PASSPHRASE.toCharArray());
    }

    private long submit(long integrationId, User reviewer, Instant at) {
        prepare(integrationId, reviewer, at.minus(Duration.ofHours(1)), true);
        return service(reviewer, at).submit(integrationId).id();
    }

    /// Opens a draft and assesses its controls: all of them, or (for a draft in progress) the first half.
    private void prepare(long integrationId, User reviewer, Instant at, boolean complete) {
        AttestationService service = service(reviewer, at);
        service.startDraft(integrationId);
        List<AssessedControl> controls = service.assessments(integrationId);
        int assess = complete ? controls.size() : controls.size() / 2;
        for (int n = 0; n < assess; n++) {
            AssessedControl c = controls.get(n);
            AssessmentStatus status = n % 4 == 3 ? AssessmentStatus.PARTIAL : AssessmentStatus.IMPLEMENTED;
            service.saveAssessment(integrationId, c.applicable().control().id(), status,
                    "Sample: checked against the configuration and the last drill.", "", c.version());
        }
    }

    private AttestationService service(User user, Instant at) {
        return new AttestationService(db, Actor.signedIn(() -> user), Clock.fixed(at, ZoneOffset.UTC), ControlCatalog.builtIn());
    }

    /// Creates the sample accounts (the manager with a signing key), or re-activates the ones an earlier
    /// load created; empty when one of the names belongs to an account the sample did not create.
    private Optional<User[]> openAccounts(DSLContext tx, Instant at) {
        UserRepository users = new UserRepository(tx);
        if (users.count() == 0) {
            return Optional.empty();
        }
        Optional<UserRepository.Row> reviewer = users.find(REVIEWER);
        Optional<UserRepository.Row> manager = users.find(MANAGER);
        if (reviewer.isPresent() && !TITLE.equals(reviewer.get().user().title())
                || manager.isPresent() && !TITLE.equals(manager.get().user().title())) {
            return Optional.empty();
        }
        PasswordHasher hasher = new PasswordHasher(PUBLISHED_SECRET_ITERATIONS);
        UserRepository.Row reviewerRow = reviewer.orElseGet(() -> create(tx, users, REVIEWER, REVIEWER_NAME,
                Role.REVIEWER, hasher.hash(REVIEWER_PASSWORD.toCharArray()), at));
        UserRepository.Row managerRow = manager.orElseGet(() -> create(tx, users, MANAGER, MANAGER_NAME,
                Role.MANAGER, hasher.hash(MANAGER_PASSWORD.toCharArray()), at));
        if (!managerRow.hasSigningKey()) {
            KeyPair keys = SigningKeys.generate();
            String fingerprint = SigningKeys.fingerprint(keys.getPublic());
            users.updateSigningKey(managerRow, SigningKeys.encodePublicKey(keys.getPublic()),
                    new PrivateKeyEncryption(PUBLISHED_SECRET_ITERATIONS).encrypt(keys.getPrivate(),
                            MANAGER_PASSPHRASE.toCharArray()), fingerprint, at);
            audit(tx, at, who, managerRow.user(), AuditLog.CREATE_SIGNING_KEY, "signingKey", null, fingerprint);
        }
        Function<String, User> active = name -> {
            UserRepository.Row row = users.find(name).orElseThrow();
            if (!row.user().active()) {
                users.updateActive(row, true, at);
                audit(tx, at, who, row.user(), AuditLog.UPDATE, "active", "false", "true");
            }
            return users.find(name).orElseThrow().user();
        };
        return Optional.of(new User[]{active.apply(reviewerRow.user().username()), active.apply(managerRow.user().username())});
    }

    private UserRepository.Row create(DSLContext tx, UserRepository users, String username, String name, Role role,
                                      String passwordHash, Instant at) {
        User saved = users.insert(new User(0, username, name, TITLE, Set.of(role), true), passwordHash, at);
        audit(tx, at, who, saved, AuditLog.CREATE, "username", null, saved.username());
        audit(tx, at, who, saved, AuditLog.CREATE, "roles", null, UserRepository.rolesText(saved.roles()));
        return users.find(username).orElseThrow();
    }

    private Void closeAccounts(DSLContext tx, Instant at) {
        UserRepository users = new UserRepository(tx);
        for (String name : List.of(REVIEWER, MANAGER)) {
            users.find(name).filter(row -> row.user().active()).ifPresent(row -> {
                users.updateActive(row, false, at);
                audit(tx, at, who, row.user(), AuditLog.DEACTIVATE, "active", "true", "false");
            });
        }
        return null;
    }

    private static void audit(DSLContext tx, Instant at, String actor, User subject, String action, String field,
                              String oldValue, String newValue) {
        new AuditLog(tx).append(List.of(new AuditEvent(0, at, actor, AuditLog.USER, subject.id(), action, field,
                oldValue, newValue)));
    }

    private <T> T inTransaction(Function<DSLContext, T> work) {
        return db.dsl().transactionResult(configuration -> work.apply(configuration.dsl()));
    }
}
