package dev.steward.service.register;

/// What {@link RegisterService#loadSampleData()} did.
///
/// @param skipped           sample people and integrations left out because one with the same email or name was present
/// @param attestationsAdded added integrations whose attestation was started, submitted or signed
public record SampleLoadResult(int peopleAdded, int integrationsAdded, int skipped, int attestationsAdded) {
    SampleLoadResult withAttestations(int attestations) {
        return new SampleLoadResult(peopleAdded, integrationsAdded, skipped, attestations);
    }
}
