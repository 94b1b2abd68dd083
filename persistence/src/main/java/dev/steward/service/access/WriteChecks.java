package dev.steward.service.access;

import dev.steward.storage.PersonRepository;

import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleRules;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/// Checks a write needs beyond the model validators: the ones that depend on what is stored.
public final class WriteChecks {
    static final String RETIRED_READ_ONLY = "Retired integrations are read-only";

    private WriteChecks() {
    }

    public static void requireValid(List<ValidationProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /// Sponsor, technical owner and backup owners must be people who are stored.
    public static List<ValidationProblem> unknownPeople(Integration integration, PersonRepository people) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (integration.sponsorId() != null && !people.exists(integration.sponsorId())) {
            problems.add(missing("sponsorId", "sponsor", integration.sponsorId()));
        }
        if (integration.technicalOwnerId() != null && !people.exists(integration.technicalOwnerId())) {
            problems.add(missing("technicalOwnerId", "technical owner", integration.technicalOwnerId()));
        }
        List<Long> backups = integration.backupOwnerIds();
        for (int i = 0; i < backups.size(); i++) {
            if (!people.exists(backups.get(i))) {
                problems.add(missing("backupOwnerIds[" + i + "]", "backup owner", backups.get(i)));
            }
        }
        return problems;
    }

    /// A stored retired record may not change at all: that is reported alone, since nothing else matters.
    public static void requireNotRetired(Integration stored) {
        if (stored.isRetired()) {
            throw new ValidationException(List.of(new ValidationProblem("status", RETIRED_READ_ONLY)));
        }
    }

    /// Status moves must follow {@link LifecycleRules}.
    public static List<ValidationProblem> forbiddenMove(Integration stored, LifecycleStatus target) {
        if (LifecycleRules.canMove(stored.status(), target)) {
            return List.of();
        }
        String allowed = LifecycleRules.allowedTargets(stored.status()).stream().sorted()
                .map(WriteChecks::label).collect(Collectors.joining(", "));
        String message = "An integration cannot move from " + label(stored.status()) + " to " + label(target)
                + (allowed.isEmpty() ? "." : ". Allowed next: " + allowed + ".");
        return List.of(new ValidationProblem("status", message));
    }

    /// All problem lists together, so the user sees everything to fix at once.
    @SafeVarargs
    public static void requireNone(List<ValidationProblem>... problemLists) {
        List<ValidationProblem> all = new ArrayList<>();
        for (List<ValidationProblem> problems : problemLists) {
            all.addAll(problems);
        }
        requireValid(all);
    }

    /// "UNDER_REASSESSMENT" becomes "Under reassessment".
    static String label(LifecycleStatus status) {
        String words = status.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static ValidationProblem missing(String field, String role, long id) {
        return new ValidationProblem(field, "The selected " + role + " (person " + id
                + ") no longer exists. Choose someone else.");
    }
}
