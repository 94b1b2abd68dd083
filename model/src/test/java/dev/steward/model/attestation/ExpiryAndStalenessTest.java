package dev.steward.model.attestation;

import dev.steward.model.classification.AutonomyLevel;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.DelegatedAccess;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.AccessLevel;
import dev.steward.model.register.DataAccess;
import dev.steward.model.register.Integration;
import dev.steward.model.signing.SigningKeys;
import dev.steward.model.testing.IntegrationFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static dev.steward.model.attestation.AttestationFixture.*;
import static org.junit.jupiter.api.Assertions.*;

class ExpiryAndStalenessTest {
    private static final KeyPair KEYS = SigningKeys.generate();

    @ParameterizedTest
    @CsvSource({"CRITICAL,90", "HIGH,180", "MODERATE,365", "LOW,730", "MINIMAL,730"})
    void signedAttestationExpiresAfterTheTierInterval(RiskTier tier, int days) {
        Attestation signed = new AttestationFixture(tier).signed(KEYS);
        Instant signedAt = signed.signed().signature().signedAt();

        assertEquals(signedAt.plus(Duration.ofDays(days)), signed.expiresAt());
        assertTrue(signed.isCurrent(signedAt.plus(Duration.ofDays(days)).minusSeconds(1)));
        assertFalse(signed.isExpired(signedAt.plus(Duration.ofDays(days)).minusSeconds(1)));
        assertTrue(signed.isExpired(signedAt.plus(Duration.ofDays(days))));
        assertFalse(signed.isCurrent(signedAt.plus(Duration.ofDays(days))));
    }

    @Test
    void ownershipCredentialRevocationAndAccessChangesAreMaterial() {
        Integration before = IntegrationFixture.valid().build();
        Integration after = IntegrationFixture.valid().with(i -> {
            i.sponsorId = 99L;
            i.credentials = List.of();
            i.revocation = IntegrationFixture.revocationWith(i.revocation, "new switch", i.revocation.authorisedBy(),
                    i.revocation.steps(), i.revocation.impact());
            i.dataAccess = List.of(new DataAccess("ERP invoices", AccessLevel.ADMIN));
            i.purpose = "reworded";
        }).build();

        List<MaterialChange> changes = MaterialChange.between(before, after);

        assertEquals(List.of(MaterialChange.Kind.OWNERSHIP, MaterialChange.Kind.CREDENTIALS,
                MaterialChange.Kind.REVOCATION, MaterialChange.Kind.ACCESS), changes.stream().map(MaterialChange::kind).toList());
        assertTrue(changes.getFirst().detail().contains("sponsorId"));
    }

    @Test
    void wordingChangesAreNotMaterial() {
        Integration before = IntegrationFixture.valid().build();
        Integration after = IntegrationFixture.valid().with(i -> {
            i.purpose = "Files supplier invoices in the ERP, nightly.";
            i.nextReview = i.nextReview.plusDays(1);
        }).build();
        assertEquals(List.of(), MaterialChange.between(before, after));
    }

    @Test
    void onlyAnEscalatingReclassificationIsMaterial() {
        Classification high = classification(RiskTier.HIGH);
        Classification critical = classification(RiskTier.CRITICAL);

        List<MaterialChange> up = MaterialChange.reclassification(high, critical);
        assertEquals(1, up.size());
        assertEquals(MaterialChange.Kind.RECLASSIFICATION_ESCALATION, up.getFirst().kind());
        assertTrue(up.getFirst().detail().contains("risk tier rose from High to Critical"));
        assertEquals(List.of(), MaterialChange.reclassification(critical, high));
    }

    @Test
    void materialChangeMakesTheSignedAttestationStaleButKeepsTheSignature() {
        var f = new AttestationFixture(RiskTier.HIGH);
        Attestation signed = f.signed(KEYS);
        Integration changed = IntegrationFixture.from(f.integration).with(i -> i.technicalOwnerId = 77L).build();

        Attestation stale = signed.markStale(MaterialChange.between(f.integration, changed), NOW.plusSeconds(3600));

        assertEquals(AttestationState.STALE, stale.state());
        assertEquals(MaterialChange.Kind.OWNERSHIP, stale.staleReasons().getFirst().kind());
        assertEquals(NOW.plusSeconds(3600), stale.staleSince());
        assertFalse(stale.isCurrent(NOW.plusSeconds(3601)));
        assertTrue(stale.signed().verify().valid());
    }

    private static Classification classification(RiskTier tier) {
        return new Classification("2025.1", NhiVerdict.NHI, AutonomyLevel.A3_CONDITIONAL, tier, List.of(), List.of(),
                List.of(), List.of(), DelegatedAccess.WRITE, Set.of());
    }
}
