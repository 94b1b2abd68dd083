package dev.steward.app.transfer;

import dev.steward.app.concurrent.ProgressTracker;
import dev.steward.app.concurrent.Tasks;
import dev.steward.app.concurrent.UiExecutor;
import dev.steward.app.dialog.DialogService;
import dev.steward.app.dialog.FileKind;
import dev.steward.app.dialog.SaveTarget;
import dev.steward.app.i18n.Messages;
import dev.steward.app.register.RegisterViewModel;
import dev.steward.model.csv.CsvProblem;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.SearchQuery;
import dev.steward.service.access.Actor;
import dev.steward.service.transfer.AttestationRegisterExporter;
import dev.steward.service.attestation.AttestationSummary;
import dev.steward.service.RegisterServices;
import dev.steward.service.transfer.ImportMode;
import dev.steward.service.transfer.ImportPlan;
import dev.steward.service.transfer.ImportRefusedException;
import dev.steward.service.transfer.ImportResult;
import dev.steward.service.transfer.RegisterExporter;
import dev.steward.service.transfer.RegisterImporter;
import dev.steward.model.register.Person;
import dev.steward.service.register.RegisterService;
import dev.steward.storage.SearchQuery;
import dev.steward.service.access.Actor;
import dev.steward.service.transfer.AttestationRegisterExporter;
import dev.steward.service.attestation.AttestationSummary;
import dev.steward.storage.Database;
import dev.steward.service.transfer.ImportMode;
import dev.steward.service.transfer.ImportPlan;
import dev.steward.service.transfer.ImportRefusedException;
import dev.steward.service.transfer.ImportResult;
import dev.steward.service.transfer.RegisterExporter;
import dev.steward.service.transfer.RegisterImporter;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/// CSV export and import of the register, as background jobs with progress and cancel in the status bar.
///
/// Export writes what the table shows (search and column filters applied). Import reads and checks the whole
/// file first and writes nothing until the user has seen every problem and chosen; the write itself is one
/// transaction, so a cancel or an error leaves the register as it was.
public final class TransferViewModel {
    /// How many of the people an import would add are named in its question; the rest are counted.
    static final int NEW_PEOPLE_LISTED = 12;
    static final FileKind CSV = new FileKind(Messages.get("file.csv"), List.of("*.csv"));
    static final FileKind CSV_EXCEL = new FileKind(Messages.get("file.csvExcel"), List.of("*.csv"));

    private final RegisterViewModel register;
    private final Supplier<RegisterServices> services;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final ProgressTracker progress;

    /// @param services the open register's services, `null` while none is open; they act for the window's
    ///                 user, whose roles the importer checks
    public TransferViewModel(RegisterViewModel register, Supplier<RegisterServices> services,
                             UiExecutor executor, DialogService dialogs, ProgressTracker progress) {
        this.register = register;
        this.services = services;
        this.executor = executor;
        this.dialogs = dialogs;
        this.progress = progress;
    }

    /// Asks where to save, then writes the integrations {@code shown} matches, in its order, as CSV (UTF-8; with
    /// a BOM when "CSV for Excel" is picked): the table's rows with its search, filters and sort.
    public void exportCsv(SearchQuery shown) {
        export("export.csv.title", "steward-register.csv",
                Messages.format("export.csv.running", register.matchCountProperty().get()), "export.csv.done",
                (db, path, bom, monitor) -> db.exporter().exportMatching(shown, path, bom, monitor));
    }

    /// Asks where to save, then writes the attestation register (each integration's newest attestation: state,
    /// who submitted, returned or signed it and when, expiry) as CSV; the same file as `steward export --what
    /// attestations`.
    public void exportAttestationsCsv() {
        export("export.attestations.title", "steward-attestations.csv",
                Messages.get("export.attestations.running"), "export.attestations.done",
                (db, path, bom, monitor) -> {
                    AttestationRegisterExporter exporter = db.attestationRegister();
                    List<AttestationSummary> rows = exporter.rows();
                    exporter.export(rows, path, bom, monitor);
                    return rows.size();
                });
    }

    /// Writes one CSV file and says how many records it holds.
    @FunctionalInterface
    private interface CsvWrite {
        int write(RegisterServices db, Path path, boolean bom, ProgressMonitor monitor) throws Exception;
    }

    /// The shared export flow: asks where to save (CSV, or CSV with a BOM for Excel), then runs `write` in the
    /// background with progress and Cancel in the status bar, and announces `doneKey` with the count and file.
    private void export(String titleKey, String fileName, String running, String doneKey, CsvWrite write) {
        RegisterServices db = services.get();
        if (db == null || progress.runningProperty().get()) {
            return;
        }
        Optional<SaveTarget> target = dialogs.chooseFileToSave(Messages.get(titleKey), fileName, List.of(CSV, CSV_EXCEL));
        if (target.isEmpty()) {
            return;
        }
        Path path = target.get().path();
        boolean bom = target.get().kind().equals(CSV_EXCEL);
        ProgressMonitor monitor = progress.start(running);
        Tasks.longJob(() -> write.write(db, path, bom, monitor))
                .onSuccess(count -> register.announce(Messages.format(doneKey, count, path)))
                .onFailure(error -> failed("export.csv.cancelled", "export.csv.failed", error))
                .andFinally(progress::finish)
                .onCancel(progress::cancel)
                .on(executor);
    }

    /// Asks for a file, checks it, shows any problems, and imports what the user agrees to.
    public void importCsv() {
        RegisterServices db = services.get();
        if (db == null || progress.runningProperty().get()) {
            return;
        }
        Optional<Path> file = dialogs.chooseFileToOpen(Messages.get("import.csv.title"), CSV);
        if (file.isEmpty()) {
            return;
        }
        RegisterImporter importer = db.importer();
        // planned as if creating the people it names, so the user can be asked whether to (as --create-people)
        plan(importer, file.get(), true, plan -> decideOnPeople(importer, plan));
    }

    /// Checks `file` in the background with progress and Cancel, then hands the plan on.
    private void plan(RegisterImporter importer, Path file, boolean createPeople, Consumer<ImportPlan> then) {
        ProgressMonitor monitor = progress.start(Messages.format("import.csv.reading", file.getFileName()));
        Tasks.longJob(() -> importer.plan(file, createPeople, monitor))
                .onSuccess(plan -> {
                    progress.finish();
                    then.accept(plan);
                })
                .onFailure(error -> {
                    progress.finish();
                    failed("import.csv.cancelled", "import.csv.failed", error);
                })
                .onCancel(progress::cancel)
                .on(executor);
    }

    /// When the file names people the register does not know, asks whether to add them with the import; if not,
    /// the file is checked again without them, and the rows naming them are refused as before.
    private void decideOnPeople(RegisterImporter importer, ImportPlan plan) {
        List<Person> newPeople = plan.newPeople();
        if (newPeople.isEmpty()) {
            decide(importer, plan);
            return;
        }
        String names = newPeople.stream().limit(NEW_PEOPLE_LISTED)
                .map(p -> "• " + p.name() + (p.email() == null ? "" : " <" + p.email() + ">"))
                .collect(java.util.stream.Collectors.joining("\n"))
                + (newPeople.size() > NEW_PEOPLE_LISTED ? "\n" + Messages.format("import.csv.newPeople.more",
                newPeople.size() - NEW_PEOPLE_LISTED) : "");
        if (dialogs.confirm(Messages.get("import.csv.newPeople.title"), Messages.format("import.csv.newPeople.message",
                String.valueOf(plan.source().getFileName()), newPeople.size(), names))) {
            decide(importer, plan);
            return;
        }
        plan(importer, plan.source(), false, withoutPeople -> decide(importer, withoutPeople));
    }

    private void decide(RegisterImporter importer, ImportPlan plan) {
        String name = String.valueOf(plan.source().getFileName());
        if (!plan.headerProblems().isEmpty()) {
            dialogs.showError(Messages.get("import.csv.failed"),
                    Messages.format("import.csv.badHeader", name, describe(plan.headerProblems())));
            return;
        }
        int valid = plan.createCount();
        ImportMode mode;
        if (plan.hasProblems()) {
            if (!dialogs.reviewImportProblems(name, valid, plan.problems()) || valid == 0) {
                register.announce(Messages.format("import.csv.nothingWritten", name));
                return;
            }
            mode = ImportMode.VALID_ROWS_ONLY;
        } else if (valid == 0) {
            dialogs.showInfo(Messages.get("import.csv.title"), Messages.format("import.csv.empty", name));
            return;
        } else if (dialogs.confirm(Messages.get("import.csv.title"), Messages.format("import.csv.confirm", valid, name))) {
            mode = ImportMode.ALL_OR_NOTHING;
        } else {
            return;
        }
        ProgressMonitor monitor = progress.start(Messages.format("import.csv.writing", valid));
        Tasks.longJob(() -> importer.execute(plan, mode, null, monitor))
                .onSuccess(result -> {
                    progress.finish();
                    imported(result);
                })
                .onFailure(error -> {
                    progress.finish();
                    failed("import.csv.cancelled", "import.csv.failed", error);
                })
                .onCancel(progress::cancel)
                .on(executor);
    }

    private void imported(ImportResult result) {
        register.reload();
        String text = result.rejected() == 0
                ? Messages.format("import.csv.done", result.created())
                : Messages.format("import.csv.doneWithRejects", result.created(), result.rejected(), result.rejectReport());
        register.announce(text);
        dialogs.showInfo(Messages.get("import.csv.title"), text);
    }

    private void failed(String cancelledKey, String failedKey, Throwable error) {
        if (error instanceof CancellationException) {
            register.announce(Messages.get(cancelledKey));
        } else {
            dialogs.showFailure(Messages.get(failedKey), error);
        }
    }

    private static String describe(List<CsvProblem> problems) {
        return problems.stream().limit(20).map(CsvProblem::toString).collect(Collectors.joining("\n"));
    }
}
