package dev.steward.model.discovery;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// The MCP client configurations: where each client keeps its servers.
///
/// - Claude Desktop, Cursor, Windsurf, Gemini CLI, Claude Code's `.mcp.json`: `mcpServers`.
/// - Claude Code's `~/.claude.json`: `mcpServers` and `projects.<path>.mcpServers`.
/// - VS Code: `servers`, with `inputs` whose `password: true` entries make `${input:ID}` a credential.
/// - Codex CLI: TOML tables `[mcp_servers.NAME]` (read by {@link TomlSubset}).
final class McpConfigReader {
    private McpConfigReader() {
    }

    static List<Finding> read(DiscoverySource source, JsonFields fields, JsonNode root) {
        if (!root.isObject()) {
            throw fields.error("$", "must be a JSON object, found " + JsonFields.describe(root));
        }
        List<Finding> findings = new ArrayList<>();
        switch (source) {
            case VS_CODE -> servers(fields, source, root, "servers", "$", passwordInputs(fields, root), findings);
            case CODEX -> servers(fields, source, root, "mcp_servers", "", Set.of(), findings);
            case CLAUDE_CODE -> {
                servers(fields, source, root, "mcpServers", "$", Set.of(), findings);
                JsonNode projects = fields.object(root, "projects", "$");
                if (projects != null) {
                    for (Map.Entry<String, JsonNode> project : projects.properties()) {
                        String path = JsonFields.path("$.projects", project.getKey());
                        if (!project.getValue().isObject()) {
                            throw fields.error(path, "must be an object, found " + JsonFields.describe(project.getValue()));
                        }
                        servers(fields, source, project.getValue(), "mcpServers", path, Set.of(), findings);
                    }
                }
            }
            default -> servers(fields, source, root, "mcpServers", "$", Set.of(), findings);
        }
        return findings;
    }

    private static void servers(JsonFields fields, DiscoverySource source, JsonNode parent, String member,
                                String path, Set<String> passwordInputs, List<Finding> into) {
        JsonNode servers = fields.object(parent, member, path);
        if (servers == null) {
            return;
        }
        String serversPath = path.isEmpty() ? member : JsonFields.path(path, member);
        McpServerReader reader = new McpServerReader(fields, source, passwordInputs);
        for (Map.Entry<String, JsonNode> server : servers.properties()) {
            into.add(reader.read(server.getKey(), server.getValue(), JsonFields.path(serversPath, server.getKey())));
        }
    }

    private static Set<String> passwordInputs(JsonFields fields, JsonNode root) {
        Set<String> ids = new HashSet<>();
        JsonNode inputs = fields.array(root, "inputs", "$");
        for (int i = 0; i < inputs.size(); i++) {
            JsonNode input = fields.element(inputs, i, "$.inputs");
            if (fields.flag(input, "password", "$.inputs[" + i + "]")) {
                ids.add(fields.requiredText(input, "id", "$.inputs[" + i + "]"));
            }
        }
        return ids;
    }
}
