package dev.steward.testing;

import dev.steward.storage.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/// Child-process helper for the lock test: opens a register, signals readiness by creating a file,
/// and keeps the register open until its standard input closes (or the process is destroyed).
public final class HoldRegisterOpen {
    private HoldRegisterOpen() {
    }

    /// @param args the register file, then the readiness file to create once it is open
    public static void main(String[] args) throws IOException {
        try (Database db = Database.open(Path.of(args[0]))) {
            Files.writeString(Path.of(args[1]), db.location().toString());
            // Blocks until the parent closes our stdin or kills us.
            while (System.in.read() >= 0) {
                // keep reading until end of stream
            }
        }
    }
}
