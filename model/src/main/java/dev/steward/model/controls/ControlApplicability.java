package dev.steward.model.controls;

import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ControlId;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RuleFiring;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/// Decides which controls apply to a classified integration. A control applies when
///
/// 1. a classification rule required it (always, whatever the verdict), or
/// 2. the verdict is NHI or UNDETERMINED and the risk tier is at least the control's `appliesFrom`.
///    UNDETERMINED counts as NHI because a key answer is missing: holding back controls until the
///    answers arrive would leave a possible NHI ungoverned in the meantime, or
/// 3. the verdict is NOT_NHI and it is the registration control (STW-01): the integration stays in
///    the register with an owner, so someone answers for the verdict and re-classifies it when it
///    changes. Every other control is about an identity it does not have.
final class ControlApplicability {
    private ControlApplicability() {
    }

    static List<ApplicableControl> applicableTo(Classification classification, Collection<Control> controls) {
        Objects.requireNonNull(classification.verdict(), "classification has no verdict");
        return controls.stream()
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .map(control -> decide(classification, control))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<ApplicableControl> decide(Classification classification, Control control) {
        if (classification.requires(control.id())) {
            return Optional.of(required(classification, control));
        }
        NhiVerdict verdict = classification.verdict();
        if (verdict != NhiVerdict.NOT_NHI && classification.riskTier().compareTo(control.appliesFrom()) >= 0) {
            return Optional.of(new ApplicableControl(control, ApplicabilityBasis.NHI_AT_TIER, List.of(), atTier(classification, control)));
        }
        if (verdict == NhiVerdict.NOT_NHI && control.id() == ControlId.REGISTERED_OWNER_SPONSOR) {
            return Optional.of(new ApplicableControl(control, ApplicabilityBasis.REGISTRATION_OF_NON_NHI, List.of(),
                    "applies even though it is not an NHI: someone must own that verdict and re-classify it when the integration changes"));
        }
        return Optional.empty();
    }

    private static ApplicableControl required(Classification classification, Control control) {
        List<RuleFiring> rules = RequiringRules.of(classification, control.id());
        List<String> ids = rules.stream().map(RuleFiring::ruleId).toList();
        String reason = switch (rules.size()) {
            case 0 -> "required by the classification";
            case 1 -> "required by rule " + describe(rules.getFirst());
            default -> "required by rules " + rules.stream().map(ControlApplicability::describe).collect(Collectors.joining(", "));
        };
        return new ApplicableControl(control, ApplicabilityBasis.REQUIRED_BY_RULE, ids, reason);
    }

    private static String describe(RuleFiring rule) {
        return rule.ruleId() + " (" + rule.ruleTitle() + ")";
    }

    private static String atTier(Classification classification, Control control) {
        String reason = "applies to every NHI at tier \u2265 " + control.appliesFrom() + " (this one is " + classification.riskTier() + ")";
        return classification.verdict() == NhiVerdict.UNDETERMINED
                ? reason + "; the verdict is undetermined, so it is treated as an NHI until the key answers are in"
                : reason;
    }
}
