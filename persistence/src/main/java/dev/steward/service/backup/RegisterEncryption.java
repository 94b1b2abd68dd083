package dev.steward.service.backup;

import dev.steward.storage.Database;
import dev.steward.storage.Engine;
import dev.steward.storage.DatabaseOpenException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/// Turns file encryption of a closed register on, off, or to a new passphrase.
///
/// The work happens on a copy beside the register; the copy is opened with the new setting to prove it
/// readable, and only then moved over the original. A failure, a wrong passphrase or a register in use
/// leaves the original untouched.
public final class RegisterEncryption {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterEncryption.class);

    private RegisterEncryption() {
    }

    /// @param from the current passphrase, {@code null} when the register is not encrypted
    /// @param to   the new passphrase, {@code null} to store the register unencrypted
    /// @throws DatabaseOpenException when the register is missing, in use, or {@code from} does not open it
    public static void change(Path dbFile, char[] from, char[] to) {
        if (to != null && to.length == 0) {
            throw new IllegalArgumentException("The new passphrase must not be empty.");
        }
        Path base = Database.basePathOf(dbFile);
        Path location = Database.fileOf(base);
        if (!Files.isRegularFile(location)) {
            throw new DatabaseOpenException(DatabaseOpenException.Reason.OTHER, location,
                    "There is no Steward database at " + location + ".", null);
        }
        // opening proves the passphrase, brings the schema up to date and fails if another process holds it
        Database.open(location, from).close();
        Path work = createWork(base);
        try {
            Path copy = work.resolve(base.getFileName() + ".mv.db");
            Files.copy(location, copy);
            Engine.forRegister(copy).changeEncryption(copy, from, to);
            Database.open(copy, to).close();
            Files.move(copy, location, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Register {} is now {}", location, to == null ? "unencrypted" : "encrypted");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot change the encryption of " + location + ": " + e.getMessage(), e);
        } finally {
            deleteTree(work);
        }
    }

    private static Path createWork(Path base) {
        try {
            return Files.createTempDirectory(base.getParent(), ".steward-encrypt-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a work folder beside " + base + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("Could not remove the work folder {}", folder, e);
        }
    }
}
