package dev.steward.service.transfer;

import dev.steward.storage.Database;
import dev.steward.storage.IntegrationRepository;
import dev.steward.storage.PersonRepository;
import dev.steward.storage.RegisterSearch;
import dev.steward.storage.SearchQuery;

import dev.steward.model.csv.PersonDirectory;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.model.csv.RegisterCsvWriter;
import dev.steward.model.register.Integration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jooq.DSLContext;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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

    /// Writes every integration `query` matches, in its order, to `target` atomically, reading them a batch at
    /// a time: memory stays bounded whatever the register's size (only the matching ids are held, 8 bytes each).
    /// The rows are read in one transaction, so the file is one consistent state of the register.
    ///
    /// @return how many integrations were written
    public int exportMatching(SearchQuery query, Path target, boolean withBom, ProgressMonitor monitor) {
        int[] written = new int[1];
        AtomicFiles.write(target, out -> written[0] = exportMatching(query, out, withBom, monitor));
        LOG.info("Exported {} integration(s) to {}", written[0], target);
        return written[0];
    }

    /// As above, to `out` (flushed, not closed); a cancelled export leaves a partial file in `out`.
    public int exportMatching(SearchQuery query, OutputStream out, boolean withBom, ProgressMonitor monitor)
            throws IOException {
        try {
            return db.dsl().transactionResult(c -> {
                DSLContext tx = c.dsl();
                List<Long> ids = new RegisterSearch(tx).ids(query, 0, Integer.MAX_VALUE).ids();
                PersonDirectory people = new PersonDirectory(new PersonRepository(tx).findAll());
                try {
                    new RegisterCsvWriter(people).write(ids.size(), new IntegrationRepository(tx).inBatches(ids),
                            out, withBom, monitor);
                } catch (IOException e) {
                    // through jOOQ's transaction unchanged, to be thrown as what it is below
                    throw new UncheckedIOException(e);
                }
                return ids.size();
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /// Every integration, retired ones included, ordered by name, read a batch at a time.
    public void exportAll(Path target, boolean withBom, ProgressMonitor monitor) {
        exportMatching(SearchQuery.ALL, target, withBom, monitor);
    }
}
