package dev.steward.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.steward.app.export.ExportFixture;
import dev.steward.app.export.bundle.SignedBundleExport;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.attestation.SignatureBlock;
import dev.steward.model.ledger.Checkpoint;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.Ed25519;
import dev.steward.model.signing.Sha256;
import dev.steward.model.signing.SigningKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/// `steward verify` on broken bundles: every case is refused with the exit code for what is wrong with it
/// (1 changed after signing, 3 not a bundle) and standard error names the check and the place. Static files are
/// under `src/test/resources/corpus/bundle`; the rest are derived here from one freshly signed, realistic bundle,
/// since a signature cannot be kept in a file without also keeping its key.
class VerifyBundleCorpusTest {
    private static final ExportFixture FIXTURE = new ExportFixture();
    private static final byte[] BUNDLE = ExportFixture.bytes(new SignedBundleExport(), FIXTURE.signedInput());

    @TempDir
    Path dir;

    /// @param what words stderr must contain: the failed check's name and where it failed
    record Case(String name, byte[] content, int exitCode, String... what) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static byte[] resource(String name) {
        return MalformedInputCorpusTest.resource("bundle/" + name);
    }

    static Stream<Case> cases() {
        int tampered = ExitCode.CHECK_FAILED;
        int malformed = ExitCode.INVALID_INPUT;
        String otherKey = SigningKeys.encodePublicKey(SigningKeys.generate().getPublic());
        return Stream.of(
                new Case("truncated.json", Arrays.copyOf(BUNDLE, BUNDLE.length / 2), malformed,
                        "MALFORMED_JSON", "line "),
                new Case("not-json.txt", resource("not-json.txt"), malformed, "MALFORMED_JSON", "line 1, column"),
                new Case("empty.json", resource("empty.json"), malformed, "MALFORMED_JSON", "the file is empty"),
                new Case("top-level-array.json", resource("top-level-array.json"), malformed, "NOT_A_BUNDLE",
                        "not a JSON object"),
                new Case("unknown-format.json", resource("unknown-format.json"), malformed, "NOT_A_BUNDLE",
                        "steward-signed-attestation/1"),
                new Case("unknown-version.json", changed(root -> ((ObjectNode) root).put("version", 2)), malformed,
                        "UNSUPPORTED_VERSION", "version is 2"),
                new Case("signature-as-number.json", changed(root -> ((ObjectNode) root).put("signature", 42)), malformed,
                        "MISSING_FIELD", "'signature' must be an object but is number"),
                new Case("missing-snapshot.json", changed(root -> ((ObjectNode) root).remove("snapshot")), malformed,
                        "MISSING_FIELD", "'snapshot' must be an object but is absent"),
                new Case("trailing-data.json", concat(BUNDLE, "\n{\"format\":\"steward-attestation-bundle\"}\n"), malformed,
                        "MALFORMED_JSON", "line "),
                new Case("tampered-risk-tier.json", changed(root -> ((ObjectNode) root.path("snapshot")
                        .path("classification")).put("riskTier", "LOW")), tampered,
                        "SNAPSHOT_HASH_MISMATCH", "signature.snapshotSha256"),
                new Case("tampered-signature.json", changed(root -> {
                    ObjectNode signature = (ObjectNode) root.path("signature");
                    char[] sig = signature.path("signature").textValue().toCharArray();
                    sig[10] = sig[10] == 'A' ? 'B' : 'A';
                    signature.put("signature", new String(sig));
                }), tampered, "BAD_SIGNATURE"),
                new Case("swapped-public-key.json", changed(root -> {
                    ((ObjectNode) root.path("signature")).put("publicKey", otherKey);
                    ((ObjectNode) root).put("publicKey", otherKey);
                }), tampered, "FINGERPRINT_MISMATCH", "BAD_SIGNATURE"),
                new Case("swapped-top-level-key.json", changed(root -> ((ObjectNode) root).put("publicKey", otherKey)
                        .put("fingerprint", SigningKeys.fingerprint(otherKey))), tampered,
                        "KEY_MISMATCH", "publicKey differs from signature.publicKey"),
                new Case("evidence-hash-changed.json", changed(root -> ((ObjectNode) root.path("evidence").get(1))
                        .put("sha256", "0".repeat(64))), tampered, "EVIDENCE_MISMATCH", "evidence[1]", "sha256"),
                // Unsigned additions (issue 15): the signature covers only the members its block knows.
                new Case("unsigned-signature-member.json", changed(root -> ((ObjectNode) root.path("signature"))
                        .put("approvedBudget", "1,000,000 EUR")), tampered,
                        "UNKNOWN_MEMBER", "unknown member \"approvedBudget\" at $.signature.approvedBudget"),
                new Case("unsigned-top-level-member.json", changed(root -> ((ObjectNode) root).put("note", "ok")), tampered,
                        "UNKNOWN_MEMBER", "at $.note"),
                new Case("unsigned-evidence-member.json", changed(root -> ((ObjectNode) root.path("evidence").get(0))
                        .put("reviewed", true)), tampered, "UNKNOWN_MEMBER", "at $.evidence[0].reviewed"),
                new Case("odd-member-name.json", changed(root -> ((ObjectNode) root.path("signature"))
                        .put("a \"b\"", "x")), tampered, "UNKNOWN_MEMBER", "at $.signature[\"a \\\"b\\\"\"]"),
                new Case("signed-unknown-snapshot-member.json", resigned(snapshot -> ((ObjectNode) snapshot.path("controls")
                        .get(0)).put("reviewerNote", "signed, but no reader knows it")), tampered,
                        "UNKNOWN_MEMBER", "at $.snapshot.controls[0].reviewerNote"),
                new Case("unsigned-checkpoint-member.json", changed(root -> ((ObjectNode) root).set("checkpoint",
                        checkpoint().toJsonTree().put("comment", "x"))), tampered,
                        "UNKNOWN_MEMBER", "at $.checkpoint.comment"),
                new Case("forged-checkpoint.json", changed(root -> ((ObjectNode) root).set("checkpoint",
                        checkpoint().toJsonTree().put("sequence", 99))), tampered,
                        "CHECKPOINT_INVALID", "signature does not verify"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void brokenBundlesAreRefusedNamingTheCheckAndPlace(Case corpus) throws IOException {
        Path file = Files.write(dir.resolve(corpus.name()), corpus.content());

        CliRun run = CliRun.run(dir.resolve("no-database"), "verify", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(corpus.exitCode());
        assertThat(run.err()).startsWith("steward verify: " + file + ": ").contains(corpus.what());
        assertThat(run.out()).doesNotStartWith("VALID");
        if (corpus.exitCode() == ExitCode.CHECK_FAILED) {
            assertThat(run.out()).startsWith("INVALID");
        }
        if (corpus.name().startsWith("signed-")) {
            assertThat(run.err()).doesNotContain("SNAPSHOT_HASH_MISMATCH", "BAD_SIGNATURE");
        }
        assertThat(dir.resolve("no-database.mv.db")).doesNotExist();
    }

    @Test
    void aFreshBundleIsValidAndSaysWhoSignedWhat() throws IOException {
        Path file = Files.write(dir.resolve("bundle.json"), BUNDLE);

        CliRun run = CliRun.run(dir.resolve("no-database"), "verify", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        String fingerprint = SigningKeys.fingerprint(FIXTURE.keys.getPublic());
        assertThat(run.out()).startsWith("VALID").contains("Max Manager, Head of IT", "2025-06-16T14:05:00Z",
                fingerprint, FIXTURE.integration.name(), "(id 17)", "as of:        2025-06-15");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aBundleWithASoundCheckpointIsValidAndShowsIt() throws IOException {
        Path file = Files.write(dir.resolve("bundle.json"), changed(root -> ((ObjectNode) root)
                .set("checkpoint", checkpoint().toJsonTree())));

        CliRun run = CliRun.run(dir.resolve("no-database"), "verify", file.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("VALID").contains("checkpoint:   audit log sequence 42");
    }

    @Test
    void anExpectedFingerprintMustMatch() throws IOException {
        Path file = Files.write(dir.resolve("bundle.json"), BUNDLE);
        String trusted = SigningKeys.fingerprint(FIXTURE.keys.getPublic());
        String other = SigningKeys.fingerprint(SigningKeys.generate().getPublic());

        CliRun same = CliRun.run(dir.resolve("db"), "verify", file.toString(), "--expect-fingerprint",
                trusted.toUpperCase(java.util.Locale.ROOT).replace(' ', ':'));
        CliRun different = CliRun.run(dir.resolve("db"), "verify", file.toString(), "--expect-fingerprint", other);

        assertThat(same.exitCode()).as(same.err()).isEqualTo(ExitCode.OK);
        assertThat(same.out()).contains("(as expected)");
        assertThat(different.exitCode()).isEqualTo(ExitCode.CHECK_FAILED);
        assertThat(different.out()).startsWith("INVALID").contains("KEY_NOT_TRUSTED");
        assertThat(different.err()).contains(file + ": KEY_NOT_TRUSTED: signed with key " + trusted + ", expected " + other);
    }

    @Test
    void unreadableFilesAreIoErrors() throws IOException {
        Path missing = dir.resolve("missing.json");
        Path folder = Files.createDirectory(dir.resolve("folder.json"));

        CliRun notThere = CliRun.run(dir.resolve("db"), "verify", missing.toString());
        CliRun directory = CliRun.run(dir.resolve("db"), "verify", folder.toString());

        assertThat(notThere.exitCode()).isEqualTo(ExitCode.IO_OR_DATABASE);
        assertThat(notThere.err()).isEqualTo("steward verify: " + missing + ": no such file" + System.lineSeparator());
        assertThat(directory.exitCode()).isEqualTo(ExitCode.IO_OR_DATABASE);
        assertThat(directory.err()).contains(folder + ": cannot be read (it is a directory)");
    }

    @Test
    void helpExplainsTheExitCodes() {
        CliRun run = CliRun.run(dir.resolve("db"), "verify", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("FILE", "--expect-fingerprint=FP", "Needs no database");
    }

    private static Checkpoint checkpoint() {
        return Checkpoint.sign(42, "ab".repeat(32), new User(1, "max", "Max Manager", "", Set.of(Role.MANAGER), true),
                FIXTURE.keys, ExportFixture.SIGNED_AT);
    }

    /// The bundle with its snapshot changed and then signed again with the fixture's key, so that only the
    /// strict reading of the snapshot can object.
    private static byte[] resigned(Consumer<JsonNode> change) {
        return changed(root -> {
            JsonNode snapshot = root.path("snapshot");
            change.accept(snapshot);
            ObjectNode signature = (ObjectNode) root.path("signature");
            signature.put("snapshotSha256", Sha256.hex(CanonicalJson.bytes(snapshot)));
            signature.put("signature", Ed25519.sign(FIXTURE.keys.getPrivate(),
                    SignatureBlock.fromJson(signature).signedPayload()));
        });
    }

    private static byte[] changed(Consumer<JsonNode> change) {
        JsonNode root = CanonicalJson.parse(new String(BUNDLE, StandardCharsets.UTF_8));
        change.accept(root);
        return CanonicalJson.bytes(root);
    }

    private static byte[] concat(byte[] bytes, String more) {
        byte[] tail = more.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(bytes, bytes.length + tail.length);
        System.arraycopy(tail, 0, all, bytes.length, tail.length);
        return all;
    }
}
