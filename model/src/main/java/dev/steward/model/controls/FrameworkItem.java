package dev.steward.model.controls;

import java.util.Objects;
import java.util.Optional;

/// One identifier of an external framework as recorded in `catalog-facts.json`.
///
/// @param id           the identifier exactly as the framework writes it, e.g. `NHI1:2025` or `GOVERN 1.6`
/// @param title        the official title; empty where the framework gives none (NIST subcategories,
///                     AI RMF categories, AI 600-1 actions)
/// @param summary      the facts file's paraphrase, for tooltips; never presented as the framework's words
/// @param kind         what the identifier denotes (function, category, subcategory, action, risk, control...),
///                     or `item` when the facts file does not say
/// @param verified     true only when the facts file marks it verified *and* its verification level is `yes`
/// @param verification the facts file's verification level as written: `yes`, `partly` or `no`
public record FrameworkItem(String id, Optional<String> title, String summary, String kind, boolean verified,
                            String verification) {

    public FrameworkItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        kind = kind == null ? "item" : kind;
        verification = verification == null ? "no" : verification;
    }
}
