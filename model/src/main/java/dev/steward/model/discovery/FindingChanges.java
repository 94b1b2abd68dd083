package dev.steward.model.discovery;

import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Integration;
import dev.steward.model.register.ToolAccess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/// What a finding says that the matched integration's record does not: the diff since the record was last
/// reviewed, and the record with those additions.
///
/// Material (raising impact or autonomy): broader access on a system it already reaches; a new system it can
/// write to or administer; a new credential it uses on its own (anything but a token a user delegated).
/// Reported but not material: a new tool, a new system it only reads. Names compare ignoring case.
public final class FindingChanges {
    private FindingChanges() {
    }

    public static List<FindingChange> between(Integration registered, Finding finding) {
        List<FindingChange> changes = new ArrayList<>();
        for (ToolAccess tool : finding.tools()) {
            if (registered.tools().stream().noneMatch(t -> same(t.name(), tool.name()))) {
                changes.add(new FindingChange(FindingChange.Kind.NEW_TOOL, tool.name(), false));
            }
        }
        Map<String, AccessLevel> levels = levels(registered.dataAccess());
        for (DataAccess access : finding.dataAccess()) {
            AccessLevel before = levels.get(fold(access.system()));
            if (before == null) {
                changes.add(new FindingChange(FindingChange.Kind.NEW_SYSTEM, access.system() + " " + access.level(),
                        access.level() != AccessLevel.READ));
            } else if (access.level().compareTo(before) > 0) {
                changes.add(new FindingChange(FindingChange.Kind.BROADER_ACCESS, access.system() + " " + before
                        + " → " + access.level(), true));
            }
        }
        for (Credential credential : finding.credentials()) {
            if (registered.credentials().stream().noneMatch(c -> same(c.label(), credential.label()))) {
                changes.add(new FindingChange(FindingChange.Kind.NEW_CREDENTIAL, credential.label() + " ("
                        + credential.type() + " in " + credential.storedIn() + ")",
                        credential.type() != CredentialType.USER_DELEGATED_TOKEN));
            }
        }
        return List.copyOf(changes);
    }

    public static boolean anyMaterial(List<FindingChange> changes) {
        return changes.stream().anyMatch(FindingChange::material);
    }

    /// The record with everything the finding adds: missing tools and credentials appended, systems added or
    /// raised to the finding's level. Nothing is removed: a file that no longer lists something proves little.
    public static Integration applied(Integration registered, Finding finding) {
        List<ToolAccess> tools = new ArrayList<>(registered.tools());
        for (ToolAccess tool : finding.tools()) {
            if (tools.stream().noneMatch(t -> same(t.name(), tool.name()))) {
                tools.add(tool);
            }
        }
        List<DataAccess> data = new ArrayList<>();
        Map<String, AccessLevel> found = levels(finding.dataAccess());
        for (DataAccess access : registered.dataAccess()) {
            AccessLevel discovered = found.remove(fold(access.system()));
            data.add(discovered != null && discovered.compareTo(access.level()) > 0
                    ? new DataAccess(access.system(), discovered) : access);
        }
        for (DataAccess access : finding.dataAccess()) {
            if (found.containsKey(fold(access.system()))) {
                data.add(access);
                found.remove(fold(access.system()));
            }
        }
        List<Credential> credentials = new ArrayList<>(registered.credentials());
        for (Credential credential : finding.credentials()) {
            if (credentials.stream().noneMatch(c -> same(c.label(), credential.label()))) {
                credentials.add(credential);
            }
        }
        return new Integration(registered.id(), registered.version(), registered.name(), registered.purpose(),
                registered.vendor() == null ? finding.vendor() : registered.vendor(), registered.kind(),
                registered.pipelineRole(), registered.environments(), registered.status(), registered.sponsorId(),
                registered.technicalOwnerId(), registered.backupOwnerIds(), data, tools, registered.agentLinks(),
                credentials, registered.revocation(), registered.nextReview(), registered.updatedAt(),
                registered.updatedBy());
    }

    private static Map<String, AccessLevel> levels(List<DataAccess> access) {
        Map<String, AccessLevel> levels = new LinkedHashMap<>();
        for (DataAccess a : access) {
            levels.merge(fold(a.system()), a.level(), (x, y) -> x.compareTo(y) >= 0 ? x : y);
        }
        return levels;
    }

    private static boolean same(String a, String b) {
        return fold(a).equals(fold(b));
    }

    private static String fold(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
