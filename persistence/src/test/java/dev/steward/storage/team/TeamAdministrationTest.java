package dev.steward.storage.team;

import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.service.RegisterServices;
import dev.steward.service.access.Actor;
import dev.steward.service.team.TeamAdministration;
import dev.steward.storage.AuditLog;
import dev.steward.storage.DatabaseOpenException;
import dev.steward.storage.TeamAddress;
import dev.steward.testing.TeamServer;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// What `steward team init` and `steward team add-person` do, from an empty database to a person who signs in
/// as their own login and finds their account.
class TeamAdministrationTest {
    private final TeamServer server = TeamServer.get();

    @Test
    void initThenAddPersonGivesALoginInItsGroupsAndAnAccount() throws Exception {
        TeamAddress address = server.emptyDatabase();
        TeamAdministration admin = new TeamAdministration(address, TeamServer.OWNER, null);
        assertThat(admin.init()).as("migrations applied: the team tree's V13 to V22").isEqualTo(10);
        assertThatThrownBy(admin::init).hasMessageContaining("already holds a Steward register");

        String login = "paula_" + address.database();
        User added = admin.addPerson(login, "Paula Okonkwo", "Risk manager", EnumSet.of(Role.MANAGER, Role.REVIEWER),
                "a long enough password".toCharArray());
        assertThat(added.roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.REVIEWER);

        try (Connection c = server.connect(address, TeamServer.OWNER); Statement s = c.createStatement();
             ResultSet groups = s.executeQuery("SELECT string_agg(g.rolname, ',' ORDER BY g.rolname) FROM pg_auth_members m"
                     + " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '"
                     + login + "'")) {
            groups.next();
            assertThat(groups.getString(1)).isEqualTo("steward_manager,steward_reviewer");
        }
        try (Connection c = server.connect(address, TeamServer.OWNER); Statement s = c.createStatement()) {
            // only a superuser reads the password hashes, not the owner who created the login
            assertThatThrownBy(() -> s.executeQuery("SELECT rolpassword FROM pg_authid WHERE rolname = '" + login + "'"))
                    .hasMessageContaining("permission denied");
        }
        try (RegisterServices services = RegisterServices.openTeam(address, login, null, Actor.system(() -> login),
                Clock.systemUTC(), RegisterServices.Security.production())) {
            assertThat(services.users().sessionAccount().displayName()).isEqualTo("Paula Okonkwo");
            assertThat(new AuditLog(services.database().dsl()).recent(3)).extracting(e -> e.actor())
                    .containsOnly(TeamServer.OWNER);
        }
    }

    @Test
    void aLoginWithoutAnAccountIsToldWhoAddsIt() {
        TeamAddress address = server.freshDatabase();
        server.createLogin("stranger", "steward_auditor");
        try (RegisterServices services = RegisterServices.openTeam(address, "stranger", null,
                Actor.system(() -> "stranger"), Clock.systemUTC(), RegisterServices.Security.production())) {
            assertThatThrownBy(() -> services.users().sessionAccount()).hasMessageContaining("steward team add-person");
        }
    }

    @Test
    void anUnknownLoginIsRefusedAsASignInFailure() {
        TeamAddress address = server.freshDatabase();
        assertThatThrownBy(() -> RegisterServices.openTeam(address, "nobody_here", null, Actor.system(() -> "x"),
                Clock.systemUTC(), RegisterServices.Security.production()))
                .isInstanceOfSatisfying(DatabaseOpenException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseOpenException.Reason.SIGN_IN_FAILED));
    }
}
