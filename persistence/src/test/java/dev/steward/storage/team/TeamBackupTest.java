package dev.steward.storage.team;

import dev.steward.model.controls.ControlCatalog;
import dev.steward.service.access.Actor;
import dev.steward.service.attestation.AttestationService;
import dev.steward.service.audit.CheckpointService;
import dev.steward.service.audit.LogVerification;
import dev.steward.service.backup.Backups;
import dev.steward.service.users.UserService;
import dev.steward.storage.BackupException;
import dev.steward.storage.Database;
import dev.steward.storage.StoredAttestation;
import dev.steward.storage.TeamAddress;
import dev.steward.storage.TeamFileCopy;
import dev.steward.testing.AttestationFixture;
import dev.steward.testing.TeamServer;
import dev.steward.testing.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// `steward backup` and `steward restore` of a team register: the zip of a register file made from it, restored
/// into an empty team register (and, being a register backup, also restorable as a file).
class TeamBackupTest extends AttestationFixture {
    private static final List<String> TABLES = List.of("person", "integration", "classification", "app_user",
            "signing_key", "control_assessment", "attestation", "audit_event", "audit_checkpoint", "evidence",
            "setting", "integration_search_term");
    private TeamAddress team;
    private StoredAttestation signed;

    @BeforeEach
    void aTeamRegisterWithASignedAttestation() {
        StoredAttestation submitted = submittedBy(rita);
        signed = as(max).sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray());
        team = TeamServer.get().freshDatabase();
        TeamFileCopy.intoTeam(db, team, TeamServer.OWNER, null, UserService.TEAM_LOGIN);
    }

    @Test
    void aBackupRestoresIntoAnEmptyTeamRegisterWhole() throws Exception {
        Path zip = Backups.backupTeam(team, TeamServer.OWNER, null, dir.resolve("team.zip"), false);
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().map(e -> e.getName()).toList()).singleElement()
                    .satisfies(name -> assertThat(name).endsWith(".mv.db"));
        }
        Map<String, Long> original = countsIn(team);

        TeamAddress restoredTo = TeamServer.get().freshDatabase();
        Backups.restoreTeam(zip, restoredTo, TeamServer.OWNER, null, null);

        assertThat(countsIn(restoredTo)).isEqualTo(original);
        try (Database restored = Database.openTeam(restoredTo, TeamServer.OWNER, null)) {
            LogVerification log = new CheckpointService(restored).verify(Map.of());
            assertThat(log.holds()).as(log.toString()).isTrue();
            assertThat(new AttestationService(restored, Actor.signedIn(() -> otto), clock, ControlCatalog.builtIn(), 1024)
                    .verify(signed.id()).valid()).isTrue();
        }
        assertThatThrownBy(() -> Backups.restoreTeam(zip, restoredTo, TeamServer.OWNER, null, null))
                .isInstanceOf(BackupException.class).hasMessageContaining("is not empty");
    }

    @Test
    void aTeamBackupIsAlsoARegisterBackup() {
        Path zip = Backups.backupTeam(team, TeamServer.OWNER, null, dir.resolve("team.zip"), false);
        Backups.restore(zip, dir.resolve("as-file"), false);
        try (Database file = Database.open(dir.resolve("as-file"))) {
            assertThat(counts(file)).isEqualTo(countsIn(team));
            assertThat(new CheckpointService(file).verify(Map.of()).holds()).isTrue();
        }
    }

    @Test
    void anExistingZipIsNotReplaced() {
        Path zip = Backups.backupTeam(team, TeamServer.OWNER, null, dir.resolve("team.zip"), false);
        assertThatThrownBy(() -> Backups.backupTeam(team, TeamServer.OWNER, null, zip, false))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.TARGET_EXISTS));
    }

    private static Map<String, Long> countsIn(TeamAddress address) {
        try (Database database = Database.openTeam(address, TeamServer.OWNER, null)) {
            return counts(database);
        }
    }

    private static Map<String, Long> counts(Database database) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, (long) database.dsl().fetchCount(database.dsl().selectFrom(table)));
        }
        return counts;
    }
}
