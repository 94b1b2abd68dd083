package dev.steward.app.cli;

import dev.steward.service.RegisterServices;

import dev.steward.service.access.Actor;
import dev.steward.app.export.AttestationExport;
import dev.steward.app.export.ExportInput;
import dev.steward.app.export.ExportProgress;
import dev.steward.app.export.formats.Exports;
import dev.steward.app.export.UnsignedAttestationException;
import dev.steward.model.access.AccessDenied;
import dev.steward.model.attestation.Affirmant;
import dev.steward.model.attestation.Attestation;
import dev.steward.model.attestation.IllegalTransitionException;
import dev.steward.model.controls.ControlCatalog;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.service.attestation.AttestationService;
import dev.steward.storage.RecordNotFoundException;
import dev.steward.service.attestation.AttestationService;
import dev.steward.storage.RecordNotFoundException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;

/// `--format pdf|json|oscal|cyclonedx`: one attestation in one of the app's {@link Exports}, so the command line writes
/// exactly the bytes the desktop app's export writes. Reading goes through {@link AttestationService}, whose
/// role check decides who may export; this class only signs the `--user` in first.
final class AttestationExportFormat implements ExportFormat {
    static final String ATTESTATION = "attestation";

    private final AttestationExport export;

    AttestationExportFormat(AttestationExport export) {
        this.export = export;
    }

    /// One format per app export, in the app's menu order.
    static java.util.List<ExportFormat> all() {
        return Exports.all().stream().<ExportFormat>map(AttestationExportFormat::new).toList();
    }

    @Override
    public String name() {
        return export.id();
    }

    @Override
    public Set<String> subjects() {
        return Set.of(ATTESTATION);
    }

    @Override
    public String defaultSubject() {
        return ATTESTATION;
    }

    @Override
    public boolean needsAttestation() {
        return true;
    }

    @Override
    public int exportTo(RegisterServices db, Request request, Path target, ProgressMonitor monitor) {
        ExportInput input = input(db, request);
        try {
            Exports.toFile(export, input, target, progress(monitor));
        } catch (UnsignedAttestationException e) {
            throw unsigned(request, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
        }
        return 1;
    }

    @Override
    public int exportTo(RegisterServices db, Request request, OutputStream out, ProgressMonitor monitor) throws IOException {
        ExportInput input = input(db, request);
        if (export.requiresSignature() && !input.isSigned()) {
            // Checked before the first byte, so a pipe never receives half a bundle.
            throw unsigned(request, new UnsignedAttestationException(export.displayName(), input.stateLabel()));
        }
        export.write(input, out, progress(monitor));
        return 1;
    }

    private ExportInput input(RegisterServices db, Request request) {
        long id = request.attestation().orElseThrow();
        request.user().get(); // signs the --user in before anything is read
        AttestationService attestations = db.attestations();
        Attestation attestation;
        try {
            attestation = attestations.forExport(id).attestation();
        } catch (AccessDenied e) {
            throw new CliException(ExitCode.AUTHENTICATION_FAILED, e.getMessage());
        } catch (RecordNotFoundException e) {
            throw new CliException(ExitCode.NOT_FOUND, "There is no attestation " + id + " in " + db.location()
                    + ". The attestation window, the review queue and the attestation register"
                    + " (export --format csv --what attestations) show each attestation's number.");
        }
        ExportInput input;
        try {
            String organisation = db.register().organisationName();
            ExportInput plain = ExportInput.of(attestation, organisation, ControlCatalog.builtIn());
            input = db.checkpoints().latest().map(plain::withCheckpoint).orElse(plain);
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.INVALID_INPUT, "Attestation " + id + " cannot be exported: " + e.getMessage());
        }
        return export.requiresAffirmation() ? affirmed(db, request, input) : input;
    }

    /// The input with the `--user`'s affirmation: their key unlocked with the signing passphrase (wiped after).
    private ExportInput affirmed(RegisterServices db, Request request, ExportInput input) {
        long id = request.attestation().orElseThrow();
        if (!input.isSigned()) {
            throw unsigned(request, new UnsignedAttestationException(export.displayName(), input.stateLabel()));
        }
        char[] passphrase = request.signingPassphrase().get();
        try {
            Affirmant affirmant = SigningFailures.signing("affirm attestation " + id,
                    () -> db.affirmations().unlock(id, passphrase, "a " + export.displayName() + " export"));
            return input.withAffirmant(affirmant);
        } catch (IllegalTransitionException e) {
            throw new CliException(ExitCode.INVALID_INPUT, e.getMessage());
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
        }
    }

    private CliException unsigned(Request request, UnsignedAttestationException e) {
        return new CliException(ExitCode.INVALID_INPUT, "Attestation " + request.attestation().orElseThrow() + ": "
                + e.getMessage());
    }

    private static ExportProgress progress(ProgressMonitor monitor) {
        return new ExportProgress() {
            @Override
            public void worked(long done, long total) {
                monitor.progress(done, total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }
}
