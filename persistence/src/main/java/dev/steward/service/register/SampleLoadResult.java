package dev.steward.service.register;

/// What {@link RegisterService#loadSampleData()} did.
///
/// @param skipped sample people and integrations left out because one with the same email or name was present
public record SampleLoadResult(int peopleAdded, int integrationsAdded, int skipped) {
}
