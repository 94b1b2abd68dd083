package dev.steward.app.cli;

import dev.steward.app.runtime.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StewardCliTest {
    @TempDir
    Path dir;

    @Test
    void helpListsEveryCommandAndTheExitCodes() {
        CliRun run = CliRun.run(dir.resolve("db"), "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: steward", "classify", "import", "export", "verify", "verify-log", "backup",
                "restore", "Exit codes:", "1  verification failed", "3  invalid input file", "5  authentication failed");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun run = CliRun.run(dir.resolve("db"), "--version");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(Version.current()).isNotEqualTo("unknown");
        assertThat(run.out().strip()).isEqualTo("steward " + Version.current());
    }

    @Test
    void subcommandHelpShowsItsOptionsAndTheDefaultDatabase() {
        CliRun classify = CliRun.run(dir.resolve("db"), "help", "classify");
        CliRun backup = CliRun.run(dir.resolve("per-user"), "backup", "--help");

        assertThat(classify.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(classify.out()).contains("--answers=FILE", "--compact");
        assertThat(backup.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(backup.out()).contains("--to=FILE").doesNotContain("--version");
        assertThat(backup.out().replaceAll("\\s+", " ")).contains("(default: " + dir.resolve("per-user") + ")");
    }

    @Test
    void importAndExportHelpShowTheirOptionsAndTheDefaultDatabase() {
        CliRun importHelp = CliRun.run(dir.resolve("per-user"), "import", "--help");
        CliRun exportHelp = CliRun.run(dir.resolve("per-user"), "help", "export");

        assertThat(importHelp.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(importHelp.out()).contains("FILE", "--valid-rows-only", "--reject-report=PATH", "--dry-run");
        assertThat(exportHelp.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(exportHelp.out()).contains("--format=FORMAT", "One of: csv, pdf, json, oscal, cyclonedx.", "-o, --out=FILE", "--bom", "--what");
        assertThat(List.of(importHelp.out(), exportHelp.out())).allSatisfy(help ->
                assertThat(help.replaceAll("\\s+", " ")).contains("(default: " + dir.resolve("per-user") + ")"));
    }

    @Test
    void verifyLogHelpShowsTheDefaultDatabase() {
        CliRun help = CliRun.run(dir.resolve("per-user"), "verify-log", "--help");

        assertThat(help.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(help.out()).contains("hash chain", "--db=PATH");
        assertThat(help.out().replaceAll("\\s+", " ")).contains("(default: " + dir.resolve("per-user") + ")");
    }

    @Test
    void unknownOptionsAndMissingArgumentsAreUsageErrors() {
        CliRun unknown = CliRun.run(dir.resolve("db"), "classify", "--answers", "a.json", "--bogus");
        CliRun missing = CliRun.run(dir.resolve("db"), "restore");
        CliRun noCommand = CliRun.run(dir.resolve("db"));

        assertThat(unknown.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("Unknown option: '--bogus'");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(missing.err()).contains("Missing required option: '--from=FILE'");
        assertThat(noCommand.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noCommand.err()).contains("steward: name a command.", "Usage: steward");
        assertThat(unknown.out() + missing.out() + noCommand.out()).isEmpty();
    }

    @Test
    void theLaunchersCommandWordsAreExactlyTheCommands() {
        var cli = StewardCli.commandLine(new ByteArrayInputStream(new byte[0]), OutputStream.nullOutputStream(), dir.resolve("db"));

        assertThat(cli.getSubcommands().keySet()).containsExactlyInAnyOrderElementsOf(CliDispatch.COMMANDS);
    }

    @Test
    void launcherSendsCommandsHelpAndVersionToTheCommandLineAndEverythingElseToTheApp() {
        assertThat(List.of("classify", "import", "export", "backup", "restore", "help", "--help", "-h", "--version", "-V"))
                .allMatch(first -> CliDispatch.isCliInvocation(List.of(first, "x")));
        assertThat(List.of(List.<String>of(), List.of("--db", "x"), List.of("--headless", "--smoke"),
                List.of("--db", "classify"), List.of("classify-x")))
                .noneMatch(CliDispatch::isCliInvocation);
    }
}
