package dev.steward.model.validation;

import dev.steward.model.register.AgentLink;
import dev.steward.model.register.Credential;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleRules;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.ToolAccess;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/// All rules an integration must satisfy before it is stored.
///
/// Problems name their field by record component, with list indices and nested components joined the way a
/// person would read them: `"name"`, `"credentials[1].label"`, `"revocation.steps"`. A form can map these
/// paths to its controls. The length limits are public so that storage can size its columns to match.
public final class IntegrationValidator {
    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_PURPOSE_LENGTH = 4000;
    public static final int MAX_VENDOR_LENGTH = 200;
    /// Data system, tool, linked agent and credential label names.
    public static final int MAX_ITEM_NAME_LENGTH = 200;
    /// Each free-text field of the revocation path.
    public static final int MAX_REVOCATION_TEXT_LENGTH = 4000;

    private IntegrationValidator() {
    }

    /// Validates against today's date on the system clock.
    ///
    /// @return every problem found, empty when valid
    public static List<ValidationProblem> validate(Integration integration) {
        return validate(integration, LocalDate.now());
    }

    /// @param today the date after which recorded events (rotations, drills) cannot have happened yet
    /// @return every problem found, empty when valid
    public static List<ValidationProblem> validate(Integration integration, LocalDate today) {
        Problems problems = new Problems();
        checkDescription(integration, problems);
        checkPipelineRole(integration, problems);
        checkOwnership(integration, problems);
        checkDataAccess(integration.dataAccess(), problems);
        checkTools(integration.tools(), problems);
        checkAgentLinks(integration.agentLinks(), problems);
        checkCredentials(integration.credentials(), today, problems);
        checkRevocation(integration.revocation(), today, problems);
        return problems.toList();
    }

    private static void checkDescription(Integration integration, Problems problems) {
        problems.requiredText("name", integration.name(), MAX_NAME_LENGTH, "Give the integration a name.");
        problems.requiredText("purpose", integration.purpose(), MAX_PURPOSE_LENGTH,
                "Describe what the integration is for: which work it does and for whom.");
        problems.optionalText("vendor", integration.vendor(), MAX_VENDOR_LENGTH);
    }

    private static void checkPipelineRole(Integration integration, Problems problems) {
        boolean isPipelineComponent = integration.kind() == IntegrationKind.PIPELINE_COMPONENT;
        if (isPipelineComponent && integration.pipelineRole() == null) {
            problems.add("pipelineRole", "Choose the role this component plays in its pipeline "
                    + "(planner, executor, verifier or other).");
        } else if (!isPipelineComponent && integration.pipelineRole() != null) {
            problems.add("pipelineRole", "Pipeline role only applies to pipeline components: clear it.");
        }
    }

    private static void checkOwnership(Integration integration, Problems problems) {
        if (LifecycleRules.requiresOwnership(integration.status())) {
            if (integration.sponsorId() == null) {
                problems.add("sponsorId", "A business sponsor is required before an integration can be approved.");
            }
            if (integration.technicalOwnerId() == null) {
                problems.add("technicalOwnerId",
                        "A technical owner is required before an integration can be approved.");
            }
        }
        Set<Long> seen = new HashSet<>();
        List<Long> backups = integration.backupOwnerIds();
        for (int i = 0; i < backups.size(); i++) {
            Long backup = backups.get(i);
            String field = "backupOwnerIds[" + i + "]";
            if (backup.equals(integration.technicalOwnerId())) {
                problems.add(field, "The technical owner cannot also be their own backup: choose someone else.");
            } else if (!seen.add(backup)) {
                problems.add(field, "This person is already listed as a backup owner.");
            }
        }
    }

    private static void checkDataAccess(List<DataAccess> dataAccess, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < dataAccess.size(); i++) {
            String field = "dataAccess[" + i + "].system";
            String system = dataAccess.get(i).system();
            problems.requiredText(field, system, MAX_ITEM_NAME_LENGTH, "Name the data set or system.");
            if (!Problems.isBlank(system) && !seen.add(normalised(system))) {
                problems.add(field, "'" + system.strip() + "' is listed more than once: keep one entry with the "
                        + "highest access level it needs.");
            }
        }
    }

    private static void checkTools(List<ToolAccess> tools, Problems problems) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < tools.size(); i++) {
            String field = "tools[" + i + "].name";
            String name = tools.get(i).name();
            problems.requiredText(field, name, MAX_ITEM_NAME_LENGTH, "Name the tool, API or MCP server.");
            if (!Problems.isBlank(name) && !seen.add(normalised(name))) {
                problems.add(field, "'" + name.strip() + "' is listed more than once: remove the duplicate.");
            }
        }
    }

    private static void checkAgentLinks(List<AgentLink> links, Problems problems) {
        for (int i = 0; i < links.size(); i++) {
            problems.requiredText("agentLinks[" + i + "].agent", links.get(i).agent(), MAX_ITEM_NAME_LENGTH,
                    "Name the linked agent.");
        }
    }

    private static void checkCredentials(List<Credential> credentials, LocalDate today, Problems problems) {
        for (int i = 0; i < credentials.size(); i++) {
            Credential credential = credentials.get(i);
            String prefix = "credentials[" + i + "].";
            problems.requiredText(prefix + "label", credential.label(), MAX_ITEM_NAME_LENGTH,
                    "Give the credential a label, e.g. 'Jira OAuth client'.");
            Integer interval = credential.rotationIntervalDays();
            if (interval != null && interval <= 0) {
                problems.add(prefix + "rotationIntervalDays",
                        "Rotation interval must be at least 1 day; leave it empty if there is no rotation schedule.");
            }
            LocalDate lastRotated = credential.lastRotated();
            if (lastRotated != null && lastRotated.isAfter(today)) {
                problems.add(prefix + "lastRotated",
                        "Last rotation " + lastRotated + " is in the future: enter the date it actually happened.");
            }
            if (!isPositiveOrAbsent(credential.lifetime())) {
                problems.add(prefix + "lifetime",
                        "Lifetime must be longer than zero; leave it empty if the credential never expires.");
            }
        }
    }

    private static void checkRevocation(RevocationPath revocation, LocalDate today, Problems problems) {
        problems.optionalText("revocation.killSwitch", revocation.killSwitch(), MAX_REVOCATION_TEXT_LENGTH);
        problems.optionalText("revocation.authorisedBy", revocation.authorisedBy(), MAX_REVOCATION_TEXT_LENGTH);
        problems.optionalText("revocation.steps", revocation.steps(), MAX_REVOCATION_TEXT_LENGTH);
        problems.optionalText("revocation.impact", revocation.impact(), MAX_REVOCATION_TEXT_LENGTH);
        if (!isPositiveOrAbsent(revocation.targetTime())) {
            problems.add("revocation.targetTime", "Target time must be longer than zero, e.g. 15m.");
        }
        LocalDate lastTested = revocation.lastTested();
        if (lastTested != null && lastTested.isAfter(today)) {
            problems.add("revocation.lastTested",
                    "Last drill " + lastTested + " is in the future: enter the date it actually happened.");
        }
        // A date without a result (or the reverse) would let a dashboard count an unknown drill as tested.
        if (lastTested != null && revocation.lastResult() == null) {
            problems.add("revocation.lastResult", "Record how the drill on " + lastTested + " went.");
        } else if (lastTested == null && revocation.lastResult() != null) {
            problems.add("revocation.lastTested", "Record when the drill took place, or clear its result.");
        }
    }

    private static boolean isPositiveOrAbsent(Duration duration) {
        return duration == null || duration.isPositive();
    }

    private static String normalised(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
