package dev.steward.model.dashboard;

import java.util.List;
import java.util.Objects;

/// One gap on one integration.
///
/// The words are the app's: {@code detailKey} names a message pattern (`gap.detail.<detailKey>` in the bundle)
/// and {@code arguments} fill it (a person's name, a credential label, a date).
public record Gap(GapKind kind, long integrationId, String integrationName, String detailKey, List<String> arguments) {
    public Gap {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(integrationName, "integrationName");
        Objects.requireNonNull(detailKey, "detailKey");
        arguments = List.copyOf(arguments);
    }
}
