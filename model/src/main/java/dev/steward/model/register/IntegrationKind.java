package dev.steward.model.register;

/// What sort of AI integration a register entry is. The kinds that people tend to forget
/// (MCP servers, workflow engines, pipeline components) are first-class on purpose.
public enum IntegrationKind {
    ASSISTANT_COPILOT,
    AUTONOMOUS_AGENT,
    PIPELINE_COMPONENT,
    GENAI_PLUGIN_SAAS,
    MCP_SERVER,
    WORKFLOW_AUTOMATION,
    LOCAL_MODEL;
}
