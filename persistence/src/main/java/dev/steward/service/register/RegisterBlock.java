package dev.steward.service.register;

import dev.steward.storage.StoredClassification;

import dev.steward.model.register.Integration;

import java.util.List;
import java.util.Map;

/// A block of consecutive register rows as a table shows them: full records, so the editor and every column
/// work without another read, and each one's latest classification.
///
/// @param integrations    at most the requested number, in the query's order
/// @param classifications the latest classification of those that were ever classified, by integration id
/// @param offset          the index of the first row within all matches
/// @param total           how many integrations match the query in all
/// @param registerSize    how many integrations the register holds, whatever the query (retired included)
/// @param estimated       true when {@code total} is an estimate ({@link RegisterService#firstBlock}): the exact
///                        number comes from {@link RegisterService#block}
public record RegisterBlock(List<Integration> integrations, Map<Long, StoredClassification> classifications,
                            int offset, int total, int registerSize, boolean estimated) {
    public RegisterBlock {
        integrations = List.copyOf(integrations);
        classifications = Map.copyOf(classifications);
    }

    public RegisterBlock(List<Integration> integrations, Map<Long, StoredClassification> classifications,
                         int offset, int total, int registerSize) {
        this(integrations, classifications, offset, total, registerSize, false);
    }
}
