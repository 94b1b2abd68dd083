package dev.steward.model.discovery;

import dev.steward.model.register.AccessLevel;

import java.util.List;
import java.util.Locale;

/// The access level an OAuth scope or permission name grants, read from the words platforms use: `Manage`,
/// `FullControl`, directory and role writes are administration; `ReadWrite`, `Write`, `Send`, `Create`,
/// `Delete` write; anything else reads. Unknown names read as READ only when they say "read" or nothing at
/// all; the mapping is documented in docs/discovery.md.
final class ScopeLevels {
    private static final List<String> ADMIN = List.of("fullcontrol", "manage", "admin", "directory.readwrite",
            "rolemanagement.readwrite", "application.readwrite", "approleassignment.readwrite");
    private static final List<String> WRITE = List.of("readwrite", "write", "send", "create", "delete", "update",
            "impersonation");

    private ScopeLevels() {
    }

    static AccessLevel of(String scope) {
        String lower = scope.toLowerCase(Locale.ROOT);
        if (ADMIN.stream().anyMatch(lower::contains)) {
            return AccessLevel.ADMIN;
        }
        if (WRITE.stream().anyMatch(lower::contains)) {
            return AccessLevel.WRITE;
        }
        return AccessLevel.READ;
    }

    /// GitHub's `read`, `write`, `admin`.
    static AccessLevel ofGitHub(String value, JsonFields fields, String path) {
        return switch (value) {
            case "read" -> AccessLevel.READ;
            case "write" -> AccessLevel.WRITE;
            case "admin" -> AccessLevel.ADMIN;
            default -> throw fields.error(path, "must be read, write or admin");
        };
    }
}
