package dev.steward.model.controls;

import dev.steward.model.classification.ControlId;
import dev.steward.model.classification.RiskTier;

import java.util.List;
import java.util.Objects;

/// One Steward control with its explanation and the framework items it answers to.
///
/// @param id          the control; its code and title come from {@link ControlId}
/// @param description what the control means for an AI integration and what evidence shows it is met
/// @param appliesFrom lowest risk tier at which it applies to every NHI, even when no rule required it
/// @param mappings    framework items, each resolved against the facts, in catalog order
public record Control(ControlId id, String description, RiskTier appliesFrom, List<FrameworkMapping> mappings) {

    public Control {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(appliesFrom, "appliesFrom");
        mappings = List.copyOf(mappings);
    }

    /// Stable code such as `STW-04`.
    public String code() {
        return id.code();
    }

    /// The title, identical to {@link ControlId#title()}.
    public String title() {
        return id.title();
    }

    /// Distinct framework keys this control maps to, in order of first appearance.
    public List<String> frameworkIds() {
        return mappings.stream().map(FrameworkMapping::frameworkId).distinct().toList();
    }

    /// The mappings to one framework, in catalog order.
    public List<FrameworkMapping> mappingsTo(String frameworkId) {
        return mappings.stream().filter(m -> m.frameworkId().equals(frameworkId)).toList();
    }
}
