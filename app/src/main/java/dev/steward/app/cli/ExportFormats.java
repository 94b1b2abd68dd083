package dev.steward.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/// The formats {@code steward export} knows, looked up by name. The one place a new format is registered.
final class ExportFormats {
    static final List<ExportFormat> ALL = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            new CsvRegisterExport()), AttestationExportFormat.all().stream()).toList();

    private ExportFormats() {
    }

    static Optional<ExportFormat> byName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(f -> f.name().equals(wanted)).findFirst();
    }

    static String names() {
        return ALL.stream().map(ExportFormat::name).collect(Collectors.joining(", "));
    }

    /// Lets picocli reject an unknown format as a usage error (exit 2) that lists the supported ones.
    static final class Converter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            return byName(value).orElseThrow(() -> new TypeConversionException(
                    "unsupported format '" + value + "'; supported: " + names()));
        }
    }

    /// Completion and help text: the supported names.
    static final class Names implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ALL.stream().map(ExportFormat::name).iterator();
        }
    }
}
