package dev.steward.storage;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/// Where a team register lives: a PostgreSQL server, its port and database, and how the connection is secured.
///
/// Written as `postgresql://host[:port]/database[?sslmode=MODE]` on the command line (`--db`) and in the
/// app's connect dialog. The user is never part of the address: each person signs in as their own login.
///
/// @param sslMode pgjdbc's `sslmode`: disable, allow, prefer, require, verify-ca or verify-full
public record TeamAddress(String host, int port, String database, String sslMode) {
    public static final int DEFAULT_PORT = 5432;
    public static final String DEFAULT_SSL_MODE = "prefer";
    private static final java.util.Set<String> SSL_MODES =
            java.util.Set.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    /// Host names, IPv4 addresses and bracketed IPv6 addresses; no spaces, slashes or '@' (no user in the URL).
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9._-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]");
    private static final Pattern DATABASE = Pattern.compile("[A-Za-z0-9_$-]{1,63}");
    private static final String SCHEME = "postgresql:";

    public TeamAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        sslMode = sslMode == null || sslMode.isBlank() ? DEFAULT_SSL_MODE : sslMode.toLowerCase(Locale.ROOT);
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("Not a server name: '" + host + "'.");
        }
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("Not a port number: " + port + " (1 to 65535).");
        }
        if (!DATABASE.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a database name: '" + database
                    + "' (letters, digits, '_', '$' and '-', up to 63).");
        }
        if (!SSL_MODES.contains(sslMode)) {
            throw new IllegalArgumentException("Unknown TLS mode '" + sslMode + "': one of " + String.join(", ",
                    new java.util.TreeSet<>(SSL_MODES)) + ".");
        }
    }

    /// True when `register` names a team database (`postgresql://…`) rather than a register file. Also accepts the
    /// form a file path makes of it (`postgresql:/host/db`, one slash), since the command line reads `--db` as a
    /// path.
    public static boolean isTeam(String register) {
        return register != null && register.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    /// Reads `postgresql://host[:port]/database[?sslmode=MODE]`.
    ///
    /// @throws IllegalArgumentException naming the part that is wrong
    public static TeamAddress parse(String text) {
        if (!isTeam(text)) {
            throw new IllegalArgumentException("A team database is written postgresql://host:port/database, not '"
                    + text + "'.");
        }
        String rest = text.substring(SCHEME.length());
        while (rest.startsWith("/")) {
            rest = rest.substring(1);
        }
        String query = null;
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new IllegalArgumentException("The team database '" + text + "' names no database: write "
                    + "postgresql://host:port/database.");
        }
        String hostPort = rest.substring(0, slash);
        String database = rest.substring(slash + 1);
        String host = hostPort;
        int port = DEFAULT_PORT;
        int colon = hostPort.lastIndexOf(':');
        if (colon > 0 && !hostPort.endsWith("]")) {
            host = hostPort.substring(0, colon);
            try {
                port = Integer.parseInt(hostPort.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a port number in '" + text + "': '"
                        + hostPort.substring(colon + 1) + "'.");
            }
        }
        return new TeamAddress(host, port, database, sslMode(query, text));
    }

    private static String sslMode(String query, String text) {
        if (query == null || query.isEmpty()) {
            return DEFAULT_SSL_MODE;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("sslmode=")) {
                return pair.substring("sslmode=".length());
            }
            throw new IllegalArgumentException("Unknown setting '" + pair + "' in '" + text
                    + "': only sslmode=MODE is read.");
        }
        return DEFAULT_SSL_MODE;
    }

    /// The pgjdbc URL (without user or password, which go to the driver separately).
    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return "postgresql://" + host + ":" + port + "/" + database
                + (DEFAULT_SSL_MODE.equals(sslMode) ? "" : "?sslmode=" + sslMode);
    }
}
