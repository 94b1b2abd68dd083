package dev.steward.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/// A register held open by another process ({@link HoldRegisterOpen}), for lock tests. Closing it lets the
/// other process close its register cleanly and waits for it to end.
public final class HeldRegister implements AutoCloseable {
    private final Process holder;
    private final Path log;

    private HeldRegister(Process holder, Path log) {
        this.holder = holder;
        this.log = log;
    }

    /// Starts the holder and returns once it has the register open; work files go into {@code workDir}.
    public static HeldRegister start(Path file, Path workDir) throws Exception {
        Path ready = workDir.resolve("ready");
        Path log = workDir.resolve("holder.log");
        Process holder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                HoldRegisterOpen.class.getName(), file.toString(), ready.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        HeldRegister held = new HeldRegister(holder, log);
        try {
            held.waitFor(ready);
        } catch (Exception | AssertionError e) {
            held.close();
            throw e;
        }
        return held;
    }

    private void waitFor(Path ready) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(ready)) {
            assertThat(holder.isAlive()).as("holder process died: %s", readLog()).isTrue();
            assertThat(System.nanoTime()).as("holder never became ready: %s", readLog()).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private String readLog() throws IOException {
        return Files.exists(log) ? String.join("\n", Files.readAllLines(log)) : "(no log)";
    }

    @Override
    public void close() throws Exception {
        holder.getOutputStream().close(); // lets the holder close its register cleanly
        if (!holder.waitFor(20, TimeUnit.SECONDS)) {
            holder.destroyForcibly().waitFor();
        }
    }
}
