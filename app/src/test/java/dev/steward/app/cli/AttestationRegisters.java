package dev.steward.app.cli;

import dev.steward.service.RegisterServices;

import dev.steward.service.access.Actor;
import dev.steward.model.access.PasswordHasher;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.register.Integration;
import dev.steward.model.sample.SampleAnswers;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.service.attestation.AttestationService;
import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import dev.steward.service.users.UserService;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/// A real register with accounts and attestations, made through the same services as the app: rita (reviewer)
/// submits, max (manager) signs, otto is an auditor and ada only an administrator (with a signing key, for key
/// lists and checkpoints). One integration's attestation
/// is signed, another's only submitted.
final class AttestationRegisters {
    static final String PASSWORD = "correct horse battery";
    static final String PASSPHRASE = "signing passphrase 42";

    /// @param signed        id of the signed attestation
    /// @param submitted     id of an attestation that awaits signature
    /// @param fingerprint   max's signing key fingerprint
    /// @param adminFingerprint ada's signing key fingerprint (she signs key lists and checkpoints)
    record Register(Path db, long signed, String signedIntegration, long submitted, String fingerprint,
                    String adminFingerprint) {
    }

    private AttestationRegisters() {
    }

    /// Password hashing with the few iterations the accounts here were made with, as the CLI under test uses.
    /// As few iterations as the test accounts were made with.
    static final RegisterServices.Security SECURITY =
            new RegisterServices.Security(new PasswordHasher(1_000), new PrivateKeyEncryption(1_000));

    static UserService users(Database db) {
        return new UserService(db, Clock.systemUTC(), SECURITY.hasher(), SECURITY.keyEncryption());
    }

    static Register create(Path path) {
        try (Database db = Database.open(path)) {
            RegisterService register = new RegisterService(db, () -> "rita");
            register.loadSampleData();
            // Submission needs a sponsor and a technical owner; not every sample integration has both.
            List<Integration> integrations = register.integrations().stream()
                    .filter(i -> i.sponsorId() != null && i.technicalOwnerId() != null).toList();
            UserService users = users(db);
            User root = users.createFirstAdmin("ada", "Ada Admin", "IT", PASSWORD.toCharArray());
            User rita = create(users, root, "rita", "Rita Reviewer", Role.REVIEWER);
            User max = create(users, root, "max", "Max Manager", Role.MANAGER);
            create(users, root, "otto", "Otto Auditor", Role.AUDITOR);
            String fingerprint = users.createSigningKey(max, PASSPHRASE.toCharArray());
            String adminFingerprint = users.createSigningKey(root, PASSPHRASE.toCharArray());
            AtomicReference<User> acting = new AtomicReference<>(rita);
            AttestationService attestations = new AttestationService(db, Actor.signedIn(acting::get), Clock.systemUTC(),
                    ControlCatalog.builtIn());
            Integration first = classified(register, integrations.get(0));
            Integration second = classified(register, integrations.get(1));
            long signed = submit(attestations, first);
            long submitted = submit(attestations, second);
            acting.set(max);
            attestations.sign(signed, PASSPHRASE.toCharArray());
            return new Register(path, signed, first.name(), submitted, fingerprint, adminFingerprint);
        }
    }

    private static User create(UserService users, User admin, String username, String name, Role role) {
        return users.createUser(admin, username, name, "Title of " + username, Set.of(role), PASSWORD.toCharArray());
    }

    private static Integration classified(RegisterService register, Integration integration) {
        return register.classify(integration.id(), integration.version(),
                SampleAnswers.answers(SampleAnswers.readOnlyCopilot())).integration();
    }

    /// Assesses every applicable control as implemented and submits, as the reviewer.
    private static long submit(AttestationService attestations, Integration integration) {
        attestations.assessments(integration.id()).forEach(a -> attestations.saveAssessment(integration.id(),
                a.applicable().control().id(), AssessmentStatus.IMPLEMENTED, null, "in place", a.version()));
        attestations.startDraft(integration.id());
        return attestations.submit(integration.id()).id();
    }
}
