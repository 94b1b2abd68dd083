package dev.steward.service.campaign;

import dev.steward.model.campaign.Campaign;
import dev.steward.model.campaign.DeciderRule;
import dev.steward.model.validation.FreeText;
import dev.steward.model.validation.ValidationProblem;
import dev.steward.storage.PersonRepository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static dev.steward.service.access.WriteChecks.requireValid;

/// The checks a campaign write passes before it touches a row. Free text goes through {@link FreeText}, so a
/// pasted key is refused here whichever window or command sent it.
final class CampaignChecks {
    /// The V16 column sizes.
    static final int MAX_NAME = 200;
    static final int MAX_VENDORS = 4000;
    static final int MAX_SEARCH = 1000;
    static final int MAX_JUSTIFICATION = 4000;
    static final int MAX_DRILL_NOTES = 4000;

    private CampaignChecks() {
    }

    static void requireValidDraft(Campaign draft, LocalDate today) {
        FreeText.Checks checks = FreeText.check()
                .text("name", "The campaign name", draft.name(), MAX_NAME)
                .text("scope.vendors", "The vendors", String.join("\n", draft.scope().vendors()), MAX_VENDORS)
                .text("scope.searchText", "The saved search", draft.scope().searchText(), MAX_SEARCH);
        List<ValidationProblem> problems = new ArrayList<>(checks.problems());
        if (draft.name().isBlank()) {
            problems.add(new ValidationProblem("name", "Name the campaign."));
        }
        if (draft.due().isBefore(today)) {
            problems.add(new ValidationProblem("due", "The due date " + draft.due() + " has passed: pick today or later."));
        }
        if (draft.deciderRule() == DeciderRule.NAMED_REVIEWER && draft.namedReviewerId() == null) {
            problems.add(new ValidationProblem("namedReviewerId", "Name the reviewer who decides every item."));
        }
        requireValid(problems);
    }

    static void requireKnownPeople(Campaign draft, PersonRepository people) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (draft.namedReviewerId() != null && !people.exists(draft.namedReviewerId())) {
            problems.add(new ValidationProblem("namedReviewerId", "The reviewer (person " + draft.namedReviewerId()
                    + ") is not in the register."));
        }
        if (draft.fallbackReviewerId() != null && !people.exists(draft.fallbackReviewerId())) {
            problems.add(new ValidationProblem("fallbackReviewerId", "The fallback reviewer (person "
                    + draft.fallbackReviewerId() + ") is not in the register."));
        }
        requireValid(problems);
    }

    static void requireJustification(String justification) {
        List<ValidationProblem> problems = new ArrayList<>(FreeText.check()
                .text("justification", "The justification", justification, MAX_JUSTIFICATION).problems());
        if (justification == null || justification.isBlank()) {
            problems.add(new ValidationProblem("justification", "Say why: every campaign decision needs a justification."));
        }
        requireValid(problems);
    }

    static void requireDrillNotes(String notes) {
        FreeText.check().text("drillNotes", "The drill notes", notes, MAX_DRILL_NOTES).requireValid();
    }
}
