package dev.steward.model.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.steward.model.register.Credential;
import dev.steward.model.register.CredentialType;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.SecretStorage;
import dev.steward.model.register.ToolAccess;
import dev.steward.model.register.ToolType;
import dev.steward.model.validation.SecretDetector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/// One MCP server entry of any client's configuration (the clients agree on `command/args/env` and
/// `url/headers`, and each adds a few members) turned into a {@link Finding}.
///
/// Values are looked at once, to tell a credential written into the file from a reference to the environment
/// or a prompt, and then dropped: the finding keeps the names of env vars, headers and options only.
final class McpServerReader {
    /// Header names that carry credentials even without a secret-like word in them.
    private static final Set<String> CREDENTIAL_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "x-api-key", "api-key", "x-auth-token");

    private final JsonFields fields;
    private final DiscoverySource source;

    /// VS Code `inputs` with `password: true`: a value referring to one (`${input:ID}`) is a credential.
    private final Set<String> passwordInputs;

    McpServerReader(JsonFields fields, DiscoverySource source, Set<String> passwordInputs) {
        this.fields = fields;
        this.source = source;
        this.passwordInputs = passwordInputs;
    }

    private boolean refersToPasswordInput(String value) {
        if (value == null || passwordInputs.isEmpty()) {
            return false;
        }
        int at = value.indexOf("${input:");
        while (at >= 0) {
            int end = value.indexOf('}', at);
            if (end < 0) {
                return false;
            }
            if (passwordInputs.contains(value.substring(at + "${input:".length(), end))) {
                return true;
            }
            at = value.indexOf("${input:", end);
        }
        return false;
    }

    private boolean isCredential(String name, String value) {
        return SecretNames.isSecretName(name) || refersToPasswordInput(value)
                || value != null && SecretDetector.scan(value).isPresent();
    }

    Finding read(String name, JsonNode server, String path) {
        if (!server.isObject()) {
            throw fields.error(path, "must be an object describing one server, found " + JsonFields.describe(server));
        }
        List<Credential> credentials = new ArrayList<>();
        List<DataAccess> data = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<ToolAccess> tools = new ArrayList<>();
        tools.add(new ToolAccess(name, ToolType.MCP_SERVER));

        String command = fields.text(server, "command", path);
        String url = firstUrl(server, path);
        String launch;
        String vendor;
        if (command != null && !command.isBlank()) {
            List<String> args = fields.texts(server, "args", path);
            Launch started = Launch.of(command, args);
            launch = started.identity();
            vendor = started.vendor();
            readArguments(args, credentials, data, notes);
        } else if (url != null) {
            RemoteUrl remote = RemoteUrl.of(url, fields, JsonFields.path(path, urlMember(server)));
            launch = remote.identity();
            vendor = remote.host();
            remote.embeddedCredentials().forEach(label -> credentials.add(staticIn(label, SecretStorage.CONFIG_FILE)));
        } else {
            throw fields.error(path, "has neither \"command\" nor \"url\": cannot tell how the client reaches it");
        }
        readEnv(fields.object(server, "env", path), credentials);
        boolean authorised = readHeaders(fields.object(server, "headers", path), credentials);
        authorised |= readHeaders(fields.object(server, "http_headers", path), credentials);
        JsonNode envHeaders = fields.object(server, "env_http_headers", path);
        if (envHeaders != null) {
            envHeaders.fieldNames().forEachRemaining(header ->
                    credentials.add(staticIn("'" + header + "' header from the environment", SecretStorage.ENVIRONMENT_VARIABLE)));
            authorised |= !envHeaders.isEmpty();
        }
        String bearerVar = fields.text(server, "bearer_token_env_var", path);
        if (bearerVar != null) {
            credentials.add(staticIn(bearerVar + " (bearer token from the environment)", SecretStorage.ENVIRONMENT_VARIABLE));
            authorised = true;
        }
        if (url != null && command == null && !authorised && credentials.isEmpty()) {
            notes.add("remote server without an Authorization header: it probably signs in with OAuth");
        }
        String envFile = fields.text(server, "envFile", path);
        if (envFile != null) {
            notes.add("reads further environment variables from an env file");
        }
        for (String tool : fields.texts(server, "includeTools", path)) {
            tools.add(new ToolAccess(tool, ToolType.TOOL));
        }
        if (!fields.texts(server, "excludeTools", path).isEmpty()) {
            notes.add("some tools are excluded (excludeTools)");
        }
        for (String member : List.of("autoApprove", "alwaysAllow")) {
            List<String> approved = fields.texts(server, member, path);
            approved.forEach(tool -> tools.add(new ToolAccess(tool, ToolType.TOOL)));
            if (!approved.isEmpty()) {
                notes.add("tools run without asking: " + String.join(", ", approved));
            }
        }
        if (fields.flag(server, "trust", path)) {
            notes.add("trusted: every tool call runs without asking for confirmation");
        }
        if (fields.flag(server, "disabled", path)) {
            notes.add("disabled in this configuration");
        }
        String key = "mcp:" + name + "|" + launch;
        return new Finding(key, name, vendor, IntegrationKind.MCP_SERVER, Finding.union(tools, List.of()), data,
                Finding.unionCredentials(credentials, List.of()), List.of(), List.of(), notes,
                List.of(new SourceRef(source, fields.file(), path)), null);
    }

    /// Claude Code and Cursor say `url`; Windsurf `serverUrl`; Gemini `url` or `httpUrl`.
    private String firstUrl(JsonNode server, String path) {
        String member = urlMember(server);
        return member == null ? null : fields.text(server, member, path);
    }

    private static String urlMember(JsonNode server) {
        for (String member : List.of("url", "serverUrl", "httpUrl")) {
            if (server.hasNonNull(member)) {
                return member;
            }
        }
        return null;
    }

    private void readEnv(JsonNode env, List<Credential> credentials) {
        if (env == null) {
            return;
        }
        for (Map.Entry<String, JsonNode> variable : env.properties()) {
            String value = variable.getValue().isTextual() ? variable.getValue().textValue() : null;
            if (isCredential(variable.getKey(), value)) {
                credentials.add(staticIn(variable.getKey() + " (env)", ValueShape.of(value).storage()));
            }
        }
    }

    /// @return whether one of them authorises (a credential header)
    private boolean readHeaders(JsonNode headers, List<Credential> credentials) {
        if (headers == null) {
            return false;
        }
        boolean authorises = false;
        for (Map.Entry<String, JsonNode> header : headers.properties()) {
            String value = header.getValue().isTextual() ? header.getValue().textValue() : null;
            String lower = header.getKey().toLowerCase(java.util.Locale.ROOT);
            if (CREDENTIAL_HEADERS.contains(lower) || isCredential(header.getKey(), value)) {
                credentials.add(staticIn("'" + header.getKey() + "' header", ValueShape.of(value).storage()));
                authorises = true;
            }
        }
        return authorises;
    }

    /// Credentials passed as options (`--token=...`, `--api-key VALUE`), connection strings with a password, and
    /// anything else that looks like a key. Only the option's name is kept.
    private void readArguments(List<String> args, List<Credential> credentials, List<DataAccess> data,
                               List<String> notes) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            int equals = arg.indexOf('=');
            if (arg.startsWith("-") && equals > 0 && SecretNames.isSecretName(arg.substring(0, equals))) {
                credentials.add(staticIn("'" + arg.substring(0, equals) + "' argument",
                        ValueShape.of(arg.substring(equals + 1)).storage()));
            } else if (arg.startsWith("-") && equals < 0 && SecretNames.isSecretName(arg) && i + 1 < args.size()) {
                credentials.add(staticIn("'" + arg + "' argument", ValueShape.of(args.get(i + 1)).storage()));
                i++;
            } else if ((arg.equals("-e") || arg.equals("--env")) && i + 1 < args.size()) {
                String variable = args.get(++i);
                int eq = variable.indexOf('=');
                String varName = eq < 0 ? variable : variable.substring(0, eq);
                if (SecretNames.isSecretName(varName)) {
                    credentials.add(staticIn(varName + " (container env)", eq < 0
                            ? SecretStorage.ENVIRONMENT_VARIABLE : ValueShape.of(variable.substring(eq + 1)).storage()));
                }
            } else if (arg.contains("://")) {
                readConnectionString(arg, credentials, data);
            } else if (SecretDetector.scan(arg).isPresent()) {
                credentials.add(staticIn("a secret in the arguments (argument " + (i + 1) + ")", SecretStorage.CONFIG_FILE));
            }
        }
        if (args.stream().anyMatch(a -> a.equals("--read-only") || a.equals("--readonly"))) {
            notes.add("started read-only (--read-only)");
        }
    }

    /// A database or service URL among the arguments: the system it reaches, and whether a password is in it.
    private void readConnectionString(String arg, List<Credential> credentials, List<DataAccess> data) {
        int scheme = arg.indexOf("://");
        int start = arg.lastIndexOf(' ', scheme) + 1;
        String candidate = arg.substring(start);
        RemoteUrl remote;
        try {
            remote = RemoteUrl.of(candidate, fields, "");
        } catch (DiscoveryInputException notAUrl) {
            if (SecretDetector.scan(arg).isPresent()) {
                credentials.add(staticIn("a secret in the arguments", SecretStorage.CONFIG_FILE));
            }
            return;
        }
        remote.embeddedCredentials().forEach(label -> credentials.add(staticIn(label + " (argument)",
                SecretStorage.CONFIG_FILE)));
        if (!candidate.startsWith("http")) {
            // A database connection with its own user: treated as able to write until someone says otherwise.
            data.add(new DataAccess(remote.identity(), AccessLevel.WRITE));
        }
    }

    static Credential staticIn(String label, SecretStorage storage) {
        return new Credential(label, CredentialType.STATIC_API_KEY, storage, null, null, null);
    }
}
