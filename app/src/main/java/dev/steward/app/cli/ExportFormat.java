package dev.steward.app.cli;

import dev.steward.model.access.User;
import dev.steward.model.csv.ProgressMonitor;
import dev.steward.service.RegisterServices;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;

/// One value of {@code steward export --format}: what it can export and how it writes it. Formats are listed
/// in {@link ExportFormats}; adding one means one more implementation there, not another branch in the command.
interface ExportFormat {
    /// The word after {@code --format}, lower case.
    String name();

    /// What {@code --what} may name for this format; the first is the default.
    Set<String> subjects();

    /// The default {@code --what}.
    String defaultSubject();

    /// True when the format exports one attestation, so {@code --attestation ID} and {@code --user} are required.
    default boolean needsAttestation() {
        return false;
    }

    /// Writes `request.subject()` to `target` so that a failure leaves an existing file as it was.
    ///
    /// @return how many items were written, for the summary line
    int exportTo(RegisterServices services, Request request, Path target, ProgressMonitor monitor);

    /// Writes `request.subject()` to a stream the caller owns (standard output).
    int exportTo(RegisterServices services, Request request, OutputStream out, ProgressMonitor monitor) throws IOException;

    /// The options of one export that a format may read.
    ///
    /// @param subject     what to export, one of {@link #subjects()}
    /// @param withBom     start text output with a UTF-8 byte order mark
    /// @param attestation the attestation's id, for formats that {@link #needsAttestation()}
    /// @param user        signs the `--user` in when first asked; only formats that read attestations ask, so
    ///                    the register CSV never prompts for a password
    /// @param signingPassphrase the `--user`'s signing key passphrase, read when first asked (only by formats that
    ///                    carry an affirmation); the caller of it wipes the array
    record Request(String subject, boolean withBom, OptionalLong attestation, Supplier<User> user,
                   Supplier<char[]> signingPassphrase) {
    }
}
