package dev.steward.model.discovery;

import dev.steward.model.validation.SecretDetector;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/// A remote server's URL reduced to what identifies it (scheme, host, port, path) and the names of any
/// credentials written into it: a user-info password, a secret-named query parameter, a token as a path
/// segment. The values themselves are dropped here.
record RemoteUrl(String identity, String host, List<String> embeddedCredentials) {
    static RemoteUrl of(String url, JsonFields fields, String path) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            // The message of URISyntaxException quotes the URL, which may hold a token: say only where.
            throw fields.error(path, "is not a valid URL (at character " + (e.getIndex() + 1) + ")");
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw fields.error(path, "is not an absolute URL with a host");
        }
        List<String> credentials = new ArrayList<>();
        if (uri.getRawUserInfo() != null) {
            credentials.add("credentials in the URL's user info");
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                String value = pair.contains("=") ? pair.substring(pair.indexOf('=') + 1) : "";
                if (SecretNames.isSecretName(name) || SecretDetector.scan(value).isPresent()) {
                    credentials.add("'" + safeName(name) + "' URL parameter");
                }
            }
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        StringBuilder identity = new StringBuilder(uri.getScheme().toLowerCase(Locale.ROOT)).append("://").append(host);
        if (uri.getPort() >= 0) {
            identity.append(':').append(uri.getPort());
        }
        String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
        for (String segment : rawPath.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (SecretDetector.scan(segment).isPresent()) {
                credentials.add("a token in the URL path");
                identity.append("/…");
            } else {
                identity.append('/').append(segment);
            }
        }
        return new RemoteUrl(identity.toString(), host, List.copyOf(credentials));
    }

    /// A parameter name as a label, unless the name itself looks like a secret.
    private static String safeName(String name) {
        return SecretDetector.scan(name).isPresent() ? "…" : name;
    }
}
