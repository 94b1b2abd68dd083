package dev.steward.service.transfer;

import java.nio.file.Path;

/// What an import wrote.
///
/// @param created      integrations created
/// @param rejected     rows not imported
/// @param rejectReport the reject report written, or `null` when no row was rejected
public record ImportResult(int created, int rejected, Path rejectReport) {
}
