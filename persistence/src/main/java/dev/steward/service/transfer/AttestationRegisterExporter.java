package dev.steward.service.transfer;

import dev.steward.service.attestation.AttestationOverview;
import dev.steward.service.attestation.AttestationSummary;
import dev.steward.storage.Database;

import dev.steward.model.csv.CsvColumn;
import dev.steward.model.csv.CsvTable;
import dev.steward.model.csv.CsvWriter;
import dev.steward.model.csv.ProgressMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/// Exports the attestation register as CSV (docs/csv-format.md, "Attestation register CSV"): one row per
/// integration's newest attestation, from {@link AttestationOverview}.
///
/// It writes through the model's {@link CsvWriter}, so quoting and the formula guard are those of the register
/// CSV: a return comment typed as `=HYPERLINK(...)` cannot become a formula in the auditor's spreadsheet. The
/// header names are a contract with the spreadsheets and scripts that read the file: add columns at the end,
/// never rename one.
public final class AttestationRegisterExporter {
    private static final Logger LOG = LoggerFactory.getLogger(AttestationRegisterExporter.class);

    /// The columns in file order.
    public static final CsvTable<AttestationSummary> TABLE = new CsvTable<>(List.of(
            column("integration", AttestationSummary::integrationName),
            column("state", s -> s.state().name()),
            column("submitted_by", AttestationSummary::submittedBy),
            column("submitted_at", s -> instant(s.submittedAt())),
            column("returned_by", AttestationSummary::returnedBy),
            column("returned_at", s -> instant(s.returnedAt())),
            column("return_comment", AttestationSummary::returnComment),
            column("signer_name", AttestationSummary::signerName),
            column("signed_at", s -> instant(s.signedAt())),
            column("expires_at", s -> instant(s.expiresAt())),
            column("stale_at", s -> instant(s.staleAt())),
            // the number `steward export --attestation N` takes; added last, as the contract above asks
            column("attestation", s -> Long.toString(s.attestationId()))), Set.of());

    private final Database db;

    public AttestationRegisterExporter(Database db) {
        this.db = db;
    }

    /// The rows an export writes: every integration's newest attestation, by integration name.
    public List<AttestationSummary> rows() {
        return new AttestationOverview(db).latestPerIntegration();
    }

    /// Writes `rows` to `target` atomically: a failed export leaves any existing file as it was.
    ///
    /// @throws java.io.UncheckedIOException when the file cannot be written
    public void export(List<AttestationSummary> rows, Path target, boolean withBom, ProgressMonitor monitor) {
        AtomicFiles.write(target, out -> export(rows, out, withBom, monitor));
        LOG.info("Exported {} attestation(s) to {}", rows.size(), target);
    }

    /// Writes `rows` to `out` and flushes it, without closing it.
    public void export(List<AttestationSummary> rows, OutputStream out, boolean withBom, ProgressMonitor monitor)
            throws IOException {
        // Not closed: that would close `out`, which belongs to the caller (standard output, or the atomic writer).
        CsvWriter writer = CsvWriter.utf8(out, withBom);
        TABLE.writeHeader(writer);
        for (int i = 0; i < rows.size(); i++) {
            TABLE.writeRow(writer, rows.get(i));
            monitor.progress(i + 1, rows.size());
        }
        writer.flush();
    }

    private static CsvColumn<AttestationSummary> column(String name, Function<AttestationSummary, String> value) {
        return new CsvColumn<>(name, false, value);
    }

    /// ISO-8601 in UTC, as the register CSV writes times; empty when the step has not happened.
    private static String instant(Instant at) {
        return at == null ? "" : at.toString();
    }
}
