package dev.steward.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/// Runs a probe class in a fresh JVM on this JVM's class path and reads its `BENCH key=value ...` line.
/// Startup and heap are only meaningful in a process that has done nothing else.
final class ChildJvm {
    private ChildJvm() {
    }

    /// Milliseconds from starting `command` (a launcher, a script) to its exit with status 0, its output
    /// appended to `log`.
    static double wallClock(List<String> command, Path log) {
        try {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(command.getFirst() + " failed (exit "
                        + (process.isAlive() ? "timeout" : process.exitValue()) + "); see " + log);
            }
            return (System.nanoTime() - start) / 1e6;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /// The command that starts `main` in a fresh JVM on this JVM's class path.
    static List<String> command(List<String> jvmOptions, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return command;
    }

    /// @param log where the child's stderr goes (it logs through SLF4J there)
    static Map<String, String> run(List<String> jvmOptions, Class<?> main, List<String> args, Path log) {
        List<String> command = command(jvmOptions, main, args);
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            Map<String, String> values = new TreeMap<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("BENCH ")) {
                        for (String pair : line.substring(6).split(" ")) {
                            int eq = pair.indexOf('=');
                            if (eq > 0) {
                                values.put(pair.substring(0, eq), pair.substring(eq + 1));
                            }
                        }
                    }
                }
            }
            if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0 || values.isEmpty()) {
                process.destroyForcibly();
                throw new IllegalStateException(main.getSimpleName() + " failed (exit "
                        + (process.isAlive() ? "timeout" : process.exitValue()) + "); see " + log);
            }
            return values;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
