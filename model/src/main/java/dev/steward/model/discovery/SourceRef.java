package dev.steward.model.discovery;

import java.util.Objects;

/// Where one finding was written down: the kind of file, the file as it was named, and the place inside it
/// (a JSON path such as `$.mcpServers.github`, or a TOML table such as `[mcp_servers.github]`).
public record SourceRef(DiscoverySource source, String file, String location) implements Comparable<SourceRef> {
    public SourceRef {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(location, "location");
    }

    /// The part of a source that a dismissal remembers: the same kind of file at the same path.
    public String origin() {
        return source.name() + " " + file;
    }

    /// "Claude Desktop: /home/ana/claude_desktop_config.json at $.mcpServers.github"
    @Override
    public String toString() {
        return source.label() + ": " + file + " at " + location;
    }

    @Override
    public int compareTo(SourceRef other) {
        return toString().compareTo(other.toString());
    }
}
