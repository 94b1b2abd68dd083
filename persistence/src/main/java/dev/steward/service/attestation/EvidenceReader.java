package dev.steward.service.attestation;

import dev.steward.model.signing.Sha256;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/// Reads an evidence file once, hashing it on the way and stopping as soon as it passes the size limit, so an
/// oversized file is refused without being read whole and the stored hash is of exactly the stored bytes.
public final class EvidenceReader {
    private final long maxBytes;

    /// The bytes read and their SHA-256 (lower-case hex).
    record Content(byte[] bytes, String sha256) {
    }

    EvidenceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Content read(Path file) {
        try {
            if (Files.size(file) > maxBytes) {
                throw tooLarge(file.getFileName().toString());
            }
            try (InputStream in = Files.newInputStream(file)) {
                return read(in, file.getFileName().toString());
            }
        } catch (IOException e) {
            throw problem("The file " + file + " could not be read: " + e.getMessage());
        }
    }

    Content read(byte[] content, String fileName) {
        try {
            return read(new ByteArrayInputStream(content), fileName);
        } catch (IOException e) {
            throw new IllegalStateException("reading from memory does not fail", e);
        }
    }

    private Content read(InputStream raw, String fileName) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DigestInputStream in = new DigestInputStream(raw, digest)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
                // Checked while reading too: the file may grow after its size was looked up.
                if (out.size() > maxBytes) {
                    throw tooLarge(fileName);
                }
            }
        }
        if (out.size() == 0) {
            throw problem("The file " + fileName + " is empty: attach the document that shows the control is met.");
        }
        return new Content(out.toByteArray(), HexFormat.of().formatHex(digest.digest()));
    }

    private ValidationException tooLarge(String fileName) {
        return problem("The file " + fileName + " is larger than the " + humanSize(maxBytes)
                + " allowed for evidence. Attach a smaller export or an extract.");
    }

    private static String humanSize(long bytes) {
        return bytes >= 1024 * 1024 ? bytes / (1024 * 1024) + " MB" : bytes >= 1024 ? bytes / 1024 + " KB" : bytes + " bytes";
    }

    private static ValidationException problem(String message) {
        return new ValidationException(List.of(new ValidationProblem("file", message)));
    }
}
