package dev.steward.app.attest;

import dev.steward.model.access.PasswordHasher;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.app.export.ExportFixture;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.sample.SampleClassifications;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;
import dev.steward.service.users.UserService;

import java.time.Clock;
import java.util.Set;

/// Accounts and a classified integration for attestation tests, shared by the view-model and UI tests.
/// Hashing and key encryption use few iterations so each test stays fast.
public final class AttestTestData {
    public static final String PASSWORD = "correct horse battery";
    public static final String PASSPHRASE = "signing passphrase 42";

    /// rita reviews, mia reviews and manages (so she can be refused her own submission), max manages, otto audits.
    public final User rita;
    public final User mia;
    public final User max;
    public final User otto;
    public final UserService users;

    public AttestTestData(Database db) {
        users = new UserService(db, Clock.systemUTC(), new PasswordHasher(1_000), new PrivateKeyEncryption(1_000));
        // UI tests start signed in as an administrator the window created; reuse it rather than a second one
        User root = users.needsFirstAdmin()
                ? users.createFirstAdmin("root", "Rita Root", "IT", PASSWORD.toCharArray())
                : users.users().stream().filter(u -> u.roles().contains(Role.ADMIN)).findFirst().orElseThrow();
        rita = create(root, "rita", "Rita Reviewer", Role.REVIEWER);
        mia = create(root, "mia", "Mia Both", Role.REVIEWER, Role.MANAGER);
        max = create(root, "max", "Max Manager", Role.MANAGER);
        otto = create(root, "otto", "Otto Auditor", Role.AUDITOR);
        users.createSigningKey(mia, PASSPHRASE.toCharArray());
        users.createSigningKey(max, PASSPHRASE.toCharArray());
    }

    private User create(User admin, String username, String name, Role... roles) {
        return users.createUser(admin, username, name, "Head of " + username, Set.of(roles), PASSWORD.toCharArray());
    }

    /// Classifies an approved or active, owned sample integration with known answers, so the controls that apply are known.
    public static Integration classifiedSample(RegisterService register) {
        // approved or running, ready to submit, and without a sample attestation of its own
        Integration target = register.integrations().stream()
                .filter(i -> (i.status() == LifecycleStatus.ACTIVE || i.status() == LifecycleStatus.APPROVED)
                        && i.sponsorId() != null && i.technicalOwnerId() != null
                        && SampleClassifications.forIntegration(i.name()).map(p -> p.attestation())
                        .orElse(SampleClassifications.AttestationPlan.NONE) == SampleClassifications.AttestationPlan.NONE)
                .findFirst().orElseThrow();
        return register.classify(target.id(), target.version(), ExportFixture.ANSWERS).integration();
    }
}
