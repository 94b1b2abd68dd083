package dev.steward.model.register;

/// What sort of callable thing an integration can reach.
public enum ToolType {
    TOOL,
    API,
    MCP_SERVER;
}
