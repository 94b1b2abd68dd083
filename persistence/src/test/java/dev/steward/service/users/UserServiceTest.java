package dev.steward.service.users;

import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import dev.steward.testing.SteppingClock;
import dev.steward.testing.TestUsers;

import dev.steward.model.access.AccessDenied;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.signing.SigningKeys;
import dev.steward.model.validation.ValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserServiceTest {
    @TempDir
    Path dir;
    Database db;
    UserService users;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("register"));
        users = TestUsers.service(db, new SteppingClock(Instant.parse("2026-03-01T09:00:00Z")));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void firstAdminOnlyWhileNoAccountExists() {
        assertThat(users.needsFirstAdmin()).isTrue();
        User admin = TestUsers.admin(users);

        assertThat(admin.roles()).containsExactly(Role.ADMIN);
        assertThat(users.needsFirstAdmin()).isFalse();
        assertThatThrownBy(() -> users.createFirstAdmin("eve", "Eve", null, TestUsers.PASSWORD.toCharArray()))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("already exists");
        assertThat(users.users()).extracting(User::username).containsExactly("root");
    }

    @Test
    void theFirstAdminAndFurtherRolesAreOneWrite() {
        assertThatThrownBy(() -> users.createFirstAdmin("ada", "Ada", null, Set.of(Role.REVIEWER),
                TestUsers.PASSWORD.toCharArray())).isInstanceOf(IllegalArgumentException.class);
        assertThat(users.needsFirstAdmin()).isTrue();

        User admin = users.createFirstAdmin("ada", "Ada", null, Set.of(Role.ADMIN, Role.REVIEWER),
                TestUsers.PASSWORD.toCharArray());
        assertThat(admin.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.REVIEWER);
        assertThat(users.user("ada").orElseThrow().roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.REVIEWER);
    }

    @Test
    void authenticateGivesTheSameMessageForUnknownUserAndWrongPassword() {
        User admin = TestUsers.admin(users);
        TestUsers.create(users, admin, "Ana", Role.REVIEWER);

        assertThat(users.authenticate(" ANA ", TestUsers.PASSWORD.toCharArray()).username()).isEqualTo("ana");
        Throwable wrong = catchThrowable(() -> users.authenticate("ana", "not the password".toCharArray()));
        Throwable unknown = catchThrowable(() -> users.authenticate("nobody", TestUsers.PASSWORD.toCharArray()));
        assertThat(wrong).isInstanceOf(AuthenticationException.class);
        assertThat(unknown).isInstanceOf(AuthenticationException.class).hasMessage(wrong.getMessage());
    }

    @Test
    void deactivatedUserIsRefusedAndLastAdminIsProtected() {
        User admin = TestUsers.admin(users);
        TestUsers.create(users, admin, "ben", Role.MANAGER);

        users.deactivate(admin, "ben");

        assertThatThrownBy(() -> users.authenticate("ben", TestUsers.PASSWORD.toCharArray()))
                .isInstanceOf(AuthenticationException.class).hasMessageContaining("deactivated");
        assertThatThrownBy(() -> users.deactivate(admin, "root"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("last active administrator");
        assertThatThrownBy(() -> users.updateRoles(admin, "root", Set.of(Role.AUDITOR)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void onlyAdminsManageUsersAndDeniedCallsWriteNothing() {
        User admin = TestUsers.admin(users);
        User reviewer = TestUsers.create(users, admin, "ana", Role.REVIEWER, Role.MANAGER);
        int events = auditRows();

        assertThatThrownBy(() -> TestUsers.create(users, reviewer, "mallory", Role.ADMIN))
                .isInstanceOf(AccessDenied.class).hasMessageContaining("Administrator");
        assertThatThrownBy(() -> users.updateRoles(reviewer, "ana", Set.of(Role.ADMIN)))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> users.deactivate(reviewer, "root")).isInstanceOf(AccessDenied.class);
        // A User object claiming ADMIN is checked against the stored account, not trusted.
        User forged = new User(reviewer.id(), "ana", "Ana", "", Set.of(Role.ADMIN), true);
        assertThatThrownBy(() -> users.deactivate(forged, "root")).isInstanceOf(AccessDenied.class);

        assertThat(users.users()).hasSize(2);
        assertThat(users.user("ana").orElseThrow().roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.MANAGER);
        assertThat(auditRows()).isEqualTo(events);
    }

    @Test
    void rolesChangeIsAuditedWithTheActingAdmin() {
        User admin = TestUsers.admin(users);
        TestUsers.create(users, admin, "ana", Role.REVIEWER);

        User changed = users.updateRoles(admin, "ana", Set.of(Role.REVIEWER, Role.AUDITOR));

        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.AUDITOR);
        AuditEvent event = new AuditLog(db.dsl()).forEntity(AuditLog.USER, changed.id()).getFirst();
        assertThat(event.actor()).isEqualTo("root");
        assertThat(event.oldValue()).isEqualTo("REVIEWER");
        assertThat(event.newValue()).isEqualTo("AUDITOR,REVIEWER");
    }

    @Test
    void passwordsFollowThePolicyAndNeverReachTheDatabaseOrLog() {
        User admin = TestUsers.admin(users);
        assertThatThrownBy(() -> users.createUser(admin, "ana", "Ana", null, Set.of(Role.REVIEWER), "short".toCharArray()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("at least 12");
        TestUsers.create(users, admin, "ana", Role.REVIEWER);

        users.changePassword("ana", TestUsers.PASSWORD.toCharArray(), "a brand new passphrase".toCharArray());

        assertThat(users.authenticate("ana", "a brand new passphrase".toCharArray()).username()).isEqualTo("ana");
        assertThatThrownBy(() -> users.authenticate("ana", TestUsers.PASSWORD.toCharArray()))
                .isInstanceOf(AuthenticationException.class);
        assertThat(allText()).doesNotContain(TestUsers.PASSWORD, "a brand new passphrase");
        assertThat(db.dsl().fetchValue("SELECT password_hash FROM app_user WHERE username = 'ana'").toString())
                .startsWith("pbkdf2-sha256$1000$");
    }

    @Test
    void signingKeyIsStoredEncryptedAndItsFingerprintLogged() {
        User admin = TestUsers.admin(users);
        User manager = TestUsers.create(users, admin, "ben", Role.MANAGER);
        User auditor = TestUsers.create(users, admin, "carol", Role.AUDITOR);

        String fingerprint = users.createSigningKey(manager, TestUsers.PASSPHRASE.toCharArray());

        assertThat(users.publicKeyOf(manager)).get().extracting(SigningKeys::fingerprint).isEqualTo(fingerprint);
        assertThat(db.dsl().fetchValue("SELECT encrypted_private_key FROM app_user WHERE username = 'ben'").toString())
                .startsWith("stw-key-v1$");
        assertThat(allText()).doesNotContain(TestUsers.PASSPHRASE);
        assertThat(new AuditLog(db.dsl()).forEntity(AuditLog.USER, manager.id()).getFirst().newValue())
                .isEqualTo(fingerprint);
        assertThatThrownBy(() -> users.createSigningKey(auditor, TestUsers.PASSPHRASE.toCharArray()))
                .isInstanceOf(AccessDenied.class);
        assertThat(users.publicKeyOf(auditor)).isEmpty();
    }

    private int auditRows() {
        return db.dsl().fetchCount(db.dsl().selectFrom("audit_event"));
    }

    /// Every text column of the tables that could leak a secret, concatenated.
    private String allText() {
        List<String> parts = db.dsl().fetch("SELECT CONCAT_WS('|', actor, field, old_value, new_value) FROM audit_event")
                .map(r -> r.get(0, String.class));
        return String.join("\n", parts) + db.dsl().fetch("SELECT * FROM app_user").formatCSV();
    }

    private static Throwable catchThrowable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        return org.assertj.core.api.Assertions.catchThrowable(call);
    }
}
