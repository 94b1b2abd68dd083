package dev.steward.service;

import dev.steward.service.settings.SettingsService;
import dev.steward.service.access.Actor;
import dev.steward.model.access.PasswordHasher;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.service.attestation.AffirmationService;
import dev.steward.service.attestation.AttestationService;
import dev.steward.service.audit.CheckpointService;
import dev.steward.service.campaign.CampaignReports;
import dev.steward.service.campaign.CampaignService;
import dev.steward.service.campaign.SuccessionService;
import dev.steward.service.audit.KeyListService;
import dev.steward.service.discovery.DiscoveryService;
import dev.steward.service.register.RegisterService;
import dev.steward.service.transfer.AttestationRegisterExporter;
import dev.steward.service.transfer.RegisterExporter;
import dev.steward.service.transfer.RegisterImporter;
import dev.steward.service.users.UserService;
import dev.steward.storage.Database;
import dev.steward.storage.Engine;
import dev.steward.storage.TeamAddress;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/// The composition root of the workflows: one open register and every service over it, each built once.
///
/// The desktop app and the command line open a register through here and then only call services; neither
/// reaches storage itself. Every service acts for the same {@link Actor}, so "who is this" has one answer
/// per open register: the signed-in account, checked against its stored roles on every call.
public final class RegisterServices implements AutoCloseable {
    private final Database db;
    private final Actor actor;
    private final RegisterService register;
    private final AttestationService attestations;
    private final UserService users;
    private final SettingsService settings;
    private final RegisterImporter importer;
    private final RegisterExporter exporter;
    private final AttestationRegisterExporter attestationRegister;
    private final CheckpointService checkpoints;
    private final KeyListService keyList;
    private final DiscoveryService discovery;
    private final AffirmationService affirmations;
    private final CampaignService campaigns;
    private final SuccessionService successions;

    /// How accounts are protected: production strength by default; tests pass cheap settings.
    ///
    /// @param hasher        password hashing
    /// @param keyEncryption encryption of private signing keys under a manager's passphrase
    public record Security(PasswordHasher hasher, PrivateKeyEncryption keyEncryption) {
        public Security {
            Objects.requireNonNull(hasher, "hasher");
            Objects.requireNonNull(keyEncryption, "keyEncryption");
        }

        public static Security production() {
            return new Security(new PasswordHasher(), new PrivateKeyEncryption());
        }
    }

    private RegisterServices(Database db, Actor actor, Clock clock, Security security) {
        this.db = db;
        this.actor = actor;
        this.register = new RegisterService(db, actor, clock);
        this.attestations = new AttestationService(db, actor, clock, ControlCatalog.builtIn());
        this.users = new UserService(db, clock, security.hasher(), security.keyEncryption());
        this.settings = new SettingsService(db, actor, clock);
        this.importer = new RegisterImporter(db, actor, clock);
        this.exporter = new RegisterExporter(db);
        this.attestationRegister = new AttestationRegisterExporter(db);
        this.checkpoints = new CheckpointService(db, clock, security.keyEncryption());
        this.keyList = new KeyListService(db, clock, security.keyEncryption());
        this.discovery = new DiscoveryService(db, actor, clock, register);
        this.affirmations = new AffirmationService(db, actor, clock, security.keyEncryption());
        this.campaigns = new CampaignService(db, actor, clock, attestations,
                new CampaignReports(security.keyEncryption()));
        this.successions = new SuccessionService(db, actor, clock);
    }

    /// Opens (creating if needed) the register at `location` and builds its services.
    ///
    /// @param passphrase `null` for an unencrypted register; the caller may clear it afterwards
    /// @throws dev.steward.storage.DatabaseOpenException when it is in use, encrypted, damaged or cannot be migrated
    public static RegisterServices open(Path location, char[] passphrase, Actor actor, Clock clock, Security security) {
        Database db = Database.open(location, passphrase);
        try {
            return new RegisterServices(db, actor, clock, security);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /// Opens the team register at `address` as the login `login` (`password` `null` when the server asks none).
    /// The database takes the audit actor from the session, so `actor` must write as `login` (a system actor
    /// named after it, or the signed-in account of that login).
    ///
    /// @throws dev.steward.storage.DatabaseOpenException when the server refuses the login or holds no register of
    ///                                                   this build's schema
    public static RegisterServices openTeam(TeamAddress address, String login, char[] password, Actor actor,
                                            Clock clock, Security security) {
        Database db = Database.openTeam(address, login, password);
        try {
            return new RegisterServices(db, actor, clock, security);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /// True when `register` names a team database (`postgresql://host:port/database`) rather than a file.
    public static boolean isTeam(Path register) {
        return TeamAddress.isTeam(register.toString());
    }

    /// Calls `changed` (with the writer's login) when someone else commits a change to this team register, and
    /// `reconnected` when the live-update connection came back after a drop (notices may have been missed:
    /// refresh everything). Both run on a background thread. Closing the handle stops it; for a register file,
    /// which nobody else writes, nothing is ever called.
    public AutoCloseable watchChanges(java.util.function.Consumer<String> changed, Runnable reconnected) {
        return db.listen(new dev.steward.storage.TeamChanges.Listener() {
            @Override
            public void changed(String by) {
                changed.accept(by);
            }

            @Override
            public void reconnected() {
                reconnected.run();
            }
        });
    }

    /// True for a team register on a PostgreSQL server.
    public boolean isTeam() {
        return db.isTeam();
    }

    /// With production account security and the system clock.
    public static RegisterServices open(Path location, char[] passphrase, Actor actor) {
        return open(location, passphrase, actor, Clock.systemUTC(), Security.production());
    }

    /// Over a register opened elsewhere (tests and tools that prepare storage themselves); closing these
    /// services closes it.
    public static RegisterServices over(Database db, Actor actor, Clock clock, Security security) {
        return new RegisterServices(db, actor, clock, security);
    }

    /// The file or place the register named `register` lives in.
    public static Path locationOf(Path register) {
        return Engine.forRegister(register).locationOf(register);
    }

    /// True when the register at `register` exists and is encrypted, so it needs a passphrase to open.
    public static boolean isEncrypted(Path register) {
        return Engine.forRegister(register).isEncrypted(register);
    }

    /// True when `error` says the register was busy with another writer (a lock not had in time): the user
    /// should be told to try again, not shown the engine's words.
    public static boolean isBusy(Throwable error) {
        return Engine.isBusy(error);
    }

    public Actor actor() {
        return actor;
    }

    public RegisterService register() {
        return register;
    }

    public AttestationService attestations() {
        return attestations;
    }

    public UserService users() {
        return users;
    }

    public SettingsService settings() {
        return settings;
    }

    public RegisterImporter importer() {
        return importer;
    }

    public RegisterExporter exporter() {
        return exporter;
    }

    public AttestationRegisterExporter attestationRegister() {
        return attestationRegister;
    }

    /// Signed checkpoints of the audit chain head, and verification of the log against them.
    public CheckpointService checkpoints() {
        return checkpoints;
    }

    /// The administrator-signed list of the register's signing keys, for offline verification.
    public KeyListService keyList() {
        return keyList;
    }

    /// Integrations found in configuration files and identity exports, reconciled with the register.
    public DiscoveryService discovery() {
        return discovery;
    }

    /// A manager's key unlocked to affirm an export of a signed attestation (CycloneDX declarations).
    public AffirmationService affirmations() {
        return affirmations;
    }

    /// Recertification campaigns, their decisions, revocation tasks and signed completion reports.
    public CampaignService campaigns() {
        return campaigns;
    }

    /// Confirmation of the successors proposed when people leave.
    public SuccessionService successions() {
        return successions;
    }

    /// Where the register lives, as shown to users.
    public Path location() {
        return db.location();
    }

    /// Schema migrations applied when this register was opened (more than 0 for an older register).
    public int migrationsApplied() {
        return db.migrationsApplied();
    }

    /// The storage beneath, for tests and tools that prepare data beside the services. Application code
    /// never calls this (ArchUnit keeps the app away from storage).
    public Database database() {
        return db;
    }

    @Override
    public void close() {
        db.close();
    }
}
