package dev.steward.storage;

import dev.steward.model.register.Durations;
import dev.steward.model.register.Integration;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.validation.ValidationProblem;
import org.jooq.Field;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static dev.steward.storage.jooq.Tables.INTEGRATION_AGENT_LINK;
import static dev.steward.storage.jooq.Tables.INTEGRATION_CREDENTIAL;
import static dev.steward.storage.jooq.Tables.INTEGRATION_DATA_ACCESS;
import static dev.steward.storage.jooq.Tables.INTEGRATION_TOOL;

/// Text lengths the columns can hold, checked before writing so a too-long value is a problem to fix rather
/// than an SQL error that aborts a whole import, and durations the columns would silently round.
///
/// The sizes come from the generated schema, so they follow the migrations. They matter where the validator
/// allows more than the column: V1 gives the revocation kill switch and authorised-by 1000 characters while
/// the validator allows 4000, and the validator counts code points while VARCHAR counts UTF-16 characters
/// (an emoji is one code point but two characters).
public final class ColumnLimits {
    private ColumnLimits() {
    }

    /// @return problems on validator field paths (`revocation.killSwitch`, `tools[2].name`), empty when all fit
    public static List<ValidationProblem> check(Integration i) {
        List<ValidationProblem> problems = new ArrayList<>();
        fits(problems, "name", i.name(), INTEGRATION.NAME);
        fits(problems, "purpose", i.purpose(), INTEGRATION.PURPOSE);
        fits(problems, "vendor", i.vendor(), INTEGRATION.VENDOR);
        RevocationPath r = i.revocation();
        fits(problems, "revocation.killSwitch", r.killSwitch(), INTEGRATION.REVOCATION_KILL_SWITCH);
        fits(problems, "revocation.authorisedBy", r.authorisedBy(), INTEGRATION.REVOCATION_AUTHORISED_BY);
        fits(problems, "revocation.steps", r.steps(), INTEGRATION.REVOCATION_STEPS);
        fits(problems, "revocation.impact", r.impact(), INTEGRATION.REVOCATION_IMPACT);
        for (int n = 0; n < i.dataAccess().size(); n++) {
            fits(problems, "dataAccess[" + n + "].system", i.dataAccess().get(n).system(),
                    INTEGRATION_DATA_ACCESS.SYSTEM_NAME);
        }
        for (int n = 0; n < i.tools().size(); n++) {
            fits(problems, "tools[" + n + "].name", i.tools().get(n).name(), INTEGRATION_TOOL.NAME);
        }
        for (int n = 0; n < i.agentLinks().size(); n++) {
            fits(problems, "agentLinks[" + n + "].agent", i.agentLinks().get(n).agent(),
                    INTEGRATION_AGENT_LINK.AGENT_NAME);
        }
        for (int n = 0; n < i.credentials().size(); n++) {
            fits(problems, "credentials[" + n + "].label", i.credentials().get(n).label(),
                    INTEGRATION_CREDENTIAL.LABEL);
            wholeMinutes(problems, "credentials[" + n + "].lifetime", i.credentials().get(n).lifetime());
        }
        wholeMinutes(problems, "revocation.targetTime", r.targetTime());
        return problems;
    }

    /// Durations are stored as whole minutes ({@link ColumnValues#minutes}); "90s" would come back as "1m".
    private static void wholeMinutes(List<ValidationProblem> problems, String field, Duration duration) {
        if (duration != null && !duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
            problems.add(new ValidationProblem(field, "The register keeps durations in whole minutes: "
                    + Durations.format(duration) + " would be stored as "
                    + Durations.format(Duration.ofMinutes(duration.toMinutes())) + ". Round it to minutes."));
        }
    }

    private static void fits(List<ValidationProblem> problems, String field, String value, Field<String> column) {
        int max = column.getDataType().length();
        if (value != null && max > 0 && value.length() > max) {
            problems.add(new ValidationProblem(field, "This is " + value.length() + " characters long, but the "
                    + "register can store at most " + max + " here: shorten it."));
        }
    }
}
