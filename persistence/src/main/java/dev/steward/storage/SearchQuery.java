package dev.steward.storage;

import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;

import java.util.Set;

/// What the register table asks {@link RegisterSearch} for: quick-search text, column filters and a sort.
///
/// An empty filter set means "any value". Verdict and tier filters look at the latest classification;
/// integrations never classified match neither.
///
/// The text is split on blanks and every word must match, ignoring case, in one of two ways:
///
/// - each of its tokens ({@link SearchTerms}: runs of letters and digits, so "finance-led" is two) begins a
///   word of the name, purpose, vendor, a tool name or a data-access system. A word matches by its
///   beginning only: "ledg" finds "Finance-Ledger-Bot", "edger" does not (before schema version 6 any
///   substring matched). Scripts written without spaces are one word per run ("東京営業部" is found by "東京",
///   not by "営業");
/// - or the whole word occurs anywhere in the sponsor's or technical owner's name ("ereir" finds Ana
///   Pereira's integrations).
///
/// A word without letters or digits ("-", "&", "%") narrows nothing; LIKE wildcards are never wildcards.
/// The register table's in-memory search box still matches substrings and also kind and status.
///
/// @param text      quick-search words; blank for none
/// @param kinds     kinds to keep; empty for all
/// @param statuses  lifecycle statuses to keep; empty for all
/// @param verdicts  latest verdicts to keep; empty for all
/// @param tiers     latest risk tiers to keep; empty for all
/// @param sort      the column to order by; ties are broken by name, then id, so paging is stable
/// @param ascending the direction of {@code sort}
public record SearchQuery(String text, Set<IntegrationKind> kinds, Set<LifecycleStatus> statuses,
                          Set<NhiVerdict> verdicts, Set<RiskTier> tiers, Sort sort, boolean ascending) {

    /// Columns a page can be sorted by: each is indexed (V1, V4), so a page never sorts the whole register.
    public enum Sort { NAME, KIND, STATUS, VENDOR, NEXT_REVIEW }

    /// Everything, by name.
    public static final SearchQuery ALL = new SearchQuery("", Set.of(), Set.of(), Set.of(), Set.of(), Sort.NAME, true);

    public SearchQuery {
        text = text == null ? "" : text.strip();
        kinds = Set.copyOf(kinds);
        statuses = Set.copyOf(statuses);
        verdicts = Set.copyOf(verdicts);
        tiers = Set.copyOf(tiers);
        sort = sort == null ? Sort.NAME : sort;
    }

    public SearchQuery withText(String newText) {
        return new SearchQuery(newText, kinds, statuses, verdicts, tiers, sort, ascending);
    }

    public SearchQuery withKinds(Set<IntegrationKind> newKinds) {
        return new SearchQuery(text, newKinds, statuses, verdicts, tiers, sort, ascending);
    }

    public SearchQuery withStatuses(Set<LifecycleStatus> newStatuses) {
        return new SearchQuery(text, kinds, newStatuses, verdicts, tiers, sort, ascending);
    }

    public SearchQuery withVerdicts(Set<NhiVerdict> newVerdicts) {
        return new SearchQuery(text, kinds, statuses, newVerdicts, tiers, sort, ascending);
    }

    public SearchQuery withTiers(Set<RiskTier> newTiers) {
        return new SearchQuery(text, kinds, statuses, verdicts, newTiers, sort, ascending);
    }

    public SearchQuery sortedBy(Sort newSort, boolean newAscending) {
        return new SearchQuery(text, kinds, statuses, verdicts, tiers, newSort, newAscending);
    }

    /// True when the latest classification must be looked at to decide whether a row matches.
    boolean filtersOnClassification() {
        return !verdicts.isEmpty() || !tiers.isEmpty();
    }
}
