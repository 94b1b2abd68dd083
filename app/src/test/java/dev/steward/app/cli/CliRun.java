package dev.steward.app.cli;

import picocli.CommandLine;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/// One in-process run of the command line with captured output.
///
/// @param out   what the command printed, followed by the bytes it wrote to standard output (UTF-8)
/// @param bytes only the bytes it wrote to standard output, exactly
record CliRun(int exitCode, String out, String err, byte[] bytes) {

    static CliRun withStdin(Path defaultDatabase, byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CommandLine cli = StewardCli.commandLine(new ByteArrayInputStream(stdin), bytes, defaultDatabase);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out + bytes.toString(StandardCharsets.UTF_8), err.toString(), bytes.toByteArray());
    }

    static CliRun withStdin(Path defaultDatabase, String stdin, String... args) {
        return withStdin(defaultDatabase, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    static CliRun run(Path defaultDatabase, String... args) {
        return withStdin(defaultDatabase, new byte[0], args);
    }
}
