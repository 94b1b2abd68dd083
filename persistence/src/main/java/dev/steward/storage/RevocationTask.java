package dev.steward.storage;

import dev.steward.model.register.RevocationTestResult;

import java.time.Instant;

/// A revocation task a revoke decision opened: pull the kill switch by `targetAt`, then record the drill.
///
/// @param drillResult {@code null} until the drill is recorded
public record RevocationTask(long id, long integrationId, Long campaignItemId, String killSwitch, String steps,
                             Instant targetAt, Instant createdAt, String createdBy, RevocationTestResult drillResult,
                             String drillNotes, Instant drillRecordedAt, String drillRecordedBy) {
    public boolean isOpen() {
        return drillResult == null;
    }
}
