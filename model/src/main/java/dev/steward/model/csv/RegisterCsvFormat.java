package dev.steward.model.csv;

import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Durations;
import dev.steward.model.register.Integration;
import dev.steward.model.register.ToolAccess;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// The integration register as CSV: one row per integration, one column per field (docs/csv-format.md).
///
/// The header names are a stable interface: spreadsheets and scripts depend on them, so rename none. The
/// integration's name is its natural key; database ids, versions and change stamps are not in the file, since
/// an import assigns its own. Every other field of {@link Integration} has a column, so export then import
/// gives equal records.
public final class RegisterCsvFormat {
    public static final String NAME = "name";
    public static final String PURPOSE = "purpose";
    public static final String VENDOR = "vendor";
    public static final String KIND = "kind";
    public static final String PIPELINE_ROLE = "pipeline_role";
    public static final String ENVIRONMENTS = "environments";
    public static final String STATUS = "status";
    public static final String BUSINESS_SPONSOR = "business_sponsor";
    public static final String TECHNICAL_OWNER = "technical_owner";
    public static final String BACKUP_OWNERS = "backup_owners";
    public static final String DATA_ACCESS = "data_access";
    public static final String TOOLS = "tools";
    public static final String AGENT_LINKS = "agent_links";
    public static final String CREDENTIALS = "credentials";
    public static final String REVOCATION_KILL_SWITCH = "revocation_kill_switch";
    public static final String REVOCATION_AUTHORISED_BY = "revocation_authorised_by";
    public static final String REVOCATION_STEPS = "revocation_steps";
    public static final String REVOCATION_TARGET_TIME = "revocation_target_time";
    public static final String REVOCATION_LAST_TESTED = "revocation_last_tested";
    public static final String REVOCATION_LAST_RESULT = "revocation_last_result";
    public static final String REVOCATION_IMPACT = "revocation_impact";
    public static final String NEXT_REVIEW = "next_review";
    /// Added by an import's reject report; ignored when that report is imported again after fixing.
    public static final String ERROR = "error";

    /// Validator field paths (see {@link dev.steward.model.validation.IntegrationValidator}) to columns.
    private static final Map<String, String> COLUMN_OF_FIELD = Map.ofEntries(
            Map.entry("name", NAME), Map.entry("purpose", PURPOSE), Map.entry("vendor", VENDOR),
            Map.entry("kind", KIND), Map.entry("pipelineRole", PIPELINE_ROLE),
            Map.entry("environments", ENVIRONMENTS), Map.entry("status", STATUS),
            Map.entry("sponsorId", BUSINESS_SPONSOR), Map.entry("technicalOwnerId", TECHNICAL_OWNER),
            Map.entry("backupOwnerIds", BACKUP_OWNERS), Map.entry("dataAccess", DATA_ACCESS),
            Map.entry("tools", TOOLS), Map.entry("agentLinks", AGENT_LINKS), Map.entry("credentials", CREDENTIALS),
            Map.entry("revocation.killSwitch", REVOCATION_KILL_SWITCH),
            Map.entry("revocation.authorisedBy", REVOCATION_AUTHORISED_BY),
            Map.entry("revocation.steps", REVOCATION_STEPS),
            Map.entry("revocation.targetTime", REVOCATION_TARGET_TIME),
            Map.entry("revocation.lastTested", REVOCATION_LAST_TESTED),
            Map.entry("revocation.lastResult", REVOCATION_LAST_RESULT),
            Map.entry("revocation.impact", REVOCATION_IMPACT), Map.entry("nextReview", NEXT_REVIEW));
    private static final Pattern INDEXED = Pattern.compile("([A-Za-z]+)\\[(\\d+)](\\..*)?");

    private RegisterCsvFormat() {
    }

    /// The layout, writing people through `people`.
    public static CsvTable<Integration> table(PersonDirectory people) {
        Function<Long, String> person = id -> id == null ? null : people.reference(id);
        return new CsvTable<>(List.of(
                column(NAME, true, Integration::name),
                column(PURPOSE, true, Integration::purpose),
                column(VENDOR, false, Integration::vendor),
                column(KIND, true, i -> i.kind().name()),
                column(PIPELINE_ROLE, false, i -> name(i.pipelineRole())),
                column(ENVIRONMENTS, false, i -> ListCells.joinItems(i.environments().stream().sorted()
                        .map(Enum::name).toList())),
                column(STATUS, true, i -> i.status().name()),
                column(BUSINESS_SPONSOR, false, i -> person.apply(i.sponsorId())),
                column(TECHNICAL_OWNER, false, i -> person.apply(i.technicalOwnerId())),
                column(BACKUP_OWNERS, false, i -> items(i.backupOwnerIds(),
                        id -> ListCells.escape(people.reference(id)))),
                column(DATA_ACCESS, false, i -> items(i.dataAccess(),
                        (DataAccess d) -> ListCells.joinParts(d.system(), d.level().name()))),
                column(TOOLS, false, i -> items(i.tools(),
                        (ToolAccess t) -> ListCells.joinParts(t.name(), t.type().name()))),
                column(AGENT_LINKS, false, i -> items(i.agentLinks(), (AgentLink a) -> ListCells.joinParts(
                        a.agent(), a.direction().name(), a.handsTokens() ? "yes" : "no"))),
                column(CREDENTIALS, false, i -> items(i.credentials(), RegisterCsvFormat::credential)),
                column(REVOCATION_KILL_SWITCH, false, i -> i.revocation().killSwitch()),
                column(REVOCATION_AUTHORISED_BY, false, i -> i.revocation().authorisedBy()),
                column(REVOCATION_STEPS, false, i -> i.revocation().steps()),
                column(REVOCATION_TARGET_TIME, false, i -> i.revocation().targetTime() == null ? null
                        : Durations.format(i.revocation().targetTime())),
                column(REVOCATION_LAST_TESTED, false, i -> date(i.revocation().lastTested())),
                column(REVOCATION_LAST_RESULT, false, i -> name(i.revocation().lastResult())),
                column(REVOCATION_IMPACT, false, i -> i.revocation().impact()),
                column(NEXT_REVIEW, false, i -> date(i.nextReview()))),
                Set.of(ERROR));
    }

    /// The header, in file order.
    public static List<String> columns() {
        return table(new PersonDirectory(List.of())).headers();
    }

    /// A validator problem placed in the file: its column, and the list entry it concerns in the message.
    ///
    /// @param field a validator path such as `credentials[1].label`; a field this format does not know becomes
    ///              a problem of the whole row
    public static CsvProblem problem(int line, String field, String message) {
        Matcher m = INDEXED.matcher(field);
        if (m.matches()) {
            int entry = Integer.parseInt(m.group(2)) + 1;
            return new CsvProblem(line, COLUMN_OF_FIELD.get(m.group(1)), "Entry " + entry + ": " + message);
        }
        return new CsvProblem(line, COLUMN_OF_FIELD.get(field), message);
    }

    private static String credential(Credential c) {
        return ListCells.joinParts(c.label(), c.type().name(), c.storedIn().name(), Durations.format(c.lifetime()),
                date(c.lastRotated()), c.rotationIntervalDays() == null ? "" : c.rotationIntervalDays().toString());
    }

    private static <E> String items(Collection<E> items, Function<E, String> item) {
        return ListCells.joinItems(items.stream().map(item).toList());
    }

    private static CsvColumn<Integration> column(String name, boolean required, Function<Integration, String> value) {
        return new CsvColumn<>(name, required, value);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
