package dev.steward.service.transfer;

import dev.steward.storage.Database;
import dev.steward.storage.IntegrationRepository;
import dev.steward.storage.PersonRepository;

import dev.steward.model.csv.PersonDirectory;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.csv.RegisterCsvWriter;
import dev.steward.model.register.Integration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/// Exports integrations as a register CSV (docs/csv-format.md).
///
/// The caller passes the integrations to write (the register window passes its filtered, sorted list), or
/// uses {@link #exportAll}. People are read once for the owner columns. Methods block: call them off the UI
/// thread; progress is in rows, and cancelling throws {@link java.util.concurrent.CancellationException}.
public final class RegisterExporter {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterExporter.class);

    private final Database db;

    public RegisterExporter(Database db) {
        this.db = db;
    }

    /// Writes `integrations` to `target` atomically: a failed or cancelled export leaves any existing file as
    /// it was.
    ///
    /// @param withBom start with a UTF-8 byte order mark, which Excel needs to show accents correctly
    /// @throws java.io.UncheckedIOException when the file cannot be written
    public void export(List<Integration> integrations, Path target, boolean withBom, ProgressMonitor monitor) {
        AtomicFiles.write(target, out -> export(integrations, out, withBom, monitor));
        LOG.info("Exported {} integration(s) to {}", integrations.size(), target);
    }

    /// Writes `integrations` to `out` and flushes it, without closing it. A cancelled export leaves a partial
    /// file in `out`; prefer the {@link Path} variant for files.
    public void export(List<Integration> integrations, OutputStream out, boolean withBom, ProgressMonitor monitor)
            throws IOException {
        PersonDirectory people = new PersonDirectory(new PersonRepository(db.dsl()).findAll());
        new RegisterCsvWriter(people).write(integrations, out, withBom, monitor);
    }

    /// Every integration, retired ones included, ordered by name.
    public void exportAll(Path target, boolean withBom, ProgressMonitor monitor) {
        export(new IntegrationRepository(db.dsl()).findAll(), target, withBom, monitor);
    }
}
