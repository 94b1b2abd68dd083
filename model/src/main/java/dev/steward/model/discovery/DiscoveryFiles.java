package dev.steward.model.discovery;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/// Which files hold integrations, and of which kind. A file is known by its name and folder (the clients'
/// own file names); a JSON file of another name by its content (a Graph page, GitHub's installation listing,
/// Okta grants or agents).
///
/// A folder is searched for the clients' files at any depth (up to {@link #MAX_DEPTH}, skipping dependency and
/// build folders), and for identity exports directly inside it, where a governance team puts what it collected.
public final class DiscoveryFiles {
    static final int MAX_DEPTH = 12;
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", ".git", "target", "build", "dist",
            ".venv", "venv", "__pycache__", ".gradle", ".m2", ".cache", ".npm");

    private DiscoveryFiles() {
    }

    /// The source a file name alone tells (empty when only the content can tell, or the file is not one).
    public static Optional<DiscoverySource> byName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String folder = file.getParent() == null || file.getParent().getFileName() == null ? ""
                : file.getParent().getFileName().toString().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (name) {
            case "claude_desktop_config.json" -> DiscoverySource.CLAUDE_DESKTOP;
            case ".mcp.json", ".claude.json" -> DiscoverySource.CLAUDE_CODE;
            case "mcp_config.json" -> DiscoverySource.WINDSURF;
            case "mcp.json" -> folder.equals(".cursor") ? DiscoverySource.CURSOR
                    : folder.equals(".vscode") || folder.equals("user") ? DiscoverySource.VS_CODE : null;
            case "settings.json" -> folder.equals(".gemini") ? DiscoverySource.GEMINI_CLI : null;
            case "config.toml" -> folder.equals(".codex") ? DiscoverySource.CODEX : null;
            default -> null;
        });
    }

    /// The source of a file given by name on the command line or in a file chooser: by name, else by content.
    static Optional<DiscoverySource> of(Path file, JsonNode json) {
        Optional<DiscoverySource> named = byName(file);
        if (named.isPresent()) {
            return named;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        if (name.endsWith(".toml")) {
            return Optional.of(DiscoverySource.CODEX);
        }
        if (json == null) {
            return Optional.empty();
        }
        if (json.isObject() && json.has("servers") && json.get("servers").isObject()) {
            return Optional.of(DiscoverySource.VS_CODE);
        }
        if (json.isObject() && json.has("mcpServers")) {
            return Optional.of(name.equals("settings.json") ? DiscoverySource.GEMINI_CLI
                    : name.equals("mcp.json") ? DiscoverySource.CURSOR : DiscoverySource.CLAUDE_DESKTOP);
        }
        if (EntraAgentReader.looksLikeEntra(json)) {
            return Optional.of(DiscoverySource.ENTRA_AGENT_ID);
        }
        if (GitHubAppsReader.looksLikeGitHub(json)) {
            return Optional.of(DiscoverySource.GITHUB_APPS);
        }
        if (OktaReader.looksLikeOkta(json)) {
            return Optional.of(DiscoverySource.OKTA);
        }
        return Optional.empty();
    }

    /// The files below `folder` worth reading, sorted so two runs over the same folder read in the same order.
    static List<Path> search(Path folder) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, Set.of(), MAX_DEPTH, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return !dir.equals(folder) && SKIPPED_FOLDERS.contains(name)
                            ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    boolean export = file.getParent().equals(folder)
                            && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
                    if (attrs.isRegularFile() && (byName(file).isPresent() || export)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search " + folder + ": " + e.getMessage(), e);
        }
        found.sort(null);
        return found;
    }
}
