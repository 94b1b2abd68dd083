package dev.steward.testing;

import dev.steward.service.register.RegisterService;
import dev.steward.storage.Database;

import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

/// A fresh register file per test, a service acting as "alice", and three stored people.
public abstract class RegisterFixture {
    @TempDir
    public Path dir;

    public Database db;
    /// The team database of a test running on PostgreSQL, `null` for a register file.
    protected dev.steward.storage.TeamAddress teamAddress;
    public RegisterService service;
    public Person ana;
    public Person ben;
    public Person chloe;

    @BeforeEach
    public void openRegister() {
        db = openDatabase();
        service = new RegisterService(db, () -> "alice");
        ana = service.savePerson(Person.draft("Ana Pereira", "ana@example.com", "CISO", "Security"));
        ben = service.savePerson(Person.draft("Ben Okafor", "ben@example.com", "Platform lead", "IT"));
        chloe = service.savePerson(Person.draft("Chloé Martin", "chloe@example.com", null, "Support"));
    }

    /// A fresh register file; a copy of a test class that runs on PostgreSQL overrides it to return {@link #team()}.
    protected Database openDatabase() {
        return Database.open(dir.resolve("register"));
    }

    /// A fresh team register on the test server, opened as its owner (the login that ran `team init`).
    protected Database team() {
        teamAddress = TeamServer.get().freshDatabase();
        return Database.openTeam(teamAddress, TeamServer.OWNER, null);
    }

    /// The same register opened again (after {@link #db} was closed): the file again, or a new client of the
    /// same team database, so that nothing can come from a cache.
    protected Database reopenDatabase() {
        return teamAddress != null ? Database.openTeam(teamAddress, TeamServer.OWNER, null)
                : Database.open(dir.resolve("register"));
    }

    @AfterEach
    public void closeRegister() {
        db.close();
    }

    /// A service on the same register acting as someone else.
    public RegisterService actingAs(String user) {
        return new RegisterService(db, () -> user);
    }

    /// An active integration (active, so that retiring it is a move every lifecycle allows).
    public Integration createFull(String name) {
        return service.create(TestRegisters.fullyFilled(name, ana.id(), ben.id(), List.of(chloe.id(), ana.id()))
                .withStatus(LifecycleStatus.ACTIVE));
    }
}
