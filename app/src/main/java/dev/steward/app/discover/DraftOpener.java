package dev.steward.app.discover;

import dev.steward.model.register.Integration;

import java.util.function.Consumer;

/// Opens the integration editor on an unsaved draft; `onCreated` hears of the integration once it is saved.
@FunctionalInterface
public interface DraftOpener {
    void open(Integration draft, Consumer<Integration> onCreated);
}
