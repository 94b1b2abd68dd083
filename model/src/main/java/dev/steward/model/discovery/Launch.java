package dev.steward.model.discovery;

import dev.steward.model.validation.SecretDetector;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/// How a stdio MCP server is started, reduced to what identifies it: the command's file name and, for
/// launchers (npx, uvx, docker...), the package or image it runs, without its version. Arguments are otherwise
/// not kept: paths and connection strings differ per machine, and any of them may carry a secret.
record Launch(String command, String packageName) {
    private static final Set<String> LAUNCHERS = Set.of("npx", "bunx", "uvx", "pipx", "pnpm", "yarn", "deno",
            "docker", "podman", "npm", "uv", "bun");
    /// Launcher sub-commands that come before the package: `pnpm dlx PKG`, `docker run IMAGE`, `uv tool run PKG`.
    private static final Set<String> SUBCOMMANDS = Set.of("dlx", "run", "exec", "x", "tool");
    /// Options whose value is the next argument, so that value is not mistaken for the package.
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("-e", "--env", "-v", "--volume", "--name",
            "--network", "-p", "--publish", "--env-file", "--mount", "-w", "--workdir", "-u", "--user",
            "--entrypoint", "--from", "--with", "--python", "--registry", "--platform", "-c", "--allow-net");

    static Launch of(String command, List<String> args) {
        String base = baseName(command);
        if (!LAUNCHERS.contains(base)) {
            return new Launch(base, null);
        }
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--package=")) {
                return new Launch(base, withoutVersion(arg.substring("--package=".length())));
            }
            if ((arg.equals("-p") || arg.equals("--package")) && !isContainer(base) && i + 1 < args.size()) {
                return new Launch(base, withoutVersion(args.get(i + 1)));
            }
            if (arg.startsWith("-")) {
                if (OPTIONS_WITH_VALUE.contains(arg)) {
                    i++;
                }
                continue;
            }
            if (SUBCOMMANDS.contains(arg)) {
                continue;
            }
            return SecretDetector.scan(arg).isPresent() || arg.contains("://")
                    ? new Launch(base, null) : new Launch(base, withoutVersion(arg));
        }
        return new Launch(base, null);
    }

    /// "npx @modelcontextprotocol/server-github", "node".
    String identity() {
        return packageName == null ? command : command + " " + packageName;
    }

    /// npm scope (`@acme/x` gives "acme") or image owner (`ghcr.io/github/server` gives "github"); `null` for an
    /// unscoped package or a plain command.
    String vendor() {
        if (packageName == null) {
            return null;
        }
        if (packageName.startsWith("@") && packageName.indexOf('/') > 1) {
            return packageName.substring(1, packageName.indexOf('/'));
        }
        if (isContainer(command)) {
            String[] parts = packageName.split("/");
            return parts.length >= 2 ? parts[parts.length - 2] : null;
        }
        return null;
    }

    private static boolean isContainer(String base) {
        return base.equals("docker") || base.equals("podman");
    }

    static String baseName(String command) {
        String trimmed = command.strip();
        int slash = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
        String base = trimmed.substring(slash + 1).toLowerCase(Locale.ROOT);
        for (String suffix : List.of(".exe", ".cmd", ".bat")) {
            if (base.endsWith(suffix)) {
                return base.substring(0, base.length() - suffix.length());
            }
        }
        return base;
    }

    /// `@scope/name@1.2` and `name@latest` lose the version, `name==1.0` too, and an image its tag or digest
    /// (a colon after the last slash, so a registry's port stays).
    static String withoutVersion(String pkg) {
        String name = pkg;
        int digest = name.indexOf('@', 1);
        if (digest > 0) {
            name = name.substring(0, digest);
        }
        int pinned = name.indexOf("==");
        if (pinned > 0) {
            name = name.substring(0, pinned);
        }
        int tag = name.lastIndexOf(':');
        if (tag > name.lastIndexOf('/')) {
            name = name.substring(0, tag);
        }
        return name;
    }
}
