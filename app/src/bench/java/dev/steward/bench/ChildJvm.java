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

    /// @param log where the child's stderr goes (it logs through SLF4J there)
    static Map<String, String> run(List<String> jvmOptions, Class<?> main, List<String> args, Path log) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
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
