package dev.steward.model.classification;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/// What a fired rule contributes. Tier and autonomy are floors ("at least"), never ceilings,
/// so combining effects can only raise the result.
///
/// @param verdict         the verdict the rule decides, or null
/// @param autonomyAtLeast autonomy floor, or null
/// @param tierAtLeast     risk tier floor, or null
/// @param controls        controls that become required
/// @param reason          why, in a sentence a reviewer can check against the answers
/// @param uncappedTier    the floor the rule sets for a non-human identity when it was held down
///                        to {@link #tierAtLeast} because this is none; null if it was not
record Effect(NhiVerdict verdict, AutonomyLevel autonomyAtLeast, RiskTier tierAtLeast, Set<ControlId> controls, String reason,
              RiskTier uncappedTier) {

    Effect {
        controls = controls.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(controls));
    }

    static Effect because(String reason) {
        return new Effect(null, null, null, Set.of(), reason, null);
    }

    Effect verdict(NhiVerdict decided) {
        return new Effect(decided, autonomyAtLeast, tierAtLeast, controls, reason, uncappedTier);
    }

    Effect autonomy(AutonomyLevel floor) {
        return new Effect(verdict, floor, tierAtLeast, controls, reason, uncappedTier);
    }

    Effect tier(RiskTier floor) {
        return new Effect(verdict, autonomyAtLeast, floor, controls, reason, uncappedTier);
    }

    Effect require(ControlId... required) {
        Set<ControlId> all = EnumSet.noneOf(ControlId.class);
        all.addAll(controls);
        all.addAll(List.of(required));
        return new Effect(verdict, autonomyAtLeast, tierAtLeast, all, reason, uncappedTier);
    }

    /// This effect with its tier floor held at `ceiling` (if it is higher), remembering the floor it would set.
    Effect tierAtMost(RiskTier ceiling) {
        if (tierAtLeast == null || tierAtLeast.compareTo(ceiling) <= 0) {
            return this;
        }
        return new Effect(verdict, autonomyAtLeast, ceiling, controls, reason, tierAtLeast);
    }

    /// The reason followed by the concrete consequences in display names, for the trace.
    String describe() {
        List<String> parts = new ArrayList<>();
        if (verdict != null) {
            parts.add("verdict " + verdict.label());
        }
        if (autonomyAtLeast != null) {
            parts.add("autonomy at least " + autonomyAtLeast.displayName());
        }
        if (tierAtLeast != null) {
            parts.add("tier at least " + tierAtLeast.label() + (uncappedTier == null ? ""
                    : " (" + uncappedTier.label() + " only for a non-human identity)"));
        }
        if (!controls.isEmpty()) {
            parts.add("requires " + controls.stream().sorted().map(ControlId::code).collect(Collectors.joining(", ")));
        }
        return parts.isEmpty() ? reason : reason + " -> " + String.join("; ", parts);
    }
}
