package dev.steward.app.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.steward.model.signing.CanonicalJson;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/// Reading and writing the small signed JSON files of the command line (checkpoints, key lists): read strictly
/// (no duplicate members, nothing after the object), written indented for people and replaced only when complete.
final class SignedFiles {
    /// Far above any real key list or checkpoint; refusing more keeps a wrong file from filling memory.
    static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final ObjectReader READER = CanonicalJson.mapper().reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private SignedFiles() {
    }

    /// @param what names the file in messages ("key list", "checkpoint")
    /// @throws CliException exit 4 when it cannot be read, 3 when it is not JSON
    static JsonNode read(Path file, String what) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CliException(ExitCode.INVALID_INPUT, file + ": too large for a " + what + " (over "
                        + MAX_BYTES / (1024 * 1024) + " MB)");
            }
        } catch (IOException e) {
            // reported by readBytes below, with the same words as for every other file
        }
        byte[] bytes = readBytes(file);
        try {
            JsonNode root = READER.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new CliException(ExitCode.INVALID_INPUT, file + ": not a " + what + ": the file is empty");
            }
            return root;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr();
            throw new CliException(ExitCode.INVALID_INPUT, file + ": not a " + what + ": bad JSON" + at + ": "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new CliException(ExitCode.IO_OR_DATABASE, file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /// The file's bytes.
    ///
    /// @throws CliException exit 4 naming why it cannot be read
    static byte[] readBytes(Path file) {
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

    /// Writes `json` indented to `target` through a temporary file beside it, so a failure leaves no half file.
    static void write(Path target, JsonNode json) {
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
            Files.write(temp, CanonicalJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(json));
            Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the write already failed; that is what to report
                }
            }
            throw new CliException(ExitCode.IO_OR_DATABASE, "Cannot write " + target + ": " + e.getMessage());
        }
    }
}
