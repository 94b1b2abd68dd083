package dev.steward.model.discovery;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.steward.model.csv.ProgressMonitor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/// Reads the files people already have into findings: every MCP client configuration, Entra Agent ID exports,
/// GitHub App installations and Okta grants and agents (see docs/discovery.md).
///
/// The first file that cannot be read stops the run with a {@link DiscoveryInputException} naming it, the place
/// in it and the problem; nothing is half-reported. Reading is linear in the files' size (Jackson's parser, and
/// {@link TomlSubset}, read each character once). Values of credentials are dropped as they are read.
public final class Discovery {
    /// Larger files are refused: no configuration or export of a few hundred integrations comes near it.
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Discovery() {
    }

    /// Reads `paths` (files, and folders to search) and merges what they describe.
    public static DiscoveryReport read(List<Path> paths, ProgressMonitor progress) {
        List<Path> named = new ArrayList<>();
        List<Path> searched = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                searched.addAll(DiscoveryFiles.search(path));
            } else {
                named.add(path);
            }
        }
        List<Finding> all = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        long total = named.size() + searched.size();
        long done = 0;
        for (Path file : named) {
            progress.checkCancelled();
            all.addAll(readFile(file, true).orElseThrow());
            files.add(display(file));
            progress.progress(++done, total);
        }
        for (Path file : searched) {
            progress.checkCancelled();
            Optional<List<Finding>> found = readFile(file, DiscoveryFiles.byName(file).isPresent());
            if (found.isPresent()) {
                all.addAll(found.get());
                files.add(display(file));
            } else {
                skipped.add(display(file));
            }
            progress.progress(++done, total);
        }
        return new DiscoveryReport(combine(all), files, skipped);
    }

    /// One file's findings, unmerged; empty when `mustBeKnown` is false and the file is not a known kind.
    static Optional<List<Finding>> readFile(Path path, boolean mustBeKnown) {
        String file = display(path);
        byte[] bytes = bytes(path, file);
        boolean toml = path.getFileName() != null && path.getFileName().toString().endsWith(".toml");
        JsonNode root;
        if (toml) {
            root = TomlSubset.parse(file, new String(bytes, StandardCharsets.UTF_8));
        } else {
            try {
                root = JSON.readTree(bytes);
            } catch (JsonProcessingException e) {
                if (!mustBeKnown) {
                    return Optional.empty();
                }
                JsonLocation at = e.getLocation();
                // Jackson's own message may quote the text it stopped at, which may be a secret: say only where.
                throw new DiscoveryInputException(file, at == null ? "" : "line " + at.getLineNr() + ", column "
                        + at.getColumnNr(), "is not valid JSON" + (e.getOriginalMessage().startsWith("Duplicate field")
                        ? " (a member appears twice in one object)" : ""));
            } catch (IOException e) {
                throw new DiscoveryInputException(file, "", "cannot be read (" + e.getClass().getSimpleName() + ")");
            }
            if (root == null || root.isMissingNode()) {
                if (!mustBeKnown) {
                    return Optional.empty();
                }
                throw new DiscoveryInputException(file, "", "is empty");
            }
        }
        Optional<DiscoverySource> source = DiscoveryFiles.of(path, root);
        if (source.isEmpty()) {
            if (!mustBeKnown) {
                return Optional.empty();
            }
            throw new DiscoveryInputException(file, "", "is not a file Steward discovers from: expected an MCP client "
                    + "configuration, a Microsoft Graph page of agent identities or blueprints, GitHub's installation "
                    + "listing, or Okta grants or agents (see docs/discovery.md)");
        }
        JsonFields fields = new JsonFields(file);
        return Optional.of(switch (source.get()) {
            case ENTRA_AGENT_ID -> new EntraAgentReader(fields).read(root);
            case GITHUB_APPS -> new GitHubAppsReader(fields).read(root);
            case OKTA -> new OktaReader(fields).read(root);
            default -> McpConfigReader.read(source.get(), fields, root);
        });
    }

    private static byte[] bytes(Path path, String file) {
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new DiscoveryInputException(file, "", "is larger than " + MAX_FILE_BYTES / (1024 * 1024)
                        + " MB; no configuration or export of integrations is that large");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new DiscoveryInputException(file, "", "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    static String display(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /// One finding per key, every source kept; then each finding with a parent found among them (an Entra
    /// identity and its blueprint) takes the parent's credentials and permissions, and the parent is not
    /// listed on its own. A parent nobody read stays a finding of its own.
    public static List<Finding> combine(List<Finding> all) {
        Map<String, Finding> byKey = new LinkedHashMap<>();
        for (Finding finding : all) {
            byKey.merge(finding.key(), finding, Finding::mergedWith);
        }
        Map<String, Finding> result = new LinkedHashMap<>();
        List<String> absorbed = new ArrayList<>();
        for (Finding finding : byKey.values()) {
            Finding parent = finding.parentKey() == null ? null : byKey.get(finding.parentKey());
            if (parent != null) {
                result.put(finding.key(), finding.inheriting(parent));
                absorbed.add(parent.key());
            } else {
                result.put(finding.key(), finding);
            }
        }
        absorbed.forEach(result::remove);
        return List.copyOf(result.values());
    }
}
