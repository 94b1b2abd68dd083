package dev.steward.model.controls;

import java.util.List;
import java.util.Optional;

/// One external framework from `catalog-facts.json` with its checked identifiers.
///
/// @param id           Steward's key for the framework, e.g. `owasp-nhi-2025` or `nist-csf-2.0`
/// @param name         the framework's name as published
/// @param version      version and date as recorded by the facts file
/// @param publisher    who publishes it
/// @param source       canonical address
/// @param items        the identifiers Steward may show, in the file's order
/// @param withdrawnIds identifiers that look plausible but were withdrawn and must never be shown as current
public record Framework(String id, String name, String version, String publisher, String source,
                        List<FrameworkItem> items, List<String> withdrawnIds) {

    public Framework {
        items = List.copyOf(items);
        withdrawnIds = List.copyOf(withdrawnIds);
    }

    /// The item with exactly this identifier (case and spacing matter: `GOVERN 1.6`, not `GV-1.6`).
    public Optional<FrameworkItem> item(String itemId) {
        return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
    }

    public boolean isWithdrawn(String itemId) {
        return withdrawnIds.contains(itemId);
    }
}
