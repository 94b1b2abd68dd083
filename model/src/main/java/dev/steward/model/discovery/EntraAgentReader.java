package dev.steward.model.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// Microsoft Entra Agent ID objects from Microsoft Graph: `agentIdentity` (a service principal, keyed by its
/// object id) and `agentIdentityBlueprint` (an application, keyed by its app id). An identity names its
/// blueprint in `agentIdentityBlueprintId`; the blueprint holds the credentials, so {@link Discovery} folds a
/// blueprint into the identities made from it when both are read.
///
/// Password credentials carry `hint` (the secret's first characters) and sometimes `secretText`: neither is read.
final class EntraAgentReader {
    static final String IDENTITY = "#microsoft.graph.agentIdentity";
    static final String BLUEPRINT = "#microsoft.graph.agentIdentityBlueprint";
    /// Microsoft Graph's application id, the same in every tenant.
    private static final String GRAPH_APP_ID = "00000003-0000-0000-c000-000000000000";

    private final JsonFields fields;

    EntraAgentReader(JsonFields fields) {
        this.fields = fields;
    }

    List<Finding> read(JsonNode root) {
        List<Finding> findings = new ArrayList<>();
        String path = root.isObject() && root.has("value") ? "$.value" : "$";
        JsonNode objects = root.isObject() && root.has("value") ? fields.array(root, "value", "$")
                : root.isArray() ? root : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(root);
        for (int i = 0; i < objects.size(); i++) {
            String at = root.isArray() || root.has("value") ? path + "[" + i + "]" : "$";
            JsonNode object = fields.element(objects, i, path);
            findings.add(isBlueprint(object, at) ? blueprint(object, at) : identity(object, at));
        }
        return findings;
    }

    static boolean looksLikeEntra(JsonNode root) {
        if (root.isObject() && root.has("@odata.context")) {
            return true;
        }
        JsonNode first = root.isObject() && root.has("value") && root.get("value").isArray()
                ? root.get("value").get(0) : root.isArray() ? root.get(0) : root;
        return first != null && first.isObject() && (first.has("agentIdentityBlueprintId")
                || IDENTITY.equals(first.path("@odata.type").asText())
                || BLUEPRINT.equals(first.path("@odata.type").asText()));
    }

    private boolean isBlueprint(JsonNode object, String path) {
        String type = fields.text(object, "@odata.type", path);
        if (BLUEPRINT.equals(type)) {
            return true;
        }
        if (IDENTITY.equals(type) || object.has("agentIdentityBlueprintId")) {
            return false;
        }
        if (object.has("appId") && !object.has("servicePrincipalType")) {
            return true;
        }
        throw fields.error(path, "is neither an agentIdentity nor an agentIdentityBlueprint "
                + "(expected \"@odata.type\", \"agentIdentityBlueprintId\" or \"appId\")");
    }

    private Finding identity(JsonNode object, String path) {
        String id = fields.requiredText(object, "id", path);
        String name = fields.requiredText(object, "displayName", path);
        List<String> notes = new ArrayList<>();
        List<String> owners = Directory.emails(fields, object, "owners", path, notes);
        List<String> sponsors = Directory.emails(fields, object, "sponsors", path, notes);
        JsonNode enabled = object.get("accountEnabled");
        if (enabled != null && enabled.isBoolean() && !enabled.booleanValue()) {
            notes.add("disabled (accountEnabled is false)");
        }
        if (fields.text(object, "disabledByMicrosoftStatus", path) != null) {
            notes.add("disabled by Microsoft");
        }
        Map<String, String> resourceNames = new HashMap<>();
        List<DataAccess> data = new ArrayList<>();
        List<ToolAccess> tools = new ArrayList<>();
        fields.eachObject(object, "appRoleAssignments", path, (role, at) -> {
            String resource = fields.requiredText(role, "resourceDisplayName", at);
            resourceNames.put(fields.text(role, "resourceId", at), resource);
            // Graph names the role only by id; an application permission acts without a user, so until someone
            // looks the role up it is taken as able to write.
            data.add(new DataAccess(resource, AccessLevel.WRITE));
            tools.add(new ToolAccess(resource + " app role " + fields.requiredText(role, "appRoleId", at), ToolType.API));
        });
        fields.eachObject(object, "oauth2PermissionGrants", path, (grant, at) -> {
            String resourceId = fields.text(grant, "resourceId", at);
            String resource = resourceNames.getOrDefault(resourceId, resourceId == null ? "unknown resource"
                    : "resource " + resourceId);
            String scopes = fields.text(grant, "scope", at);
            for (String scope : scopes == null ? new String[0] : scopes.strip().split("\\s+")) {
                if (!scope.isEmpty()) {
                    tools.add(new ToolAccess(resource + " " + scope, ToolType.API));
                    data.add(new DataAccess(resource, ScopeLevels.of(scope)));
                }
            }
            if ("AllPrincipals".equals(fields.text(grant, "consentType", at))) {
                notes.add("delegated permissions consented for every user");
            }
        });
        String blueprintId = fields.text(object, "agentIdentityBlueprintId", path);
        return new Finding("entra:" + id, name, null, IntegrationKind.AUTONOMOUS_AGENT, tools,
                Finding.unionAccess(data, List.of()), List.of(), owners, sponsors, notes,
                List.of(new SourceRef(DiscoverySource.ENTRA_AGENT_ID, fields.file(), path)),
                blueprintId == null ? null : "entra-app:" + blueprintId);
    }

    private Finding blueprint(JsonNode object, String path) {
        String appId = fields.requiredText(object, "appId", path);
        String name = fields.requiredText(object, "displayName", path);
        List<String> notes = new ArrayList<>();
        JsonNode publisher = fields.object(object, "verifiedPublisher", path);
        String vendor = publisher == null ? null : fields.text(publisher, "displayName", JsonFields.path(path, "verifiedPublisher"));
        if (vendor == null) {
            vendor = fields.text(object, "publisherDomain", path);
        } else {
            notes.add("verified publisher");
        }
        List<Credential> credentials = new ArrayList<>();
        fields.eachObject(object, "keyCredentials", path, (key, at) -> {
            credentials.add(new Credential("certificate " + label(key, at), CredentialType.SERVICE_ACCOUNT_KEY,
                    SecretStorage.CONFIG_FILE, lifetime(key, at), null, null));
        });
        fields.eachObject(object, "passwordCredentials", path, (password, at) -> {
            credentials.add(new Credential("client secret " + label(password, at), CredentialType.STATIC_API_KEY,
                    SecretStorage.CONFIG_FILE, lifetime(password, at), null, null));
        });
        if (!credentials.isEmpty()) {
            notes.add("where its certificates and client secrets are kept is not in the export: recorded as a config file until corrected");
        }
        fields.eachObject(object, "federatedIdentityCredentials", path, (credential, at) -> {
            String issuer = fields.requiredText(credential, "issuer", at);
            credentials.add(new Credential("federated '" + fields.requiredText(credential, "name", at) + "' from "
                    + issuer, CredentialType.SHORT_LIVED_OIDC_TOKEN, SecretStorage.SECRETS_MANAGER, Duration.ofHours(1),
                    null, null));
        });
        List<DataAccess> data = new ArrayList<>();
        fields.eachObject(object, "requiredResourceAccess", path, (resource, at) -> {
            String resourceApp = fields.requiredText(resource, "resourceAppId", at);
            int count = fields.array(resource, "resourceAccess", at).size();
            notes.add("requests " + count + " permission(s) of " + (GRAPH_APP_ID.equals(resourceApp)
                    ? "Microsoft Graph" : "application " + resourceApp));
        });
        List<String> owners = Directory.emails(fields, object, "owners", path, notes);
        List<String> sponsors = Directory.emails(fields, object, "sponsors", path, notes);
        return new Finding("entra-app:" + appId, name, vendor, IntegrationKind.AUTONOMOUS_AGENT, List.of(), data,
                Finding.unionCredentials(credentials, List.of()), owners, sponsors, notes,
                List.of(new SourceRef(DiscoverySource.ENTRA_AGENT_ID, fields.file(), path)), null);
    }

    /// "'deploy cert' (keyId 5e6f...)": the credential's display name and key id, both metadata.
    private String label(JsonNode credential, String path) {
        String name = fields.text(credential, "displayName", path);
        String keyId = fields.text(credential, "keyId", path);
        return (name == null || name.isBlank() ? "(unnamed)" : "'" + name + "'") + (keyId == null ? "" : " (keyId " + keyId + ")");
    }

    /// From `startDateTime` to `endDateTime`, or `null` (never expires) when the end is absent.
    private Duration lifetime(JsonNode credential, String path) {
        String start = fields.text(credential, "startDateTime", path);
        String end = fields.text(credential, "endDateTime", path);
        if (end == null) {
            return null;
        }
        try {
            Instant to = Instant.parse(end);
            if (start == null) {
                return null;
            }
            Duration lifetime = Duration.between(Instant.parse(start), to);
            return lifetime.isNegative() || lifetime.isZero() ? null : lifetime;
        } catch (DateTimeParseException e) {
            throw fields.error(JsonFields.path(path, start != null && !isInstant(start) ? "startDateTime" : "endDateTime"),
                    "must be a date and time such as 2026-06-30T00:00:00Z");
        }
    }

    private static boolean isInstant(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
