package dev.steward.testing;

import dev.steward.storage.TeamAddress;
import dev.steward.storage.TeamSchema;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/// One real PostgreSQL 17 server for every team-mode test of a JVM, started by the tests themselves (zonky's
/// embedded binaries for linux-amd64, unpacked under the temp folder; as root they run inside `unshare -U`, so
/// `./mvnw25 -B verify` needs no installed server). Stopped when the JVM ends.
///
/// The server has a superuser `postgres` (trust authentication, local only) and the login {@value #OWNER}, which
/// owns every test database the way an administrator's login owns a real team register. A register initialised
/// once by {@link TeamSchema#init} is the template of each {@link #freshDatabase()}, so a fresh database costs a
/// file copy instead of running the migrations again.
public final class TeamServer {
    public static final String OWNER = "steward_owner";
    private static final String TEMPLATE = "steward_template";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TeamServer server;

    private final EmbeddedPostgres postgres;

    private TeamServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /// The server, started on first use.
    public static synchronized TeamServer get() {
        if (server == null) {
            server = start();
        }
        return server;
    }

    private static TeamServer start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    // an ungenerated LANG makes initdb fail; C.UTF-8 lowers and orders by code point, like Java
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    // commits survive a crash as they do on a real server (zonky's default is off)
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "300")
                    .start();
            TeamServer started = new TeamServer(postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM ends either way
                }
            }));
            started.createTemplate();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL for team-mode tests", e);
        }
    }

    private void createTemplate() {
        superuser("CREATE ROLE " + OWNER + " LOGIN CREATEROLE");
        superuser("CREATE DATABASE " + TEMPLATE + " OWNER " + OWNER
                + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
        // citext is a trusted extension, which the database's owner may create; schema public is the owner's
        superuser(TEMPLATE, "ALTER SCHEMA public OWNER TO " + OWNER);
        TeamSchema.init(dataSource(TEMPLATE, OWNER), address(TEMPLATE));
    }

    public int port() {
        return postgres.getPort();
    }

    /// A new database holding an empty, initialised register, owned by {@value #OWNER}.
    public TeamAddress freshDatabase() {
        String name = "team_" + DATABASES.incrementAndGet();
        superuser("CREATE DATABASE " + name + " OWNER " + OWNER + " TEMPLATE " + TEMPLATE);
        return address(name);
    }

    /// A new, empty database owned by {@value #OWNER}, with no register in it (for `team init` tests).
    public TeamAddress emptyDatabase() {
        String name = "empty_" + DATABASES.incrementAndGet();
        superuser("CREATE DATABASE " + name + " OWNER " + OWNER
                + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
        superuser(name, "ALTER SCHEMA public OWNER TO " + OWNER);
        return address(name);
    }

    /// Ends every live-update connection to `address` (as a network drop or a server restart would).
    public void dropLiveUpdateConnections(TeamAddress address) {
        superuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + address.database()
                + "' AND application_name = 'Steward live updates'");
    }

    public TeamAddress address(String database) {
        return new TeamAddress("localhost", port(), database, "disable");
    }

    /// A login role for a person, member of the given group roles (steward_reviewer, …); kept when it exists.
    public void createLogin(String name, String... groups) {
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + name + "') THEN "
                    + "CREATE ROLE \"" + name + "\" LOGIN; END IF; END $$");
            for (String group : groups) {
                s.execute("GRANT " + group + " TO \"" + name + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create login " + name, e);
        }
    }

    /// Plain JDBC into `address` as `user`, as someone with psql would connect.
    public Connection connect(TeamAddress address, String user) throws SQLException {
        return DriverManager.getConnection(url(address.database()), user, "");
    }

    public javax.sql.DataSource dataSource(String database, String user) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url(database));
        source.setUser(user);
        return source;
    }

    private String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    private void superuser(String sql) {
        superuser("postgres", sql);
    }

    private void superuser(String database, String sql) {
        try (Connection c = DriverManager.getConnection(url(database), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Setting up the team test server failed at: " + sql, e);
        }
    }
}
