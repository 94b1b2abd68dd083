package dev.steward.app.register;

import dev.steward.model.register.Integration;

/// Opens the editor window for an existing integration, or for a new one when given {@code null}.
@FunctionalInterface
public interface EditorOpener {
    void open(Integration existing);
}
