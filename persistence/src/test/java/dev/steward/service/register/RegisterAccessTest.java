package dev.steward.service.register;

import dev.steward.service.access.Actor;
import dev.steward.service.transfer.ImportMode;
import dev.steward.service.transfer.ImportPlan;
import dev.steward.service.transfer.RegisterImporter;
import dev.steward.service.users.UserService;
import dev.steward.storage.Database;
import dev.steward.testing.SteppingClock;
import dev.steward.testing.TestAnswers;
import dev.steward.testing.TestRegisters;
import dev.steward.testing.TestUsers;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.csv.RegisterCsvFormat;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.Person;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;
import static dev.steward.storage.jooq.Tables.CLASSIFICATION;
import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static dev.steward.storage.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// Roles are enforced by the register service itself: a refused call throws {@link AccessDenied} and
/// leaves every row and the audit log exactly as they were.
class RegisterAccessTest {
    @TempDir
    Path dir;
    Database db;
    UserService users;
    User admin;
    User reviewer;
    User auditor;
    final AtomicReference<User> signedIn = new AtomicReference<>();
    RegisterService service;
    Integration stored;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("register"));
        users = TestUsers.service(db, new SteppingClock(Instant.parse("2026-03-01T09:00:00Z")));
        admin = TestUsers.admin(users);
        reviewer = TestUsers.create(users, admin, "rev", Role.REVIEWER);
        auditor = TestUsers.create(users, admin, "aud", Role.AUDITOR);
        service = new RegisterService(db, Actor.signedIn(signedIn::get));
        signedIn.set(reviewer);
        stored = service.create(TestRegisters.minimal("Ticket summariser", IntegrationKind.ASSISTANT_COPILOT));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aReviewerWritesUnderTheirOwnUsername() {
        Integration saved = service.update(stored.withStatus(dev.steward.model.register.LifecycleStatus.IN_REVIEW));

        assertThat(saved.updatedBy()).isEqualTo("rev");
        assertThat(service.history(stored.id())).allSatisfy(e -> assertThat(e.actor()).isEqualTo("rev"));
    }

    @Test
    void anAuditorIsRefusedEveryWriteAndNothingChanges() throws IOException {
        signedIn.set(auditor);
        Person person = new Person(0, "Ana Pereira", "ana@example.com", "", "", false);
        Path csv = Files.writeString(dir.resolve("one.csv"), String.join(",", RegisterCsvFormat.columns()) + "\r\n"
                + "Imported,Summarises tickets,Acme,ASSISTANT_COPILOT,,PRODUCTION,PROPOSED,,,,CRM|READ,,,,,,,,,,,\r\n",
                StandardCharsets.UTF_8);
        RegisterImporter importer = new RegisterImporter(db, Actor.signedIn(signedIn::get), Clock.systemUTC());
        ImportPlan plan = importer.plan(csv, ProgressMonitor.NONE);
        String before = counts();

        refused(() -> service.create(TestRegisters.minimal("Another", IntegrationKind.ASSISTANT_COPILOT)));
        refused(() -> service.update(stored.withStatus(dev.steward.model.register.LifecycleStatus.IN_REVIEW)));
        refused(() -> service.retire(stored.id(), stored.version()));
        refused(() -> service.classify(stored.id(), stored.version(), TestAnswers.of(TestAnswers.readOnlyCopilot())));
        refused(() -> service.savePerson(person));
        refused(() -> service.loadSampleData());
        refused(() -> importer.execute(plan, ImportMode.VALID_ROWS_ONLY, null, ProgressMonitor.NONE));

        assertThat(counts()).isEqualTo(before);
        assertThat(RegisterImporter.defaultRejectReport(csv)).doesNotExist();
        assertThat(service.integrations()).hasSize(1);
    }

    @Test
    void rolesAreReadFromTheStoredAccountOnEveryCall() {
        users.updateRoles(admin, "rev", Set.of(Role.AUDITOR));

        // the window still holds the user as signed in, with the reviewer role it had then
        assertThatThrownBy(() -> service.retire(stored.id(), stored.version())).isInstanceOf(AccessDenied.class);
        assertThat(service.integration(stored.id()).orElseThrow().isRetired()).isFalse();
    }

    @Test
    void nobodySignedInMayNotWrite() {
        signedIn.set(null);

        assertThatThrownBy(() -> service.loadSampleData()).isInstanceOf(AccessDenied.class)
                .hasMessageContaining("Nobody is signed in");
        assertThat(service.people()).isEmpty();
    }

    @Test
    void administratorsAndManagersDoNotEditTheRegister() {
        signedIn.set(admin);
        refused(() -> service.retire(stored.id(), stored.version()));
        signedIn.set(TestUsers.create(users, admin, "man", Role.MANAGER));
        refused(() -> service.retire(stored.id(), stored.version()));
    }

    private static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDenied.class).hasMessageContaining("Reviewer");
    }

    private String counts() {
        return db.dsl().fetchCount(INTEGRATION) + "/" + db.dsl().fetchCount(PERSON) + "/"
                + db.dsl().fetchCount(CLASSIFICATION) + "/" + db.dsl().fetchCount(AUDIT_EVENT);
    }
}
