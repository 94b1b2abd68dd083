package dev.steward.testing;

import dev.steward.service.access.Actor;
import dev.steward.service.attestation.AttestationService;
import dev.steward.service.register.RegisterService;
import dev.steward.service.users.UserService;
import dev.steward.storage.StoredAttestation;

import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.register.Integration;
import org.junit.jupiter.api.BeforeEach;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/// A register with one classified, active integration and an account per role:
/// rita (reviewer), max (manager, with a key), mia (reviewer and manager, with a key), otto (auditor).
public abstract class AttestationFixture extends RegisterFixture {
    public final SteppingClock clock = new SteppingClock(Instant.parse("2026-04-01T08:00:00.123456789Z"));
    public final AtomicReference<User> acting = new AtomicReference<>();
    public UserService users;
    public AttestationService attestations;
    public User rita;
    public User max;
    public User mia;
    public User otto;
    public Integration integration;

    @BeforeEach
    public void createAccountsAndIntegration() {
        users = TestUsers.service(db, clock);
        User root = TestUsers.admin(users);
        rita = TestUsers.create(users, root, "rita", Role.REVIEWER);
        max = TestUsers.create(users, root, "max", Role.MANAGER);
        mia = TestUsers.create(users, root, "mia", Role.REVIEWER, Role.MANAGER);
        otto = TestUsers.create(users, root, "otto", Role.AUDITOR);
        users.createSigningKey(max, TestUsers.PASSPHRASE.toCharArray());
        users.createSigningKey(mia, TestUsers.PASSPHRASE.toCharArray());
        attestations = new AttestationService(db, Actor.signedIn(acting::get), clock, ControlCatalog.builtIn(), 1024);
        service = new RegisterService(db, () -> "rita", clock);
        Integration created = createFull("Ticket agent");
        integration = service.classify(created.id(), created.version(), TestAnswers.of(TestAnswers.readOnlyCopilot()))
                .integration();
    }

    /// Runs as `user` from now on.
    public AttestationService as(User user) {
        acting.set(user);
        return attestations;
    }

    /// Assesses every applicable control as implemented, as `rita`.
    public void assessAll() {
        as(rita).assessments(integration.id()).forEach(a -> attestations.saveAssessment(integration.id(),
                a.applicable().control().id(), AssessmentStatus.IMPLEMENTED, null, "in place", a.version()));
    }

    /// A draft with every control assessed, submitted by `reviewer`.
    public StoredAttestation submittedBy(User reviewer) {
        assessAll();
        as(reviewer).startDraft(integration.id());
        return attestations.submit(integration.id());
    }

    public int rows(String table) {
        return db.dsl().fetchCount(db.dsl().selectFrom(table));
    }

    public String column(String query) {
        Object value = db.dsl().fetchValue(query);
        return value == null ? null : value.toString();
    }
}
