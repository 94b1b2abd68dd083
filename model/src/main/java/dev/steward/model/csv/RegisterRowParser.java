package dev.steward.model.csv;

import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.DeploymentEnvironment;
import dev.steward.model.register.Durations;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.LinkDirection;
import dev.steward.model.register.PipelineRole;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.RevocationTestResult;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;
import dev.steward.model.validation.IntegrationValidator;
import dev.steward.model.validation.SecretDetector;
import dev.steward.model.validation.ValidationProblem;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static dev.steward.model.csv.RegisterCsvFormat.*;

/// Turns one register row into an {@link Integration}, or into the problems that stop it.
///
/// Cells are read leniently where the meaning is clear (enum names in any case, with spaces or hyphens for
/// underscores; blank means absent) and strictly where it is not (dates only as yyyy-MM-dd). When every cell
/// could be read, {@link IntegrationValidator} (with its secret checks) runs on the result; when some could
/// not, every cell is still scanned by {@link SecretDetector}, so a pasted key is reported either way.
final class RegisterRowParser {
    /// Longest cell read as a name, date, duration or person: a person's `Name <email>` is at most 457.
    static final int MAX_PARSED_CELL = 500;

    private final PersonDirectory people;
    private final LocalDate today;

    RegisterRowParser(PersonDirectory people, LocalDate today) {
        this.people = people;
        this.today = today;
    }

    /// @return the parsed integration (`null` when there are problems) and the problems
    Parsed parse(CsvRecord record, CsvHeader header) {
        Row row = new Row(record, header);
        IntegrationKind kind = row.enumValue(KIND, IntegrationKind.class);
        LifecycleStatus status = row.enumValue(STATUS, LifecycleStatus.class);
        RevocationPath revocation = new RevocationPath(row.text(REVOCATION_KILL_SWITCH),
                row.text(REVOCATION_AUTHORISED_BY), row.text(REVOCATION_STEPS),
                row.parsed(REVOCATION_TARGET_TIME, Durations::parse), row.date(REVOCATION_LAST_TESTED),
                row.enumValue(REVOCATION_LAST_RESULT, RevocationTestResult.class), row.text(REVOCATION_IMPACT));
        Integration integration = kind == null || status == null || row.text(NAME) == null ? null
                : new Integration(0, 0, row.text(NAME), row.text(PURPOSE), row.text(VENDOR), kind,
                row.enumValue(PIPELINE_ROLE, PipelineRole.class), row.environments(), status,
                row.person(BUSINESS_SPONSOR), row.person(TECHNICAL_OWNER), row.backupOwners(), row.dataAccess(),
                row.tools(), row.agentLinks(), row.credentials(), revocation, row.date(NEXT_REVIEW), null, null);
        if (row.problems.isEmpty() && integration != null) {
            for (ValidationProblem p : IntegrationValidator.validate(integration, today)) {
                row.problems.add(RegisterCsvFormat.problem(record.line(), p.field(), p.message()));
            }
        } else {
            row.scanForSecrets();
        }
        row.required(NAME, "Give the integration a name.");
        row.required(KIND, "Choose a kind: one of " + allowed(IntegrationKind.class) + ".");
        row.required(STATUS, "Choose a status: one of " + allowed(LifecycleStatus.class) + ".");
        return row.problems.isEmpty() ? new Parsed(integration, List.of()) : new Parsed(null, row.problems);
    }

    record Parsed(Integration integration, List<CsvProblem> problems) {
    }

    /// One row being read, collecting problems as cells fail.
    private final class Row {
        private final CsvRecord record;
        private final CsvHeader header;
        private final List<CsvProblem> problems = new ArrayList<>();

        Row(CsvRecord record, CsvHeader header) {
            this.record = record;
            this.header = header;
        }

        /// The cell, or `null` when blank. Free text keeps its spaces, so it round-trips exactly.
        String text(String column) {
            String value = header.value(record, column);
            return value.isBlank() ? null : value;
        }

        <T> T parsed(String column, Function<String, T> parser) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            if (value.length() > MAX_PARSED_CELL) {
                // The limit before any parser or pattern, and the value is not echoed back in the message.
                problem(column, "This cell is " + value.length() + " characters long, more than any " + column
                        + " value can be (at most " + MAX_PARSED_CELL + "): check the file's columns.");
                return null;
            }
            try {
                return parser.apply(value.strip());
            } catch (IllegalArgumentException e) {
                problem(column, e.getMessage());
                return null;
            }
        }

        <E extends Enum<E>> E enumValue(String column, Class<E> type) {
            return parsed(column, v -> enumOf(type, v, column));
        }

        LocalDate date(String column) {
            return parsed(column, RegisterRowParser::date);
        }

        Long person(String column) {
            return parsed(column, people::resolve);
        }

        Set<DeploymentEnvironment> environments() {
            Set<DeploymentEnvironment> result = EnumSet.noneOf(DeploymentEnvironment.class);
            result.addAll(entries(ENVIRONMENTS, 1, 1, "ENVIRONMENT",
                    parts -> enumOf(DeploymentEnvironment.class, parts.getFirst(), "environment")));
            return result;
        }

        /// Only the blank case: a value that did not parse was already reported.
        void required(String column, String message) {
            if (text(column) == null) {
                problem(column, message);
            }
        }

        List<Long> backupOwners() {
            return entries(BACKUP_OWNERS, 1, 1, "person", parts -> people.resolve(parts.getFirst()));
        }

        List<DataAccess> dataAccess() {
            return entries(DATA_ACCESS, 2, 2, "system|LEVEL", parts -> new DataAccess(parts.get(0).strip(),
                    enumOf(AccessLevel.class, parts.get(1).strip(), "access level")));
        }

        List<ToolAccess> tools() {
            return entries(TOOLS, 2, 2, "name|TYPE", parts -> new ToolAccess(parts.get(0).strip(),
                    enumOf(ToolType.class, parts.get(1).strip(), "tool type")));
        }

        List<AgentLink> agentLinks() {
            return entries(AGENT_LINKS, 2, 3, "agent|DIRECTION|hands_tokens", parts -> new AgentLink(
                    enumOf(LinkDirection.class, parts.get(1).strip(), "direction"), parts.get(0).strip(),
                    parts.size() > 2 && yesNo(parts.get(2))));
        }

        List<Credential> credentials() {
            return entries(CREDENTIALS, 3, 6, "label|TYPE|STORAGE|lifetime|last_rotated|rotation_interval_days",
                    parts -> new Credential(parts.get(0).strip(),
                            enumOf(CredentialType.class, parts.get(1).strip(), "credential type"),
                            enumOf(SecretStorage.class, parts.get(2).strip(), "storage"),
                            part(parts, 3, Durations::parse), part(parts, 4, RegisterRowParser::date),
                            part(parts, 5, RegisterRowParser::days)));
        }

        private <T> List<T> entries(String column, int minParts, int maxParts, String shape,
                                    Function<List<String>, T> reader) {
            List<T> result = new ArrayList<>();
            List<List<String>> items = items(column, minParts, maxParts, shape);
            for (int i = 0; i < items.size(); i++) {
                try {
                    result.add(reader.apply(items.get(i)));
                } catch (IllegalArgumentException e) {
                    problem(column, "Entry " + (i + 1) + ": " + e.getMessage());
                }
            }
            return result;
        }

        private List<List<String>> items(String column, int minParts, int maxParts, String shape) {
            String cell = text(column);
            List<List<String>> items = cell == null ? List.of() : ListCells.items(cell);
            List<List<String>> wellFormed = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                int parts = items.get(i).size();
                if (parts < minParts || parts > maxParts) {
                    problem(column, "Entry " + (i + 1) + " has " + parts + " part" + (parts == 1 ? "" : "s")
                            + ": write each entry as " + shape + " and separate entries with ';'.");
                } else {
                    wellFormed.add(items.get(i));
                }
            }
            return wellFormed;
        }

        void scanForSecrets() {
            Set<String> reported = new HashSet<>();
            for (int i = 0; i < record.values().size() && i < header.columnCount(); i++) {
                String column = header.nameAt(i);
                SecretDetector.scan(record.values().get(i)).filter(f -> reported.add(column)).ifPresent(f ->
                        problem(column, "Looks like " + f.description() + ". Steward records facts about "
                                + "credentials, never the credentials themselves: remove it."));
            }
        }

        private void problem(String column, String message) {
            problems.add(new CsvProblem(record.line(), column, message));
        }
    }

    private static <T> T part(List<String> parts, int index, Function<String, T> parser) {
        return parts.size() <= index || parts.get(index).isBlank() ? null : parser.apply(parts.get(index).strip());
    }

    static <E extends Enum<E>> E enumOf(Class<E> type, String text, String what) {
        String constant = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Enum.valueOf(type, constant);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(CsvMessages.quote(text) + " is not a valid " + what.replace('_', ' ')
                    + ": use one of " + allowed(type) + ".");
        }
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(CsvMessages.quote(text) + " is not a date: " + CsvMessages.DATE_FORMAT + ".");
        }
    }

    private static Integer days(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(CsvMessages.quote(text) + " is not a whole number of days for the "
                    + "rotation interval.");
        }
    }

    private static boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> true;
            case "no", "n", "false", "" -> false;
            default -> throw new IllegalArgumentException(CsvMessages.quote(text) + " is not yes or no (does the link "
                    + "pass tokens?).");
        };
    }
}
