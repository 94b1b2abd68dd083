package dev.steward.model.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.IntegrationKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/// An organisation's GitHub App installations, as the REST listing returns them
/// (`{"total_count": N, "installations": [...]}`, or the bare array). One finding per app, keyed by `app_id`;
/// each permission becomes a system "GitHub NAME" at the level granted.
final class GitHubAppsReader {
    private final JsonFields fields;

    GitHubAppsReader(JsonFields fields) {
        this.fields = fields;
    }

    static boolean looksLikeGitHub(JsonNode root) {
        JsonNode first = root.isObject() && root.has("installations") ? root.get("installations").get(0)
                : root.isArray() ? root.get(0) : null;
        return root.isObject() && root.has("installations")
                || first != null && first.isObject() && first.has("app_slug");
    }

    List<Finding> read(JsonNode root) {
        String path = root.isArray() ? "$" : "$.installations";
        JsonNode installations = root.isArray() ? root : fields.array(root, "installations", "$");
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < installations.size(); i++) {
            String at = path + "[" + i + "]";
            findings.add(installation(fields.element(installations, i, path), at));
        }
        return findings;
    }

    private Finding installation(JsonNode app, String path) {
        String appId = fields.id(app, "app_id", path);
        if (appId == null) {
            throw fields.error(JsonFields.path(path, "app_id"), "is required");
        }
        String slug = fields.requiredText(app, "app_slug", path);
        List<DataAccess> data = new ArrayList<>();
        JsonNode permissions = fields.object(app, "permissions", path);
        if (permissions != null) {
            for (Map.Entry<String, JsonNode> permission : permissions.properties()) {
                String at = JsonFields.path(JsonFields.path(path, "permissions"), permission.getKey());
                if (!permission.getValue().isTextual()) {
                    throw fields.error(at, "must be read, write or admin");
                }
                data.add(new DataAccess("GitHub " + permission.getKey(),
                        ScopeLevels.ofGitHub(permission.getValue().textValue(), fields, at)));
            }
        }
        List<String> notes = new ArrayList<>();
        String selection = fields.text(app, "repository_selection", path);
        JsonNode account = fields.object(app, "account", path);
        String owner = account == null ? null : fields.text(account, "login", JsonFields.path(path, "account"));
        if ("all".equals(selection)) {
            notes.add("installed on all repositories" + (owner == null ? "" : " of " + owner));
        } else if ("selected".equals(selection)) {
            notes.add("installed on selected repositories" + (owner == null ? "" : " of " + owner));
        }
        List<String> events = fields.texts(app, "events", path);
        if (!events.isEmpty()) {
            notes.add("receives events: " + String.join(", ", events));
        }
        if (fields.text(app, "suspended_at", path) != null) {
            notes.add("suspended since " + fields.text(app, "suspended_at", path));
        }
        notes.add("acts with installation tokens GitHub issues for an hour from the app's private key, which its vendor holds");
        return new Finding("github-app:" + appId, slug, null, IntegrationKind.GENAI_PLUGIN_SAAS, List.of(),
                Finding.unionAccess(data, List.of()), List.of(), List.of(), List.of(), notes,
                List.of(new SourceRef(DiscoverySource.GITHUB_APPS, fields.file(), path)), null);
    }
}
