package dev.steward.storage.team;

import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.signing.PrivateKeyEncryption;
import dev.steward.service.access.Actor;
import dev.steward.service.attestation.AttestationService;
import dev.steward.service.audit.CheckpointService;
import dev.steward.service.audit.LogVerification;
import dev.steward.service.users.UserService;
import dev.steward.storage.AuditLog;
import dev.steward.storage.Database;
import dev.steward.storage.StoredAttestation;
import dev.steward.storage.TeamAddress;
import dev.steward.storage.TeamFileCopy;
import dev.steward.testing.AttestationFixture;
import dev.steward.testing.TeamServer;
import dev.steward.testing.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// `steward team import-register`: a register file with people, a classified integration, accounts with keys,
/// a signed attestation and a signed checkpoint, moved into an empty team register on a real PostgreSQL.
class TeamRegisterImportTest extends AttestationFixture {
    private static final List<String> TABLES = List.of("person", "integration", "classification", "app_user",
            "signing_key", "control_assessment", "attestation", "audit_event", "audit_checkpoint",
            "integration_search_term");

    @Test
    void aSignedRegisterArrivesWholeAndStillVerifies() {
        StoredAttestation submitted = submittedBy(rita);
        StoredAttestation signed = as(max).sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray());
        new CheckpointService(db, clock, new PrivateKeyEncryption(1_000)).checkpoint(max,
                TestUsers.PASSPHRASE.toCharArray());
        Map<String, Long> inFile = counts(db);
        TeamAddress address = TeamServer.get().freshDatabase();

        Map<String, Long> copied = TeamFileCopy.intoTeam(db, address, TeamServer.OWNER, null, UserService.TEAM_LOGIN);

        assertThat(copied).containsAllEntriesOf(inFile);
        try (Database team = Database.openTeam(address, TeamServer.OWNER, null)) {
            assertThat(counts(team)).isEqualTo(inFile);
            LogVerification log = new CheckpointService(team).verify(Map.of());
            assertThat(log.holds()).as(log.toString()).isTrue();
            assertThat((long) log.checkpoints()).isEqualTo(inFile.get("audit_checkpoint")).isGreaterThanOrEqualTo(1);
            assertThat((long) new AuditLog(team.dsl()).verifyChain().entriesChecked()).isEqualTo(inFile.get("audit_event"));
            AttestationService inTeam = new AttestationService(team, Actor.signedIn(() -> otto), clock,
                    ControlCatalog.builtIn(), 1024);
            assertThat(inTeam.verify(signed.id()).valid()).isTrue();
            assertThat(((Number) team.dsl().fetchValue("SELECT COUNT(*) FROM app_user WHERE password_hash <> '"
                    + UserService.TEAM_LOGIN + "'")).longValue()).isZero();
            long nextPerson = ((Number) team.dsl().fetchValue("INSERT INTO person (name, created_at, updated_at) "
                    + "VALUES ('New', now(), now()) RETURNING id")).longValue();
            assertThat(nextPerson).as("ids continue after the copied ones").isGreaterThan(chloe.id());
        }
    }

    @Test
    void aSecondImportIsRefusedAndWritesNothing() {
        TeamAddress address = TeamServer.get().freshDatabase();
        TeamFileCopy.intoTeam(db, address, TeamServer.OWNER, null, UserService.TEAM_LOGIN);
        Map<String, Long> before;
        try (Database team = Database.openTeam(address, TeamServer.OWNER, null)) {
            before = counts(team);
        }

        assertThatThrownBy(() -> TeamFileCopy.intoTeam(db, address, TeamServer.OWNER, null, UserService.TEAM_LOGIN))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not empty").hasMessageContaining("row(s) in person")
                .hasMessageContaining("steward team init");
        try (Database team = Database.openTeam(address, TeamServer.OWNER, null)) {
            assertThat(counts(team)).isEqualTo(before);
        }
    }

    private static Map<String, Long> counts(Database database) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String table : TABLES) {
            counts.put(table, (long) database.dsl().fetchCount(database.dsl().selectFrom(table)));
        }
        return counts;
    }
}
