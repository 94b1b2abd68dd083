package dev.steward.app.cli;

import dev.steward.model.csv.ProgressMonitor;
import dev.steward.service.transfer.AttestationRegisterExporter;
import dev.steward.service.attestation.AttestationSummary;
import dev.steward.service.RegisterServices;
import dev.steward.storage.SearchQuery;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/// {@code --format csv}: the integration register as a register CSV (docs/csv-format.md), the file
/// {@code steward import} and a spreadsheet read; or, with {@code --what attestations}, the attestation register
/// (each integration's newest attestation), which is for reading only.
final class CsvRegisterExport implements ExportFormat {
    static final String INTEGRATIONS = "integrations";
    static final String ATTESTATIONS = "attestations";

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public Set<String> subjects() {
        return Set.of(INTEGRATIONS, ATTESTATIONS);
    }

    @Override
    public String defaultSubject() {
        return INTEGRATIONS;
    }

    @Override
    public int exportTo(RegisterServices db, Request request, Path target, ProgressMonitor monitor) {
        if (ATTESTATIONS.equals(request.subject())) {
            AttestationRegisterExporter exporter = db.attestationRegister();
            List<AttestationSummary> rows = exporter.rows();
            exporter.export(rows, target, request.withBom(), monitor);
            return rows.size();
        }
        return db.exporter().exportMatching(SearchQuery.ALL, target, request.withBom(), monitor);
    }

    @Override
    public int exportTo(RegisterServices db, Request request, OutputStream out, ProgressMonitor monitor) throws IOException {
        if (ATTESTATIONS.equals(request.subject())) {
            AttestationRegisterExporter exporter = db.attestationRegister();
            List<AttestationSummary> rows = exporter.rows();
            exporter.export(rows, out, request.withBom(), monitor);
            return rows.size();
        }
        return db.exporter().exportMatching(SearchQuery.ALL, out, request.withBom(), monitor);
    }
}
