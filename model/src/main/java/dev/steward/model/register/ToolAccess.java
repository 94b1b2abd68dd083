package dev.steward.model.register;

import java.util.Objects;

/// A tool, API or MCP server the integration can call.
public record ToolAccess(String name, ToolType type) {
    public ToolAccess {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
