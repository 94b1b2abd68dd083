package dev.steward.app.cli;

import dev.steward.app.export.bundle.BundleCheck;
import dev.steward.app.export.bundle.BundleVerification;
import dev.steward.app.export.bundle.BundleVerifier;
import dev.steward.app.export.cyclonedx.CycloneDxVerifier;
import dev.steward.model.attestation.AttestationSnapshot;
import dev.steward.model.attestation.SignatureBlock;
import dev.steward.model.signing.KeyList;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
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
                "A CycloneDX attestation (--format cyclonedx) is recognised too: its JSF signatures (the BOM's and the "
                        + "affirming manager's) must hold and share one key; compare that key with --expect-fingerprint.",
                "Prints VALID with who signed what, or INVALID with every check that failed. Exit 0 valid, 1 invalid "
                        + "(changed after signing, an unsigned addition, not signed with --expect-fingerprint, or a key "
                        + "--keys does not list for the signer then), 3 not a bundle or not a key list, 4 unreadable."})
final class VerifyCommand implements Callable<Integer> {
    /// Checks that mean "this is not a (readable) bundle" rather than "this bundle was changed": exit 3, unless a
    /// cryptographic check failed too, which is the stronger finding.
    private static final Set<BundleCheck> MALFORMED = EnumSet.of(BundleCheck.MALFORMED_JSON, BundleCheck.NOT_A_BUNDLE,
            BundleCheck.UNSUPPORTED_VERSION, BundleCheck.MISSING_FIELD, BundleCheck.UNREADABLE_SIGNATURE_BLOCK,
            BundleCheck.SNAPSHOT_UNREADABLE);
    static final String KEY_NOT_TRUSTED = "KEY_NOT_TRUSTED";
    static final String KEY_NOT_LISTED = "KEY_NOT_LISTED";
    static final String KEY_LIST_INVALID = "KEY_LIST_INVALID";

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

    @Option(names = "--keys", paramLabel = "FILE", description = "The organisation's key list (from 'steward keys "
            + "export'): the bundle, and its checkpoint, must be signed with a key the list gives their signer, valid "
            + "at signing time (KEY_NOT_LISTED), and the list's own signature must hold (KEY_LIST_INVALID).")
    private Path keys;

    @Option(names = "--keys-fingerprint", paramLabel = "FP", description = "The fingerprint of the administrator's "
            + "key that signed the key list, as obtained from them; any other signer is KEY_LIST_INVALID.")
    private String keysFingerprint;

    @Override
    public Integer call() {
        if (keysFingerprint != null && keys == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--keys-fingerprint needs --keys FILE");
        }
        byte[] content = read();
        if (CycloneDxVerifier.isCycloneDx(content)) {
            return new CycloneDxVerifyOutput(spec, file, expectedFingerprint, keys).report(CycloneDxVerifier.verify(content));
        }
        KeyList keyList = keys == null ? null : readKeyList();
        BundleVerification result = BundleVerifier.verify(content);
        List<String> failures = new ArrayList<>(result.problems().stream()
                .map(p -> p.check().name() + ": " + p.describe()).toList());
        if (expectedFingerprint != null) {
            result.signature().filter(s -> !sameFingerprint(s.fingerprint(), expectedFingerprint)).ifPresent(s ->
                    failures.add(KEY_NOT_TRUSTED + ": signed with key " + s.fingerprint() + ", expected "
                            + expectedFingerprint.strip()));
        }
        if (keyList != null) {
            failures.addAll(keyListFailures(keyList, result));
        }
        if (failures.isEmpty()) {
            printValid(result, keyList);
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
        return SignedFiles.readBytes(file);
    }

    private KeyList readKeyList() {
        try {
            return KeyList.fromJson(SignedFiles.read(keys, "key list"));
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCode.INVALID_INPUT, keys + ": not a Steward key list: " + e.getMessage());
        }
    }

    /// What the key list says against the bundle: its own soundness first (a broken list vouches for nothing),
    /// then the bundle's signer and the checkpoint's signer, each at their signing time.
    private List<String> keyListFailures(KeyList list, BundleVerification result) {
        List<String> failures = new ArrayList<>();
        list.problems().forEach(p -> failures.add(KEY_LIST_INVALID + ": " + keys + ": " + p));
        if (keysFingerprint != null && !sameFingerprint(list.signer().fingerprint(), keysFingerprint)) {
            failures.add(KEY_LIST_INVALID + ": " + keys + " is signed with key " + list.signer().fingerprint()
                    + ", expected " + keysFingerprint.strip());
        }
        if (!failures.isEmpty()) {
            return failures;
        }
        result.signature().flatMap(s -> list.refuses("the bundle", s.signerUsername(), s.signerName(), s.fingerprint(),
                s.signedAt())).ifPresent(r -> failures.add(KEY_NOT_LISTED + ": " + r));
        result.checkpoint().flatMap(c -> list.refuses("the checkpoint", c.signerUsername(), c.signerName(),
                c.fingerprint(), c.createdAt())).ifPresent(r -> failures.add(KEY_NOT_LISTED + ": " + r));
        return failures;
    }

    private void printValid(BundleVerification result, KeyList keyList) {
        SignatureBlock signature = result.signature().orElseThrow();
        AttestationSnapshot snapshot = result.snapshot().orElseThrow();
        PrintWriter out = spec.commandLine().getOut();
        out.println("VALID");
        out.println("  signer:       " + signature.signerName()
                + (signature.signerTitle() == null || signature.signerTitle().isBlank() ? "" : ", " + signature.signerTitle()));
        out.println("  signed at:    " + signature.signedAt());
        out.println("  fingerprint:  " + signature.fingerprint() + (keyList != null ? " (valid for the signer then, by the key list)"
                : expectedFingerprint == null ? " (not compared: pass --keys or --expect-fingerprint to require a key)"
                : " (as expected)"));
        out.println("  integration:  " + snapshot.integration().name() + " (id " + snapshot.integrationId() + ")");
        out.println("  as of:        " + snapshot.asOf().atZone(ZoneOffset.UTC).toLocalDate());
        result.checkpoint().ifPresent(c -> out.println("  checkpoint:   audit log " + c.describe()
                + " (keep this file: 'steward verify-log --checkpoint " + file + "' tells whether the log still holds it)"));
        if (keyList != null) {
            out.println("  key list:     " + keys + ", signed by " + keyList.signer().name() + " ("
                    + keyList.signer().username() + ") at " + keyList.issuedAt() + " with key "
                    + keyList.signer().fingerprint() + (keysFingerprint == null
                    ? " (not compared: pass --keys-fingerprint to require it)" : " (as expected)"));
        }
    }

    /// Fingerprints are hex in groups; people copy them with other separators or case.
    static boolean sameFingerprint(String a, String b) {
        return normalized(a).equals(normalized(b));
    }

    private static String normalized(String fingerprint) {
        return fingerprint.toLowerCase(Locale.ROOT).replaceAll("[^0-9a-f]", "");
    }
}
