package dev.steward.model.register;

import java.util.Objects;

/// Another agent this one exchanges work with. {@code handsTokens} marks links that also pass credentials,
/// which is how access quietly spreads across a pipeline.
public record AgentLink(LinkDirection direction, String agent, boolean handsTokens) {
    public AgentLink {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(agent, "agent");
    }
}
