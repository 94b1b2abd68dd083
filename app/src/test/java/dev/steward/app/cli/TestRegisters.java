package dev.steward.app.cli;

import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.storage.Database;
import dev.steward.service.register.RegisterService;

import java.nio.file.Path;
import java.util.List;

import static dev.steward.storage.jooq.Tables.AUDIT_EVENT;
import static dev.steward.storage.jooq.Tables.INTEGRATION;

/// Real register files for command tests: filled with the sample register, or with its people only (an import
/// never creates people), and what they hold, to show that a refused command wrote nothing.
final class TestRegisters {
    /// Rows in the register and in its audit log.
    record Counts(int integrations, int auditEvents) {
    }

    private TestRegisters() {
    }

    static RegisterService service(Database db) {
        return new RegisterService(db, () -> "test");
    }

    /// Creates the register at `db` with the sample data and returns its integrations.
    static List<Integration> withSampleData(Path db) {
        try (Database database = Database.open(db)) {
            service(database).loadSampleData();
            return service(database).integrations();
        }
    }

    /// Creates the register at `db` holding only the people of the sample register.
    static void withSamplePeopleOnly(Path db, Path scratch) {
        List<Person> people;
        try (Database sample = Database.open(scratch)) {
            service(sample).loadSampleData();
            people = service(sample).people();
        }
        try (Database database = Database.open(db)) {
            people.forEach(p -> service(database).savePerson(p.withId(0)));
        }
    }

    static List<Integration> integrations(Path db) {
        try (Database database = Database.open(db)) {
            return service(database).integrations();
        }
    }

    static List<Person> people(Path db) {
        try (Database database = Database.open(db)) {
            return service(database).people();
        }
    }

    static Counts counts(Path db) {
        try (Database database = Database.open(db)) {
            return new Counts(database.dsl().fetchCount(INTEGRATION), database.dsl().fetchCount(AUDIT_EVENT));
        }
    }
}
