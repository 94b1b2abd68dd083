package dev.steward.app.ui;

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

/// The app tests' own real PostgreSQL 17 (zonky's embedded binaries), started once per JVM, as the persistence
/// tests' `TeamServer` does; kept to what window tests need (a fresh initialised register and logins) because
/// test classes are not shared between modules. Authentication is `trust`: logins sign in without a password.
final class TeamTestServer {
    static final String OWNER = "steward_owner";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TeamTestServer server;

    private final EmbeddedPostgres postgres;

    private TeamTestServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized TeamTestServer get() {
        if (server == null) {
            try {
                EmbeddedPostgres started = EmbeddedPostgres.builder()
                        .setLocaleConfig("locale", "C.UTF-8")
                        .setLocaleConfig("encoding", "UTF8")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        started.close();
                    } catch (IOException ignored) {
                        // the JVM ends either way
                    }
                }));
                server = new TeamTestServer(started);
                server.superuser("postgres", "CREATE ROLE " + OWNER + " LOGIN CREATEROLE");
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for team-mode UI tests", e);
            }
        }
        return server;
    }

    /// A new database owned by {@value #OWNER} holding an empty, initialised register.
    TeamAddress freshRegister() {
        TeamAddress address = emptyDatabase();
        PGSimpleDataSource owner = new PGSimpleDataSource();
        owner.setURL(url(address.database()));
        owner.setUser(OWNER);
        TeamSchema.init(owner, address);
        return address;
    }

    /// A new database owned by {@value #OWNER} without a register (nobody ran `steward team init`).
    TeamAddress emptyDatabase() {
        String name = "ui_team_" + DATABASES.incrementAndGet();
        superuser("postgres", "CREATE DATABASE " + name + " OWNER " + OWNER
                + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'");
        superuser(name, "ALTER SCHEMA public OWNER TO " + OWNER);
        return new TeamAddress("localhost", postgres.getPort(), name, "disable");
    }

    /// A login role member of the given group roles (steward_reviewer, …); kept when it exists.
    void createLogin(String name, String... groups) {
        superuser("postgres", "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + name
                + "') THEN CREATE ROLE \"" + name + "\" LOGIN; END IF; END $$");
        for (String group : groups) {
            superuser("postgres", "GRANT " + group + " TO \"" + name + "\"");
        }
    }

    private String url(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
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
