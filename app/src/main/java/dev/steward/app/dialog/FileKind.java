package dev.steward.app.dialog;

import java.util.List;

/// A kind of file offered in open and save dialogs.
///
/// @param description what the user sees, e.g. "CSV for Excel (UTF-8 with BOM)"
/// @param extensions  patterns such as "*.csv"
public record FileKind(String description, List<String> extensions) {
    public FileKind {
        extensions = List.copyOf(extensions);
    }

    /// The extension to add when the user typed a name without one, e.g. ".csv".
    public String defaultSuffix() {
        return extensions.isEmpty() ? "" : extensions.getFirst().replace("*", "");
    }
}
