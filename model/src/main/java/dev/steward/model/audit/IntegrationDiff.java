package dev.steward.model.audit;

import dev.steward.model.register.Integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;

/// Field-by-field differences between two versions of an integration, for the audit log.
///
/// Field names are the record component names (`"purpose"`, `"backupOwnerIds"`), with revocation fields
/// prefixed (`"revocation.killSwitch"`). Values are human-readable text: enums by constant name, durations in
/// the short form of {@link dev.steward.model.register.Durations}, dates in ISO-8601, people by name, lists joined
/// with "; " (people with ", "). Empty values (blank text, empty lists, unset fields) are `null`.
/// Storage bookkeeping (`id`, `version`, `updatedAt`, `updatedBy`) is never reported: the log entry itself
/// carries who and when.
public final class IntegrationDiff {
    private IntegrationDiff() {
    }

    /// @param before     `null` for a creation: every non-empty field is then reported as new, with a `null` old value
    /// @param after      the version being saved; `null` reports every non-empty field of `before` as removed
    /// @param personName turns a person id into the text the log shows (for sponsor and owners)
    /// @return changes in the order of the record's components, empty when nothing a person edits has changed
    public static List<FieldChange> between(Integration before, Integration after, LongFunction<String> personName) {
        List<FieldChange> changes = new ArrayList<>();
        for (AuditedField field : fields(personName)) {
            Object oldIdentity = before == null ? null : field.identity(before);
            Object newIdentity = after == null ? null : field.identity(after);
            if (!Objects.equals(oldIdentity, newIdentity)) {
                changes.add(new FieldChange(field.name(),
                        before == null ? null : field.render(before),
                        after == null ? null : field.render(after)));
            }
        }
        return List.copyOf(changes);
    }

    // Most fields are compared as rendered text, so that what the log shows is exactly what counts as a change
    // (a blank purpose and a null one are the same). People are compared by id instead: two colleagues may
    // share a name, and handing an integration from one to the other must still be logged.
    private static List<AuditedField> fields(LongFunction<String> personName) {
        return List.of(
                new AuditedField("name", i -> AuditText.text(i.name())),
                new AuditedField("purpose", i -> AuditText.text(i.purpose())),
                new AuditedField("vendor", i -> AuditText.text(i.vendor())),
                new AuditedField("kind", i -> AuditText.enumName(i.kind())),
                new AuditedField("pipelineRole", i -> AuditText.enumName(i.pipelineRole())),
                new AuditedField("environments", i -> AuditText.environments(i.environments())),
                new AuditedField("status", i -> AuditText.enumName(i.status())),
                AuditedField.byId("sponsorId", Integration::sponsorId,
                        i -> AuditText.person(i.sponsorId(), personName)),
                AuditedField.byId("technicalOwnerId", Integration::technicalOwnerId,
                        i -> AuditText.person(i.technicalOwnerId(), personName)),
                AuditedField.byId("backupOwnerIds", i -> emptyAsNull(i.backupOwnerIds()),
                        i -> AuditText.people(i.backupOwnerIds(), personName)),
                new AuditedField("dataAccess", i -> AuditText.dataAccess(i.dataAccess())),
                new AuditedField("tools", i -> AuditText.tools(i.tools())),
                new AuditedField("agentLinks", i -> AuditText.agentLinks(i.agentLinks())),
                new AuditedField("credentials", i -> AuditText.credentials(i.credentials())),
                new AuditedField("revocation.killSwitch", i -> AuditText.text(i.revocation().killSwitch())),
                new AuditedField("revocation.authorisedBy", i -> AuditText.text(i.revocation().authorisedBy())),
                new AuditedField("revocation.steps", i -> AuditText.text(i.revocation().steps())),
                new AuditedField("revocation.targetTime", i -> AuditText.duration(i.revocation().targetTime())),
                new AuditedField("revocation.lastTested", i -> AuditText.date(i.revocation().lastTested())),
                new AuditedField("revocation.lastResult", i -> AuditText.enumName(i.revocation().lastResult())),
                new AuditedField("revocation.impact", i -> AuditText.text(i.revocation().impact())),
                new AuditedField("nextReview", i -> AuditText.date(i.nextReview())));
    }

    private static Object emptyAsNull(List<Long> ids) {
        return ids.isEmpty() ? null : ids;
    }

    /// One audited field: how it reads in the log, and what decides whether it changed.
    private record AuditedField(String name, Function<Integration, ?> identifier,
                                Function<Integration, String> renderer) {
        AuditedField(String name, Function<Integration, String> renderer) {
            this(name, renderer, renderer);
        }

        static AuditedField byId(String name, Function<Integration, ?> identifier,
                                 Function<Integration, String> renderer) {
            return new AuditedField(name, identifier, renderer);
        }

        Object identity(Integration integration) {
            return identifier.apply(integration);
        }

        String render(Integration integration) {
            return renderer.apply(integration);
        }
    }
}
