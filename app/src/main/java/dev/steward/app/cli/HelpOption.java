package dev.steward.app.cli;

import picocli.CommandLine.Option;

/// {@code -h/--help} for subcommands; the version option belongs to the top command only.
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;
}
