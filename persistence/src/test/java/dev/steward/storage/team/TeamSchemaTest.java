package dev.steward.storage.team;

import dev.steward.model.register.IntegrationKind;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.Database;
import dev.steward.storage.DatabaseOpenException;
import dev.steward.storage.IntegrationSummary;
import dev.steward.storage.SearchQuery;
import dev.steward.storage.TeamAddress;
import dev.steward.storage.TeamSchema;
import dev.steward.testing.TeamServer;
import dev.steward.testing.TestRegisters;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// Migrations of a team register run only when an administrator asks (`team init`, `team upgrade`), and a
/// client refuses any schema other than its own with a message that says what to do.
class TeamSchemaTest {
    private final TeamServer server = TeamServer.get();

    @Test
    void aClientRefusesAnUninitialisedDatabaseNamingTeamInit() {
        TeamAddress empty = server.emptyDatabase();

        assertThatThrownBy(() -> Database.openTeam(empty, TeamServer.OWNER, null))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.SCHEMA_MISMATCH))
                .hasMessageContaining("holds no Steward register")
                .hasMessageContaining("steward team init --db " + empty);
    }

    @Test
    void initCreatesTheRegisterOnceAndAClientThenOpensIt() {
        TeamAddress empty = server.emptyDatabase();
        var owner = server.dataSource(empty.database(), TeamServer.OWNER);

        assertThat(TeamSchema.init(owner, empty)).isPositive();
        assertThatThrownBy(() -> TeamSchema.init(owner, empty)).hasMessageContaining("already holds a Steward register");
        assertThat(TeamSchema.upgrade(owner, empty)).isZero();
        try (Database db = Database.openTeam(empty, TeamServer.OWNER, null)) {
            assertThat(db.isTeam()).isTrue();
            assertThat(db.migrationsApplied()).isZero();
        }
    }

    @Test
    void upgradeWritesTheQuickSearchTermsAgainWhenTheyAreOutdated() throws Exception {
        TeamAddress address = server.emptyDatabase();
        var owner = server.dataSource(address.database(), TeamServer.OWNER);
        TeamSchema.init(owner, address);
        long id;
        try (Database db = Database.openTeam(address, TeamServer.OWNER, null)) {
            id = new RegisterService(db, () -> TeamServer.OWNER)
                    .create(TestRegisters.minimal("Ledger bot", IntegrationKind.MCP_SERVER)).id();
        }
        // as V22 leaves them: the terms gone, no version recorded
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM integration_search_term");
            s.execute("DELETE FROM search_term_version");
        }

        TeamSchema.upgrade(owner, address);

        try (Database db = Database.openTeam(address, TeamServer.OWNER, null)) {
            assertThat(new RegisterService(db, () -> TeamServer.OWNER).search(SearchQuery.ALL.withText("ledg"), 0, 10)
                    .rows()).extracting(IntegrationSummary::id).containsExactly(id);
        }
    }

    @Test
    void aClientRefusesASchemaNewerThanItKnows() throws Exception {
        TeamAddress address = server.freshDatabase();
        try (Connection c = server.connect(address, TeamServer.OWNER); Statement s = c.createStatement()) {
            s.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) VALUES (99, '" + (TeamSchema.VERSION + 7)
                    + "', 'from the future', 'SQL', 'V20__x.sql', 'someone', 1, TRUE)");
        }

        assertThatThrownBy(() -> Database.openTeam(address, TeamServer.OWNER, null))
                .isInstanceOf(DatabaseOpenException.class)
                .hasMessageContaining("schema version " + (TeamSchema.VERSION + 7) + ", newer than this Steward knows");
        assertThatThrownBy(() -> TeamSchema.upgrade(server.dataSource(address.database(), TeamServer.OWNER), address))
                .hasMessageContaining("newer than this Steward knows");
    }

    @Test
    void theVersionConstantIsTheNewestMigrationFile() throws Exception {
        Path folder = Path.of("src/main/resources/db/postgresql");
        try (Stream<Path> files = Files.list(folder)) {
            int newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(TeamSchema.VERSION).isEqualTo(newest);
        }
    }
}
