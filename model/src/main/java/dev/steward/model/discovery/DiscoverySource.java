package dev.steward.model.discovery;

/// A kind of file that records AI integrations, as {@link DiscoveryFiles} recognises it.
public enum DiscoverySource {
    CLAUDE_DESKTOP("Claude Desktop"),
    CLAUDE_CODE("Claude Code"),
    VS_CODE("VS Code"),
    CURSOR("Cursor"),
    WINDSURF("Windsurf"),
    GEMINI_CLI("Gemini CLI"),
    CODEX("Codex CLI"),
    ENTRA_AGENT_ID("Microsoft Entra Agent ID"),
    GITHUB_APPS("GitHub App installations"),
    OKTA("Okta");

    private final String label;

    DiscoverySource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /// True for the MCP client configurations (one machine's or project's view), false for identity-platform exports.
    public boolean isMcpClient() {
        return ordinal() <= CODEX.ordinal();
    }
}
