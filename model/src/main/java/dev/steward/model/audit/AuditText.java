package dev.steward.model.audit;

import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Durations;
import dev.steward.model.register.ToolAccess;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/// How register values read in the audit log. `null` always stands for "empty", so that an empty list, a blank
/// text and an unset field look the same and creation can skip them.
final class AuditText {
    private static final String LIST_SEPARATOR = "; ";

    private AuditText() {
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static String enumName(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }

    /// Short form such as "15m" or "90d", the same form the forms accept.
    static String duration(Duration value) {
        return value == null ? null : Durations.format(value);
    }

    /// Environments in their natural order (development first), whatever order the set iterates in.
    static String environments(Set<? extends Enum<?>> values) {
        return join(values.stream().sorted((a, b) -> Integer.compare(a.ordinal(), b.ordinal())).toList(),
                Enum::name, ", ");
    }

    static String person(Long id, LongFunction<String> personName) {
        return id == null ? null : personName(id, personName);
    }

    static String people(List<Long> ids, LongFunction<String> personName) {
        return join(ids, id -> personName(id, personName), ", ");
    }

    /// e.g. "CRM (WRITE); Billing DB (READ)"
    static String dataAccess(List<DataAccess> values) {
        return join(values, d -> d.system() + " (" + d.level().name() + ")", LIST_SEPARATOR);
    }

    /// e.g. "Jira (MCP_SERVER); Slack (API)"
    static String tools(List<ToolAccess> values) {
        return join(values, t -> t.name() + " (" + t.type().name() + ")", LIST_SEPARATOR);
    }

    /// e.g. "Planner agent (UPSTREAM); Executor agent (DOWNSTREAM, hands tokens)"
    static String agentLinks(List<AgentLink> values) {
        return join(values, link -> link.agent() + " (" + link.direction().name()
                + (link.handsTokens() ? ", hands tokens" : "") + ")", LIST_SEPARATOR);
    }

    /// e.g. "Jira OAuth client (OAUTH_CLIENT_REFRESH_TOKEN in SECRETS_MANAGER, lifetime 90d, rotated 2025-03-01,
    /// rotate every 90 days)"
    static String credentials(List<Credential> values) {
        return join(values, AuditText::credential, LIST_SEPARATOR);
    }

    private static String credential(Credential c) {
        StringBuilder text = new StringBuilder(c.label()).append(" (").append(c.type().name())
                .append(" in ").append(c.storedIn().name())
                .append(c.neverExpires() ? ", never expires" : ", lifetime " + Durations.format(c.lifetime()));
        if (c.lastRotated() != null) {
            text.append(", rotated ").append(c.lastRotated());
        }
        if (c.rotationIntervalDays() != null) {
            text.append(", rotate every ").append(c.rotationIntervalDays()).append(" days");
        }
        return text.append(')').toString();
    }

    private static String personName(long id, LongFunction<String> personName) {
        String name = personName.apply(id);
        // A dangling id must still be visible in the log rather than vanish as "null".
        return name == null ? "person #" + id : name;
    }

    private static <T> String join(Collection<T> values, Function<T, String> render, String separator) {
        return values.isEmpty() ? null : values.stream().map(render).collect(Collectors.joining(separator));
    }
}
