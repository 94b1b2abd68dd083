package dev.steward.app.cli;

import dev.steward.storage.Database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/// A register held open by a second JVM, as the desktop app holds its database, for the "in use" exit code.
/// The child opens the register, creates a readiness file and keeps it open until its standard input closes.
final class OtherProcessHolder implements AutoCloseable {
    private final Process child;

    private OtherProcessHolder(Process child) {
        this.child = child;
    }

    static OtherProcessHolder hold(Path db, Path workDir) throws IOException, InterruptedException {
        Path ready = workDir.resolve("holder-ready");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OtherProcessHolder.class.getName(),
                db.toString(), ready.toString())
                .redirectErrorStream(true).redirectOutput(workDir.resolve("holder.log").toFile()).start();
        OtherProcessHolder holder = new OtherProcessHolder(child);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(ready)) {
            if (!child.isAlive() || System.nanoTime() > deadline) {
                holder.close();
                throw new IllegalStateException("the holder never opened the register: "
                        + Files.readString(workDir.resolve("holder.log")));
            }
            Thread.sleep(50);
        }
        return holder;
    }

    public static void main(String[] args) throws IOException {
        try (Database ignored = Database.open(Path.of(args[0]))) {
            Files.createFile(Path.of(args[1]));
            while (System.in.read() >= 0) {
                // held until the test closes our standard input
            }
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        child.getOutputStream().close();
        if (!child.waitFor(20, TimeUnit.SECONDS)) {
            child.destroyForcibly().waitFor();
        }
    }
}
