package dev.steward.storage;

import dev.steward.model.register.Person;
import dev.steward.storage.jooq.tables.records.PersonRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static dev.steward.storage.jooq.Tables.INTEGRATION_BACKUP_OWNER;
import static dev.steward.storage.jooq.Tables.PERSON;
import static org.jooq.impl.DSL.lower;

/// Reads and writes {@link Person} rows. Works on whatever {@link DSLContext} it is given, so the caller
/// decides the transaction (pass the context of {@code dsl.transactionResult(tx -> ...)}).
public final class PersonRepository {
    private final DSLContext ctx;

    public PersonRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /// Everyone, ordered by name ignoring case (then id, so equal names keep a stable order).
    public List<Person> findAll() {
        return ctx.selectFrom(PERSON).orderBy(lower(PERSON.NAME), PERSON.NAME, PERSON.ID)
                .fetch(PersonRepository::toPerson);
    }

    public Optional<Person> find(long id) {
        return ctx.selectFrom(PERSON).where(PERSON.ID.eq(id)).fetchOptional(PersonRepository::toPerson);
    }

    /// Person id to name, for audit text; an id no longer stored reads as "person 42".
    public LongFunction<String> nameLookup() {
        Map<Long, String> names = findAll().stream().collect(Collectors.toMap(Person::id, Person::name));
        return id -> names.getOrDefault(id, "person " + id);
    }

    /// The person with this email, ignoring case, if any.
    public Optional<Person> findByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return ctx.selectFrom(PERSON).where(lower(PERSON.EMAIL).eq(email.toLowerCase(Locale.ROOT)))
                .fetchOptional(PersonRepository::toPerson);
    }

    public boolean exists(long id) {
        return ctx.fetchExists(PERSON, PERSON.ID.eq(id));
    }

    /// Inserts an unsaved person (id 0) and returns it with its new id.
    public Person insert(Person person, Instant at) {
        if (person.id() != 0) {
            throw new IllegalArgumentException("Person " + person.id() + " is already stored");
        }
        long id = ctx.insertInto(PERSON)
                .set(PERSON.NAME, person.name())
                .set(PERSON.EMAIL, person.email())
                .set(PERSON.TITLE, person.title())
                .set(PERSON.DEPARTMENT, person.department())
                .set(PERSON.HAS_LEFT, person.hasLeft())
                .set(PERSON.MANAGER_ID, person.managerId())
                .set(PERSON.VERSION, 1L)
                .set(PERSON.CREATED_AT, DbTime.toColumn(at))
                .set(PERSON.UPDATED_AT, DbTime.toColumn(at))
                .returningResult(PERSON.ID)
                .fetchOne(PERSON.ID);
        return person.withId(id).withVersion(1);
    }

    /// Overwrites the stored person if it is still at `person.version()` (any version when that is 0), and bumps
    /// the version.
    ///
    /// @param lastChangedBy who saved the stored version, for the refusal's message (the person table keeps no name)
    /// @throws RecordNotFoundException when no person has this id
    /// @throws StaleRecordException    when someone saved it since it was read
    public Person update(Person person, Instant at, java.util.function.Supplier<String> lastChangedBy) {
        Boolean hadLeft = ctx.select(PERSON.HAS_LEFT).from(PERSON).where(PERSON.ID.eq(person.id()))
                .fetchOne(PERSON.HAS_LEFT);
        // only leaving or coming back changes a gap (a name is shown, not counted)
        DashboardTally.Change tally = DashboardTally.before(ctx, hadLeft == null || hadLeft == person.hasLeft()
                ? List.of() : holdingRoles(person.id()));
        var update = ctx.update(PERSON)
                .set(PERSON.NAME, person.name())
                .set(PERSON.EMAIL, person.email())
                .set(PERSON.TITLE, person.title())
                .set(PERSON.DEPARTMENT, person.department())
                .set(PERSON.HAS_LEFT, person.hasLeft())
                .set(PERSON.MANAGER_ID, person.managerId())
                .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .set(PERSON.UPDATED_AT, DbTime.toColumn(at))
                .where(PERSON.ID.eq(person.id()))
                .and(person.version() == 0 ? DSL.noCondition() : PERSON.VERSION.eq(person.version()));
        Long version = update.returningResult(PERSON.VERSION).fetchOptional(PERSON.VERSION).orElse(null);
        if (version != null) {
            tally.apply();
            return person.withVersion(version);
        }
        var current = ctx.select(PERSON.VERSION, PERSON.UPDATED_AT).from(PERSON).where(PERSON.ID.eq(person.id()))
                .fetchOne();
        if (current == null) {
            throw new RecordNotFoundException("Person", person.id());
        }
        throw new StaleRecordException("Person", person.id(), person.name(), person.version(),
                current.get(PERSON.VERSION), lastChangedBy.get(), DbTime.fromColumn(current.get(PERSON.UPDATED_AT)));
    }

    /// The integrations whose gaps read whether person `id` has left: those they sponsor, own or back up.
    private List<Long> holdingRoles(long id) {
        return ctx.select(INTEGRATION.ID).from(INTEGRATION)
                .where(INTEGRATION.SPONSOR_ID.eq(id).or(INTEGRATION.TECHNICAL_OWNER_ID.eq(id)))
                .union(DSL.select(INTEGRATION_BACKUP_OWNER.INTEGRATION_ID).from(INTEGRATION_BACKUP_OWNER)
                        .where(INTEGRATION_BACKUP_OWNER.PERSON_ID.eq(id)))
                .fetch(0, Long.class);
    }

    private static Person toPerson(PersonRecord r) {
        return new Person(r.getId(), r.getName(), r.getEmail(), r.getTitle(), r.getDepartment(), r.getHasLeft(),
                r.getManagerId(), r.getVersion());
    }
}
