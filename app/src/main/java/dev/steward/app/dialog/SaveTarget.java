package dev.steward.app.dialog;

import java.nio.file.Path;

/// Where to save, and which of the offered kinds the user picked.
public record SaveTarget(Path path, FileKind kind) {
}
