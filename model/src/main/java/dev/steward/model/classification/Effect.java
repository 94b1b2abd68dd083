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
record Effect(NhiVerdict verdict, AutonomyLevel autonomyAtLeast, RiskTier tierAtLeast, Set<ControlId> controls, String reason) {

    Effect {
        controls = controls.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(controls));
    }

    static Effect because(String reason) {
        return new Effect(null, null, null, Set.of(), reason);
    }

    Effect verdict(NhiVerdict decided) {
        return new Effect(decided, autonomyAtLeast, tierAtLeast, controls, reason);
    }

    Effect autonomy(AutonomyLevel floor) {
        return new Effect(verdict, floor, tierAtLeast, controls, reason);
    }

    Effect tier(RiskTier floor) {
        return new Effect(verdict, autonomyAtLeast, floor, controls, reason);
    }

    Effect require(ControlId... required) {
        Set<ControlId> all = EnumSet.noneOf(ControlId.class);
        all.addAll(controls);
        all.addAll(List.of(required));
        return new Effect(verdict, autonomyAtLeast, tierAtLeast, all, reason);
    }

    /// The reason followed by the concrete consequences, for the trace.
    String describe() {
        List<String> parts = new ArrayList<>();
        if (verdict != null) {
            parts.add("verdict " + verdict);
        }
        if (autonomyAtLeast != null) {
            parts.add("autonomy at least " + autonomyAtLeast);
        }
        if (tierAtLeast != null) {
            parts.add("tier at least " + tierAtLeast);
        }
        if (!controls.isEmpty()) {
            parts.add("requires " + controls.stream().sorted().map(ControlId::code).collect(Collectors.joining(", ")));
        }
        return parts.isEmpty() ? reason : reason + " -> " + String.join("; ", parts);
    }
}
