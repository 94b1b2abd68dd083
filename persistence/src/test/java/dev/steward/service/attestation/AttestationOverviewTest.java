package dev.steward.service.attestation;

import dev.steward.storage.StoredAttestation;
import dev.steward.testing.AttestationFixture;
import dev.steward.testing.TestUsers;

import dev.steward.model.attestation.AttestationState;
import dev.steward.model.register.Integration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AttestationOverviewTest extends AttestationFixture {

    @Test
    void listsOnlyTheNewestAttestationOfEachIntegration() {
        Integration other = createFull("Other agent");
        StoredAttestation first = submittedBy(rita);
        as(max).returnToReviewer(first.id(), "Evidence for STW-03 missing");
        as(rita).startDraft(integration.id());
        StoredAttestation second = attestations.submit(integration.id());

        List<AttestationSummary> latest = new AttestationOverview(db).latestPerIntegration();

        assertThat(latest).hasSize(1);
        AttestationSummary summary = latest.getFirst();
        assertThat(summary.integrationId()).isEqualTo(integration.id());
        assertThat(summary.integrationName()).isEqualTo(integration.name());
        assertThat(summary.state()).isEqualTo(AttestationState.SUBMITTED);
        assertThat(summary.submittedBy()).isEqualTo("rita");
        assertThat(summary.attestationId()).isEqualTo(second.id());
        assertThat(new AttestationOverview(db).byIntegration()).doesNotContainKey(other.id());
    }

    @Test
    void aSignedAttestationCarriesSignerAndExpiry() {
        StoredAttestation submitted = submittedBy(rita);
        as(max).sign(submitted.id(), TestUsers.PASSPHRASE.toCharArray());

        AttestationSummary summary = new AttestationOverview(db).byIntegration().get(integration.id());
        assertThat(summary.state()).isEqualTo(AttestationState.SIGNED);
        assertThat(summary.signedAt()).isNotNull();
        assertThat(summary.expiresAt()).isAfter(summary.signedAt());
        assertThat(summary.signerName()).isNotBlank();
        assertThat(summary.standing().expiresAt()).isEqualTo(summary.expiresAt());
    }

    @Test
    void returnedAttestationsKeepTheComment() {
        StoredAttestation submitted = submittedBy(rita);
        as(max).returnToReviewer(submitted.id(), "Evidence for STW-03 missing");

        AttestationSummary summary = new AttestationOverview(db).latestPerIntegration().getFirst();
        assertThat(summary.state()).isEqualTo(AttestationState.RETURNED);
        assertThat(summary.returnedBy()).isEqualTo("max");
        assertThat(summary.returnComment()).isEqualTo("Evidence for STW-03 missing");
    }
}
