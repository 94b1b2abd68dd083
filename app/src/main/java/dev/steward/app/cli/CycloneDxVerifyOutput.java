package dev.steward.app.cli;

import dev.steward.app.export.cyclonedx.CycloneDxVerifier;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/// What `steward verify` prints for a CycloneDX attestation: VALID with who affirmed it and with which key, or
/// INVALID with every signature that does not hold; the same exit codes as for a bundle.
final class CycloneDxVerifyOutput {
    private final CommandSpec spec;
    private final Path file;
    private final String expectedFingerprint;

    /// @param keys the `--keys` option: a key list names signers by account, which a CycloneDX document does not carry
    CycloneDxVerifyOutput(CommandSpec spec, Path file, String expectedFingerprint, Path keys) {
        if (keys != null) {
            throw new ParameterException(spec.commandLine(), file + " is a CycloneDX attestation: --keys checks Steward "
                    + "bundles only; compare the affirming manager's key with --expect-fingerprint FP instead");
        }
        this.spec = spec;
        this.file = file;
        this.expectedFingerprint = expectedFingerprint;
    }

    int report(CycloneDxVerifier.Result result) {
        List<String> failures = new ArrayList<>(result.problems());
        if (expectedFingerprint != null) {
            result.fingerprint().filter(f -> !VerifyCommand.sameFingerprint(f, expectedFingerprint)).ifPresent(f ->
                    failures.add(VerifyCommand.KEY_NOT_TRUSTED + ": signed with key " + f + ", expected "
                            + expectedFingerprint.strip()));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (failures.isEmpty()) {
            out.println("VALID (CycloneDX attestation)");
            out.println("  affirmed by:  " + result.signatory());
            out.println("  affirmed at:  " + result.affirmedAt());
            out.println("  fingerprint:  " + result.fingerprint().orElseThrow() + (expectedFingerprint == null
                    ? " (not compared: pass --expect-fingerprint to require a key)" : " (as expected)"));
            out.println("  integration:  " + result.service());
            return ExitCode.OK;
        }
        out.println("INVALID (CycloneDX attestation)");
        failures.forEach(f -> out.println("  " + f));
        PrintWriter err = spec.commandLine().getErr();
        failures.forEach(f -> err.println("steward verify: " + file + ": " + f));
        return ExitCode.CHECK_FAILED;
    }
}
