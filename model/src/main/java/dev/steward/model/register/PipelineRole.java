package dev.steward.model.register;

/// Role of a component inside a multi-agent pipeline; only meaningful for {@link IntegrationKind#PIPELINE_COMPONENT}.
public enum PipelineRole {
    PLANNER,
    EXECUTOR,
    VERIFIER,
    OTHER;
}
