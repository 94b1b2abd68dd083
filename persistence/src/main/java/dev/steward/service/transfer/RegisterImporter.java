package dev.steward.service.transfer;

import dev.steward.storage.RegisterBusyException;
import dev.steward.storage.ImportBatches;
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
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static dev.steward.storage.jooq.Tables.PERSON;
import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static dev.steward.storage.jooq.Tables.PERSON;
import static org.jooq.impl.DSL.noCondition;

/// Imports integrations from a register CSV in two steps: {@link #plan} reads and checks everything and writes
/// nothing; {@link #execute} reads the file again and writes what the plan allows as one import batch
/// ({@link ImportBatches}): committed chunks that nobody sees until the whole batch is published at once.
///
/// Neither step holds the file's rows: each streams the file in chunks of {@link #CHUNK} rows, so memory stays
/// small whatever the size (the names seen so far are kept, to find repeats). No transaction lasts longer than
/// one chunk, so other people's saves go on while a large import runs.
///
/// Import only creates integrations. People are never created: a sponsor or owner the register does not know
/// is a row problem (add them under People first). Progress goes to the {@link ProgressMonitor}; cancelling
/// throws {@link java.util.concurrent.CancellationException} and leaves the register as it was, as does any
/// failure, and a crash part way (the next open removes the unpublished rows).
///
/// Methods block on the file and the database: call them off the UI thread.
public final class RegisterImporter {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterImporter.class);
    /// Integrations per chunk: per transaction, and how often progress is reported and cancellation checked.
    public static final int CHUNK = 500;
    /// How often (in rows) a large import logs its progress.
    public static final int LOG_EVERY = 50_000;
    /// Imports of at least this many rows have the register compacted when it closes: their chunks leave the
    /// file many times its live size (see {@link Database#compactOnClose()}).
    public static final int COMPACT_AFTER_ROWS = 10_000;
    /// The rest of the register, beside a batch's own rows.
    private static final dev.steward.storage.jooq.tables.Integration OTHER = INTEGRATION.as("other");

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
    /// {@link ImportPlan#newPeople()}. Their ids in the plan are provisional (negative).
    public ImportPlan plan(Path csv, boolean createPeople, ProgressMonitor monitor) {
        Counts counts = new Counts();
        Set<Long> personIds = personIds();
        Pass pass = read(csv, monitor, createPeople, chunk -> counts.add(check(db.dsl(), chunk, null, personIds)));
        ImportPlan plan = new ImportPlan(csv, pass.sha256(), pass.file().header(), pass.file().headerProblems(),
                counts.rows, counts.valid, counts.problems, counts.problemCount, pass.newcomers());
        LOG.info("Planned import of {}: {} row(s), {} to create, {} with problems, {} new people", csv,
                plan.rowCount(), plan.createCount(), plan.rejectCount(), plan.newPeople().size());
        return plan;
    }

    /// Imports what `plan` allows as one batch: every integration with its CREATE audit event, or nothing.
    ///
    /// The file is read again and each chunk is checked again before it is written, against names and people
    /// stored by then; a row that now clashes is rejected like any other. A name saved by someone else while the
    /// import ran refuses the whole import at the end, before anything becomes visible.
    ///
    /// @param rejectReport where VALID_ROWS_ONLY writes rejected rows (original values, an `error` column
    ///                     first); `null` for `<source>-rejects.csv` beside the source. Not written when no row
    ///                     is rejected, and never under ALL_OR_NOTHING.
    /// @param monitor      progress in rows (writing the rows, then their audit events); cancellable until every
    ///                     row is written and checked
    /// @throws dev.steward.model.access.AccessDenied when the actor may not edit the register; nothing is written
    /// @throws ImportRefusedException when the header is broken, under ALL_OR_NOTHING when any row has a
    ///                                problem, or when the file changed since the plan; nothing is written
    /// @throws java.util.concurrent.CancellationException when cancelled; nothing is written
    public ImportResult execute(ImportPlan plan, ImportMode mode, Path rejectReport, ProgressMonitor monitor) {
        // checked first, so a refused user learns nothing about the file and no reject report is written
        String who = actor.authorize(db.dsl(), Permission.EDIT_INTEGRATIONS);
        refuseIfNeeded(plan.headerProblems(), plan, ImportMode.ALL_OR_NOTHING);
        refuseIfNeeded(plan.problems(), plan, mode);
        Path reportPath = rejectReport != null ? rejectReport : defaultRejectReport(plan.source());
        Instant at = DbTime.now(clock);
        storeNewPeople(plan, at, who);
        long batch = ImportBatches.begin(db.dsl(), plan.source().toString(), who, at, at);
        if (plan.createCount() >= COMPACT_AFTER_ROWS) {
            // asked before writing: a large import that fails or is cancelled leaves the same slack behind
            db.compactOnClose();
        }
        Staged staged;
        try {
            staged = stage(plan, mode, batch, at, who, reportPath, monitor);
        } catch (RuntimeException | Error e) {
            discardQuietly(batch, e);
            throw e;
        }
        int total = staged.created();
        try {
            ImportBatches.finish(db.bulkDsl(), db.dsl(), batch, done -> monitor.progress(total + done, 2L * total));
        } catch (RuntimeException e) {
            // past the point of no return: the rows stay hidden and the next open finishes the batch
            LOG.warn("Import batch {} of {} was written but not finished; the next open finishes it", batch,
                    plan.source(), e);
            throw new IllegalStateException("All " + total + " rows of " + plan.source() + " were written, but "
                    + "writing their audit entries was interrupted" + (e instanceof RegisterBusyException
                    ? " because the register stayed busy" : "") + ". The import appears, complete, the next time "
                    + "the register is opened.", e);
        }
        monitor.progress(2L * total, 2L * total);
        ImportResult result = new ImportResult(total, staged.rejected(), staged.rejected() == 0 ? null : reportPath);
        LOG.info("Imported {}: {} created, {} rejected (batch {})", plan.source(), result.created(),
                result.rejected(), batch);
        return result;
    }

    /// Writes the batch's rows in committed chunks and checks the batch as a whole; the reject report is in
    /// place once this returns. From the check's commit on, the batch is finished rather than removed.
    private Staged stage(ImportPlan plan, ImportMode mode, long batch, Instant at, String who, Path reportPath,
                         ProgressMonitor monitor) {
        RejectReport report = mode == ImportMode.VALID_ROWS_ONLY ? new RejectReport(plan.header(), reportPath) : null;
        try {
            int[] created = {0};
            int[] rejected = {0};
            Set<Long> personIds = personIds();
            // the people the plan would create are stored by now, so the rows name them by their real ids
            Pass pass = read(plan.source(), ProgressMonitor.NONE, false, chunk -> {
                monitor.checkCancelled();
                List<RegisterCsvRow> rows = check(db.dsl(), chunk, batch, personIds);
                List<Integration> drafts = new ArrayList<>(rows.size());
                for (RegisterCsvRow row : rows) {
                    if (row.isValid()) {
                        drafts.add(row.integration());
                    } else {
                        refuseIfNeeded(row.problems(), plan, mode);
                        report.add(row);
                        rejected[0]++;
                    }
                }
                monitor.progress(created[0], 2L * plan.createCount());
                db.bulkDsl().transaction(c -> new ImportBatchWriter(c.dsl(), at, who, batch).insert(drafts));
                created[0] += drafts.size();
                if (created[0] % LOG_EVERY < drafts.size()) {
                    LOG.info("Import batch {}: {} of {} rows written", batch, created[0], plan.createCount());
                }
            });
            monitor.checkCancelled();
            if (!pass.sha256().equals(plan.sha256())) {
                throw new ImportRefusedException("Nothing was imported from " + plan.source() + ": the file changed "
                        + "after it was checked. Import it again.", List.of(new CsvProblem(0, null,
                        "The file changed after it was checked.")));
            }
            db.dsl().transaction(c -> {
                DSLContext tx = c.dsl();
                refuseTakenNames(tx, batch, plan);
                ImportBatches.sealed(tx, batch, created[0]);
            });
            // still removed completely if this fails: no audit event of the batch is written yet
            if (report != null && rejected[0] > 0) {
                report.publish();
            }
            return new Staged(created[0], rejected[0]);
        } finally {
            if (report != null) {
                report.close();
            }
        }
    }

    private record Staged(int created, int rejected) {
    }

    /// Refuses the batch when an integration saved since its chunk was checked (by someone else, or another
    /// import published meanwhile) has the name of one of its rows.
    private static void refuseTakenNames(DSLContext tx, long batch, ImportPlan plan) {
        String taken = tx.select(INTEGRATION.NAME).from(INTEGRATION)
                .join(OTHER).on(OTHER.NAME.eq(INTEGRATION.NAME).and(OTHER.ID.ne(INTEGRATION.ID)))
                .where(INTEGRATION.IMPORT_BATCH_ID.eq(batch))
                .and(OTHER.IMPORT_BATCH_ID.isNull().or(OTHER.IMPORT_BATCH_ID.ne(batch)))
                .limit(1).fetchOne(INTEGRATION.NAME);
        if (taken != null) {
            String message = "An integration called '" + taken + "' was saved while the import ran.";
            throw new ImportRefusedException("Nothing was imported from " + plan.source() + ": " + message
                    + " Import the file again to see every clash.", List.of(new CsvProblem(0,
                    RegisterCsvFormat.NAME, message)));
        }
    }

    /// Stores the people the plan would create (each once, with its audit event), before any row is written.
    /// They stay when the import is then refused or cancelled: a person with no integration yet is harmless,
    /// and the next import finds them by email.
    private void storeNewPeople(ImportPlan plan, Instant at, String who) {
        if (plan.newPeople().isEmpty()) {
            return;
        }
        db.dsl().transaction(c -> {
            DSLContext tx = c.dsl();
            PersonRepository people = new PersonRepository(tx);
            for (Person p : plan.newPeople()) {
                if (p.email() != null && people.findByEmail(p.email()).isPresent()) {
                    continue;
                }
                Person saved = people.insert(p.withId(0), at);
                new AuditLog(tx).append(AuditEvents.forPerson(AuditLog.CREATE, null, saved, at, who));
            }
        });
        LOG.info("Import of {} created {} new people", plan.source(), plan.newPeople().size());
    }

    private void discardQuietly(long batch, Throwable cause) {
        try {
            ImportBatches.discard(db.bulkDsl(), batch);
        } catch (RuntimeException e) {
            // the next open removes it; the original failure is what the user needs to hear
            cause.addSuppressed(e);
            LOG.warn("Could not remove import batch {} now; it is removed when the register is next opened", batch, e);
        }
    }

    /// One read of the file: its header, and its content hash.
    private record Pass(RegisterCsvFile file, String sha256, List<Person> newcomers) {
    }

    /// Streams `csv` through the reader, handing rows to `chunks` {@link #CHUNK} at a time.
    private Pass read(Path csv, ProgressMonitor monitor, boolean createPeople, Consumer<List<RegisterCsvRow>> chunks) {
        List<Person> people = new PersonRepository(db.dsl()).findAll();
        PersonDirectory directory = new PersonDirectory(people, createPeople);
        RegisterCsvReader reader = new RegisterCsvReader(directory, LocalDate.now(clock));
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(new BufferedInputStream(Files.newInputStream(csv)), digest)) {
            List<RegisterCsvRow> chunk = new ArrayList<>(CHUNK);
            RegisterCsvFile file = reader.stream(in, Files.size(csv), monitor, row -> {
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    chunks.accept(List.copyOf(chunk));
                    chunk.clear();
                }
            });
            if (!chunk.isEmpty()) {
                chunks.accept(List.copyOf(chunk));
            }
            in.transferTo(OutputStream.nullOutputStream());
            return new Pass(file, HexFormat.of().formatHex(digest.digest()), directory.newcomers());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + csv + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /// What {@link #plan} keeps of the rows: counts and the first problems.
    private static final class Counts {
        int rows;
        int valid;
        int problemCount;
        final List<CsvProblem> problems = new ArrayList<>();

        void add(List<RegisterCsvRow> chunk) {
            for (RegisterCsvRow row : chunk) {
                rows++;
                if (row.isValid()) {
                    valid++;
                }
                for (CsvProblem p : row.problems()) {
                    problemCount++;
                    if (problems.size() < ImportPlan.MAX_PROBLEMS_KEPT) {
                        problems.add(p);
                    }
                }
            }
        }
    }

    /// The ids of the people stored now, read once per pass (a register has far fewer people than rows).
    private Set<Long> personIds() {
        return new HashSet<>(db.dsl().select(PERSON.ID).from(PERSON).fetch(PERSON.ID));
    }

    /// The rows of `chunk` checked against the stored register: names stored (except rows of `ownBatch`, when
    /// given), people stored when the pass began, and column limits.
    private static List<RegisterCsvRow> check(DSLContext ctx, List<RegisterCsvRow> chunk, Long ownBatch,
                                              Set<Long> personIds) {
        List<String> names = chunk.stream().filter(RegisterCsvRow::isValid).map(r -> r.integration().name().strip())
                .toList();
        Set<String> stored = new HashSet<>();
        if (!names.isEmpty()) {
            // the column ignores case (V8), so IN finds every spelling through its index
            Condition notOwn = ownBatch == null ? noCondition()
                    : INTEGRATION.IMPORT_BATCH_ID.isNull().or(INTEGRATION.IMPORT_BATCH_ID.ne(ownBatch));
            ctx.select(INTEGRATION.NAME).from(INTEGRATION).where(INTEGRATION.NAME.in(names)).and(notOwn)
                    .fetch(INTEGRATION.NAME).forEach(n -> stored.add(key(n)));
        }
        return chunk.stream().map(row -> {
            RegisterCsvRow checked = checkAgainstStore(row, stored);
            Integration i = checked.integration();
            if (i == null || allPeopleStored(i, personIds)) {
                return checked;
            }
            return checked.rejected(List.of(new CsvProblem(row.line(), null,
                    "A person this row names was removed from the register after the file was checked.")));
        }).toList();
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

    /// A negative id is a person the import itself is to create (`createPeople`), not one that was removed.
    private static boolean allPeopleStored(Integration i, Set<Long> personIds) {
        return stored(i.sponsorId(), personIds) && stored(i.technicalOwnerId(), personIds)
                && i.backupOwnerIds().stream().allMatch(id -> stored(id, personIds));
    }

    private static boolean stored(Long id, Set<Long> personIds) {
        return id == null || id < 0 || personIds.contains(id);
    }

    /// Names match as {@link IntegrationRepository#existsByName} matches them: ignoring case and outer blanks.
    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /// The rejected rows as they were read, behind an `error` column that says what to fix, written as they come
    /// to a temporary file beside the target and moved over it at the end. Replaces an `error` column the file
    /// already had, so a fixed reject report can be imported again and rejected again cleanly.
    private static final class RejectReport implements AutoCloseable {
        private final Path target;
        private final int oldError;
        private final Path temp;
        private final OutputStream out;
        private final CsvWriter writer;

        RejectReport(List<String> header, Path target) {
            this.target = target.toAbsolutePath();
            this.oldError = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList()
                    .indexOf(RegisterCsvFormat.ERROR);
            try {
                Files.createDirectories(this.target.getParent());
                temp = Files.createTempFile(this.target.getParent(), "." + this.target.getFileName(), ".tmp");
                out = new BufferedOutputStream(Files.newOutputStream(temp));
                writer = CsvWriter.utf8(out, false);
                writer.writeRow(withError(RegisterCsvFormat.ERROR, header, oldError));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
            }
        }

        void add(RegisterCsvRow row) {
            String errors = row.problems().stream().map(CsvProblem::toString).collect(Collectors.joining("\n"));
            try {
                writer.writeRow(withError(errors, row.cells(), oldError));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
            }
        }

        /// Moves the finished report over the target.
        void publish() {
            try {
                writer.flush();
                out.close();
                AtomicFiles.move(temp, target);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
            }
        }

        /// Removes the temporary file if it was not published.
        @Override
        public void close() {
            try {
                out.close();
            } catch (IOException ignored) {
                // closing a file that is then deleted
            }
            AtomicFiles.deleteQuietly(temp);
        }
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
