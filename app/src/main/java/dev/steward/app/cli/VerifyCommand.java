package dev.steward.app.cli;

import dev.steward.app.export.bundle.BundleCheck;
import dev.steward.app.export.bundle.BundleVerification;
import dev.steward.app.export.bundle.BundleVerifier;
import dev.steward.model.attestation.AttestationSnapshot;
import dev.steward.model.attestation.SignatureBlock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/// `steward verify`: checks a signed attestation bundle offline, for an auditor who has the file and nothing
/// else of ours: no database, no account, no network.
@Command(name = "verify",
        description = {"Verify a signed attestation bundle (from 'steward export --format json' or the app) offline: "
                + "snapshot hash, Ed25519 signature, key fingerprint and evidence list. Needs no database.",
                "Prints VALID with who signed what, or INVALID with every check that failed. Exit 0 valid, 1 invalid "
                        + "(changed after signing, or not signed with --expect-fingerprint), 3 not a bundle, 4 unreadable."})
final class VerifyCommand implements Callable<Integer> {
    /// Checks that mean "this is not a (readable) bundle" rather than "this bundle was changed": exit 3, unless a
    /// cryptographic check failed too, which is the stronger finding.
    private static final Set<BundleCheck> MALFORMED = EnumSet.of(BundleCheck.MALFORMED_JSON, BundleCheck.NOT_A_BUNDLE,
            BundleCheck.UNSUPPORTED_VERSION, BundleCheck.MISSING_FIELD, BundleCheck.UNREADABLE_SIGNATURE_BLOCK,
            BundleCheck.SNAPSHOT_UNREADABLE);
    static final String KEY_NOT_TRUSTED = "KEY_NOT_TRUSTED";

    @Spec
    private CommandSpec spec;

    @Mixin
    private HelpOption help;

    @Parameters(index = "0", paramLabel = "FILE", description = "The bundle (.json) to verify.")
    private Path file;

    @Option(names = "--expect-fingerprint", paramLabel = "FP", description = "The signing key fingerprint you trust "
            + "(as the signer gave it to you, e.g. from their key page); a bundle signed with any other key is INVALID "
            + "(KEY_NOT_TRUSTED). Case, spaces and colons are ignored.")
    private String expectedFingerprint;

    @Override
    public Integer call() {
        BundleVerification result = BundleVerifier.verify(read());
        List<String> failures = new ArrayList<>(result.problems().stream()
                .map(p -> p.check().name() + ": " + p.describe()).toList());
        if (expectedFingerprint != null) {
            result.signature().filter(s -> !sameFingerprint(s.fingerprint(), expectedFingerprint)).ifPresent(s ->
                    failures.add(KEY_NOT_TRUSTED + ": signed with key " + s.fingerprint() + ", expected "
                            + expectedFingerprint.strip()));
        }
        if (failures.isEmpty()) {
            printValid(result);
            return ExitCode.OK;
        }
        boolean malformed = result.problems().stream().allMatch(p -> MALFORMED.contains(p.check()));
        if (malformed && !result.valid()) {
            throw new CliException(ExitCode.INVALID_INPUT, file + ": not a valid Steward attestation bundle:\n"
                    + String.join("\n", failures.stream().map(f -> "  " + f).toList()));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("INVALID");
        failures.forEach(f -> out.println("  " + f));
        PrintWriter err = spec.commandLine().getErr();
        failures.forEach(f -> err.println("steward verify: " + file + ": " + f));
        return ExitCode.CHECK_FAILED;
    }

    private byte[] read() {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, file + ": no such file");
        } catch (AccessDeniedException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, file + ": permission denied");
        } catch (IOException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, file + ": cannot be read ("
                    + (Files.isDirectory(file) ? "it is a directory" : e.getMessage()) + ")");
        }
    }

    private void printValid(BundleVerification result) {
        SignatureBlock signature = result.signature().orElseThrow();
        AttestationSnapshot snapshot = result.snapshot().orElseThrow();
        PrintWriter out = spec.commandLine().getOut();
        out.println("VALID");
        out.println("  signer:       " + signature.signerName()
                + (signature.signerTitle() == null || signature.signerTitle().isBlank() ? "" : ", " + signature.signerTitle()));
        out.println("  signed at:    " + signature.signedAt());
        out.println("  fingerprint:  " + signature.fingerprint()
                + (expectedFingerprint == null ? " (not compared: pass --expect-fingerprint to require a key)" : " (as expected)"));
        out.println("  integration:  " + snapshot.integration().name() + " (id " + snapshot.integrationId() + ")");
        out.println("  as of:        " + snapshot.asOf().atZone(ZoneOffset.UTC).toLocalDate());
        result.checkpoint().ifPresent(c -> out.println("  checkpoint:   audit log " + c.describe()
                + " (keep this file: 'steward verify-log --checkpoint " + file + "' tells whether the log still holds it)"));
    }

    /// Fingerprints are hex in groups; people copy them with other separators or case.
    static boolean sameFingerprint(String a, String b) {
        return normalized(a).equals(normalized(b));
    }

    private static String normalized(String fingerprint) {
        return fingerprint.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-f]", "");
    }
}
