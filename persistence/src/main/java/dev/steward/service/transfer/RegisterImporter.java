package dev.steward.service.transfer;

import dev.steward.service.access.Actor;
import dev.steward.storage.AuditEvents;
import dev.steward.storage.AuditLog;
import dev.steward.storage.ColumnLimits;
import dev.steward.storage.Database;
import dev.steward.storage.DbTime;
import dev.steward.storage.ImportBatchWriter;
import dev.steward.storage.PersonRepository;

import dev.steward.model.access.Permission;
import dev.steward.model.csv.CsvProblem;
import dev.steward.model.csv.CsvWriter;
import dev.steward.model.csv.PersonDirectory;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.csv.RegisterCsvFile;
import dev.steward.model.csv.RegisterCsvFormat;
import dev.steward.model.csv.RegisterCsvReader;
import dev.steward.model.csv.RegisterCsvRow;
import dev.steward.model.register.Integration;
import dev.steward.model.register.Person;
import dev.steward.model.validation.IntegrationValidator;
import dev.steward.model.validation.ValidationProblem;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static dev.steward.storage.jooq.Tables.PERSON;

/// Imports integrations from a register CSV in two steps: {@link #plan} reads and checks everything and writes
/// nothing; {@link #execute} writes what the plan allows, in one transaction.
///
/// Import creates integrations, and people only when asked: by default a sponsor or owner the register does not
/// know is a row problem (add them under People first); with `createPeople` they are created with the import. Progress goes to the {@link ProgressMonitor}; cancelling
/// throws {@link java.util.concurrent.CancellationException} and leaves the register as it was.
///
/// Methods block on the file and the database: call them off the UI thread.
public final class RegisterImporter {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterImporter.class);
    /// Integrations per batch of statements; also how often progress is reported and cancellation checked.
    static final int CHUNK = 200;

    private final Database db;
    private final Actor actor;
    private final Clock clock;

    /// A trusted system actor (command line, tests), recorded in the audit log as for any other change.
    public RegisterImporter(Database db, Supplier<String> actor, Clock clock) {
        this(db, Actor.system(actor), clock);
    }

    /// @param actor who is importing; a signed-in user needs {@link Permission#EDIT_INTEGRATIONS}
    public RegisterImporter(Database db, Actor actor, Clock clock) {
        this.db = db;
        this.actor = actor;
        this.clock = clock;
    }

    /// Reads and checks `csv` against the stored register: the file's own checks (see
    /// {@link RegisterCsvReader}), then names already stored and values too long for their column.
    ///
    /// @param monitor progress in bytes of the file
    /// @throws UncheckedIOException when the file cannot be read
    public ImportPlan plan(Path csv, ProgressMonitor monitor) {
        return plan(csv, false, monitor);
    }

    /// As {@link #plan(Path, ProgressMonitor)}; with `createPeople`, a sponsor or owner the register does not
    /// know is no problem but a person to create (`Name <email>`, or a name alone): see
    /// {@link ImportPlan#newPeople()}.
    public ImportPlan plan(Path csv, boolean createPeople, ProgressMonitor monitor) {
        List<Person> people = new PersonRepository(db.dsl()).findAll();
        PersonDirectory directory = new PersonDirectory(people, createPeople);
        RegisterCsvReader reader = new RegisterCsvReader(directory, LocalDate.now(clock));
        RegisterCsvFile file;
        try (InputStream in = Files.newInputStream(csv)) {
            file = reader.read(in, Files.size(csv), monitor);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv + ": " + e.getMessage(), e);
        }
        Set<String> stored = storedNames(db.dsl());
        List<RegisterCsvRow> rows = file.rows().stream().map(row -> checkAgainstStore(row, stored)).toList();
        ImportPlan plan = new ImportPlan(csv, new RegisterCsvFile(file.hadBom(), file.header(),
                file.headerProblems(), rows), directory.newcomers());
        LOG.info("Planned import of {}: {} row(s), {} to create, {} with problems, {} new people", csv,
                plan.rowCount(), plan.creates().size(), plan.rejects().size(), plan.newPeople().size());
        return plan;
    }

    /// Imports what `plan` allows in one transaction: every integration with its CREATE audit events, or nothing.
    ///
    /// Names and people are checked again inside the transaction, since the register may have changed since
    /// the plan; a row that now clashes is rejected like any other.
    ///
    /// @param rejectReport where VALID_ROWS_ONLY writes rejected rows (original values, an `error` column
    ///                     first); `null` for `<source>-rejects.csv` beside the source. Not written when no row
    ///                     is rejected, and never under ALL_OR_NOTHING.
    /// @param monitor      progress in rows
    /// @throws dev.steward.model.access.AccessDenied when the actor may not edit the register; nothing is written
    /// @throws ImportRefusedException when the header is broken, or under ALL_OR_NOTHING when any row has a
    ///                                problem; nothing is written
    /// @throws java.util.concurrent.CancellationException when cancelled; nothing is written
    public ImportResult execute(ImportPlan plan, ImportMode mode, Path rejectReport, ProgressMonitor monitor) {
        // checked first, so a refused user learns nothing about the file and no reject report is written
        actor.authorize(db.dsl(), Permission.EDIT_INTEGRATIONS);
        refuseIfNeeded(plan.file().headerProblems(), plan, ImportMode.ALL_OR_NOTHING);
        refuseIfNeeded(plan.problems(), plan, mode);
        Path reportPath = rejectReport != null ? rejectReport : defaultRejectReport(plan.source());
        Instant at = DbTime.now(clock);
        ImportResult result = db.dsl().transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            String who = actor.authorize(tx, Permission.EDIT_INTEGRATIONS);
            List<RegisterCsvRow> rows = recheck(tx, withNewPeopleStored(tx, plan, at, who), LocalDate.now(clock));
            refuseIfNeeded(rows.stream().flatMap(r -> r.problems().stream()).toList(), plan, mode);
            List<Integration> drafts = rows.stream().filter(RegisterCsvRow::isValid)
                    .map(RegisterCsvRow::integration).toList();
            ImportBatchWriter writer = new ImportBatchWriter(tx, at, who, new PersonRepository(tx).nameLookup());
            for (int from = 0; from < drafts.size(); from += CHUNK) {
                monitor.checkCancelled();
                monitor.progress(from, drafts.size());
                writer.insert(drafts.subList(from, Math.min(drafts.size(), from + CHUNK)));
            }
            monitor.checkCancelled();
            List<RegisterCsvRow> rejected = rows.stream().filter(r -> !r.isValid()).toList();
            if (!rejected.isEmpty()) {
                writeRejectReport(plan.file().header(), rejected, reportPath);
            }
            monitor.progress(drafts.size(), drafts.size());
            return new ImportResult(drafts.size(), rejected.size(), rejected.isEmpty() ? null : reportPath);
        });
        LOG.info("Imported {}: {} created, {} rejected", plan.source(), result.created(), result.rejected());
        return result;
    }

    /// Stores the plan's new people (or finds them, when someone stored the same email meanwhile) and returns
    /// the rows with the people's real ids in place of the provisional ones.
    private static List<RegisterCsvRow> withNewPeopleStored(DSLContext tx, ImportPlan plan, Instant at, String who) {
        List<Person> newPeople = plan.newPeople();
        if (newPeople.isEmpty()) {
            return plan.file().rows();
        }
        PersonRepository people = new PersonRepository(tx);
        Map<Long, Long> realIds = new HashMap<>();
        for (Person p : newPeople) {
            Person stored = Optional.ofNullable(p.email()).flatMap(people::findByEmail).orElseGet(() -> {
                Person saved = people.insert(p.withId(0), at);
                new AuditLog(tx).append(AuditEvents.forPerson(AuditLog.CREATE, null, saved, at, who));
                return saved;
            });
            realIds.put(p.id(), stored.id());
        }
        LOG.info("Import of {} created {} new people", plan.source(), newPeople.size());
        return plan.file().rows().stream().map(row -> row.integration() == null ? row
                : new RegisterCsvRow(row.line(), withPeople(row.integration(), realIds), row.problems(), row.cells()))
                .toList();
    }

    private static Integration withPeople(Integration i, Map<Long, Long> realIds) {
        java.util.function.UnaryOperator<Long> real = id -> id == null ? null : realIds.getOrDefault(id, id);
        return new Integration(i.id(), i.version(), i.name(), i.purpose(), i.vendor(), i.kind(), i.pipelineRole(),
                i.environments(), i.status(), real.apply(i.sponsorId()), real.apply(i.technicalOwnerId()),
                i.backupOwnerIds().stream().map(real).toList(), i.dataAccess(), i.tools(), i.agentLinks(),
                i.credentials(), i.revocation(), i.nextReview(), i.updatedAt(), i.updatedBy());
    }

    /// `register.csv` → `register-rejects.csv` in the same folder.
    public static Path defaultRejectReport(Path source) {
        String name = source.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return source.resolveSibling(base + "-rejects.csv");
    }

    private static void refuseIfNeeded(List<CsvProblem> problems, ImportPlan plan, ImportMode mode) {
        if (!problems.isEmpty() && mode == ImportMode.ALL_OR_NOTHING) {
            throw new ImportRefusedException("Nothing was imported from " + plan.source() + ": " + problems.size()
                    + " problem(s), the first: " + problems.getFirst(), problems);
        }
    }

    private static RegisterCsvRow checkAgainstStore(RegisterCsvRow row, Set<String> storedNames) {
        if (!row.isValid()) {
            return row;
        }
        Integration integration = row.integration();
        List<CsvProblem> problems = new ArrayList<>();
        if (storedNames.contains(key(integration.name()))) {
            problems.add(new CsvProblem(row.line(), RegisterCsvFormat.NAME, "An integration called '"
                    + integration.name() + "' is already in the register. Import only adds new integrations: "
                    + "rename the row, or edit the existing one in Steward."));
        }
        for (ValidationProblem p : ColumnLimits.check(integration)) {
            problems.add(RegisterCsvFormat.problem(row.line(), p.field(), p.message()));
        }
        return problems.isEmpty() ? row : row.rejected(problems);
    }

    /// The model rules again (secrets above all), so a plan built by hand cannot skip what parsing checks.
    private static RegisterCsvRow revalidated(RegisterCsvRow row, LocalDate today) {
        if (!row.isValid()) {
            return row;
        }
        List<CsvProblem> problems = IntegrationValidator.validate(row.integration(), today).stream()
                .map(p -> RegisterCsvFormat.problem(row.line(), p.field(), p.message())).toList();
        return problems.isEmpty() ? row : row.rejected(problems);
    }

    /// The plan's rows checked again inside the transaction, against names and people stored by now.
    private static List<RegisterCsvRow> recheck(DSLContext tx, List<RegisterCsvRow> rows, LocalDate today) {
        Set<String> stored = storedNames(tx);
        Set<Long> personIds = new HashSet<>(tx.select(PERSON.ID).from(PERSON).fetch(PERSON.ID));
        return rows.stream().map(row -> {
            RegisterCsvRow checked = checkAgainstStore(revalidated(row, today), stored);
            Integration i = checked.integration();
            if (i == null || allPeopleStored(i, personIds)) {
                return checked;
            }
            return checked.rejected(List.of(new CsvProblem(row.line(), null,
                    "A person this row names was removed from the register after the file was checked.")));
        }).toList();
    }

    private static boolean allPeopleStored(Integration i, Set<Long> personIds) {
        return (i.sponsorId() == null || personIds.contains(i.sponsorId()))
                && (i.technicalOwnerId() == null || personIds.contains(i.technicalOwnerId()))
                && personIds.containsAll(i.backupOwnerIds());
    }

    private static Set<String> storedNames(DSLContext ctx) {
        return ctx.select(INTEGRATION.NAME).from(INTEGRATION).fetch(INTEGRATION.NAME).stream()
                .map(RegisterImporter::key).collect(Collectors.toCollection(HashSet::new));
    }

    /// Names match as {@link IntegrationRepository#existsByName} matches them: ignoring case and outer blanks.
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /// The rejected rows as they were read, behind an `error` column that says what to fix. Replaces an `error`
    /// column the file already had, so a fixed reject report can be imported again and rejected again cleanly.
    private static void writeRejectReport(List<String> header, List<RegisterCsvRow> rejected, Path target) {
        int oldError = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList()
                .indexOf(RegisterCsvFormat.ERROR);
        AtomicFiles.write(target, out -> {
            CsvWriter writer = CsvWriter.utf8(out, false);
            writer.writeRow(withError(RegisterCsvFormat.ERROR, header, oldError));
            for (RegisterCsvRow row : rejected) {
                String errors = row.problems().stream().map(CsvProblem::toString).collect(Collectors.joining("\n"));
                writer.writeRow(withError(errors, row.cells(), oldError));
            }
            writer.flush();
        });
    }

    private static List<String> withError(String error, List<String> cells, int oldError) {
        List<String> result = new ArrayList<>(cells.size() + 1);
        result.add(error);
        for (int i = 0; i < cells.size(); i++) {
            if (i != oldError) {
                result.add(cells.get(i));
            }
        }
        return result;
    }
}
