package dev.steward.model.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/// Okta exports: OAuth consent grants (`{id, clientId, issuer, scopeId, status, userId, ...}`, a bare array or
/// under `grants`), one finding per client; and AI agent records (under `agents`, or a bare array of objects
/// with `owners`), one finding per agent. Revoked grants and deleted agents are skipped.
final class OktaReader {
    private final JsonFields fields;

    OktaReader(JsonFields fields) {
        this.fields = fields;
    }

    static boolean looksLikeOkta(JsonNode root) {
        JsonNode first = first(root);
        return root.isObject() && (root.has("grants") || root.has("agents"))
                || first != null && first.isObject() && (first.has("clientId") && first.has("scopeId")
                || first.has("owners") && first.has("status"));
    }

    private static JsonNode first(JsonNode root) {
        if (root.isArray()) {
            return root.get(0);
        }
        for (String member : List.of("grants", "agents")) {
            if (root.has(member) && root.get(member).isArray()) {
                return root.get(member).get(0);
            }
        }
        return null;
    }

    List<Finding> read(JsonNode root) {
        List<Finding> findings = new ArrayList<>();
        if (root.isArray()) {
            JsonNode first = root.get(0);
            if (first != null && first.isObject() && first.has("clientId")) {
                grants(root, "$", findings);
            } else {
                agents(root, "$", findings);
            }
            return findings;
        }
        if (!root.isObject()) {
            throw fields.error("$", "must be an array of grants or agents, or an object holding them");
        }
        grants(fields.array(root, "grants", "$"), "$.grants", findings);
        agents(fields.array(root, "agents", "$"), "$.agents", findings);
        return findings;
    }

    private void grants(JsonNode grants, String path, List<Finding> into) {
        Map<String, Finding> byClient = new LinkedHashMap<>();
        for (int i = 0; i < grants.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode grant = fields.element(grants, i, path);
            String client = fields.requiredText(grant, "clientId", at);
            String scope = fields.requiredText(grant, "scopeId", at);
            String status = fields.text(grant, "status", at);
            if (status != null && !status.equals("ACTIVE")) {
                continue;
            }
            String issuer = fields.text(grant, "issuer", at);
            String system = "Okta " + (issuer == null ? "org" : host(issuer, JsonFields.path(at, "issuer")));
            JsonNode embedded = grant.path("_embedded").path("client");
            String name = embedded.isObject() && embedded.path("client_name").isTextual()
                    ? embedded.get("client_name").textValue() : client;
            Finding finding = new Finding("okta-client:" + client, name, null, IntegrationKind.GENAI_PLUGIN_SAAS,
                    List.of(new ToolAccess(scope, ToolType.API)),
                    List.of(new DataAccess(system, ScopeLevels.of(scope))),
                    List.of(new Credential("OAuth tokens users delegated by consent", CredentialType.USER_DELEGATED_TOKEN,
                            SecretStorage.CONFIG_FILE, null, null, null)),
                    List.of(), List.of(), List.of("consent grants: where the client keeps its tokens is not in the export"),
                    List.of(new SourceRef(DiscoverySource.OKTA, fields.file(), path + " (clientId " + client + ")")),
                    null);
            byClient.merge(client, finding, Finding::mergedWith);
        }
        into.addAll(byClient.values());
    }

    private void agents(JsonNode agents, String path, List<Finding> into) {
        for (int i = 0; i < agents.size(); i++) {
            String at = path + "[" + i + "]";
            JsonNode agent = fields.element(agents, i, path);
            String id = fields.requiredText(agent, "id", at);
            JsonNode profile = fields.object(agent, "profile", at);
            String name = profile != null && profile.path("name").isTextual() ? profile.get("name").textValue()
                    : fields.requiredText(agent, "name", at);
            String status = fields.text(agent, "status", at);
            if ("DELETED".equals(status)) {
                continue;
            }
            List<String> notes = new ArrayList<>();
            if (status != null && !status.equals("ACTIVE")) {
                notes.add("lifecycle state " + status);
            }
            List<String> owners = Directory.emails(fields, agent, "owners", at, notes);
            if (owners.size() == 1) {
                notes.add("one owner (Okta recommends two)");
            }
            List<String> sponsors = Directory.emails(fields, agent, "sponsors", at, notes);
            List<Credential> credentials = new ArrayList<>();
            JsonNode credentialsNode = fields.object(agent, "credentials", at);
            if (credentialsNode != null) {
                JsonNode keys = fields.array(credentialsNode, "jwks", JsonFields.path(at, "credentials"));
                for (int k = 0; k < keys.size(); k++) {
                    String kid = keys.get(k).path("kid").isTextual() ? keys.get(k).get("kid").textValue() : "key " + (k + 1);
                    // A public key is registered; the agent signs a client assertion with the private half and gets
                    // short-lived tokens. Where that private key lives is not in the export.
                    credentials.add(new Credential("private key JWT '" + kid + "'", CredentialType.SERVICE_ACCOUNT_KEY,
                            SecretStorage.CONFIG_FILE, null, null, null));
                }
            }
            JsonNode app = fields.object(agent, "linkedApp", at);
            if (app != null && app.path("name").isTextual()) {
                notes.add("linked OIDC app '" + app.get("name").textValue() + "'");
            }
            List<ToolAccess> tools = new ArrayList<>();
            List<DataAccess> data = new ArrayList<>();
            fields.eachObject(agent, "delegations", at, (delegation, dAt) -> {
                String scope = fields.requiredText(delegation, "scope", dAt);
                String resource = fields.text(delegation, "resource", dAt);
                tools.add(new ToolAccess(scope, ToolType.API));
                data.add(new DataAccess(resource == null ? "Okta" : resource, ScopeLevels.of(scope)));
            });
            into.add(new Finding("okta-agent:" + id, name, null, IntegrationKind.AUTONOMOUS_AGENT, tools,
                    Finding.unionAccess(data, List.of()), credentials, owners, sponsors, notes,
                    List.of(new SourceRef(DiscoverySource.OKTA, fields.file(), at)), null));
        }
    }

    private String host(String issuer, String path) {
        try {
            String host = URI.create(issuer.strip()).getHost();
            if (host == null) {
                throw fields.error(path, "is not a URL with a host");
            }
            return host;
        } catch (IllegalArgumentException e) {
            throw fields.error(path, "is not a valid URL");
        }
    }
}
