package dev.steward.storage;

import java.util.List;

/// One page of a register search.
///
/// @param rows   at most the requested number of rows, in the query's order
/// @param offset the index of the first row within all matches
/// @param total  how many integrations match the query in all, for the scroll bar and "n of m"
public record IntegrationPage(List<IntegrationSummary> rows, int offset, int total) {
    public IntegrationPage {
        rows = List.copyOf(rows);
    }
}
