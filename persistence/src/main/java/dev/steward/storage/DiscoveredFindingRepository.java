package dev.steward.storage;

import dev.steward.model.discovery.Finding;
import dev.steward.model.discovery.FindingChange;
import dev.steward.model.discovery.FindingJson;
import dev.steward.model.discovery.FindingStatus;
import dev.steward.storage.jooq.tables.records.DiscoveredFindingRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static dev.steward.storage.jooq.Tables.DISCOVERED_FINDING;

/// Reads and writes `discovered_finding` rows in the caller's transaction.
public final class DiscoveredFindingRepository {
    private final DSLContext ctx;

    public DiscoveredFindingRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public Optional<StoredFinding> byKey(String key) {
        return ctx.selectFrom(DISCOVERED_FINDING).where(DISCOVERED_FINDING.FINDING_KEY.eq(key))
                .fetchOptional(DiscoveredFindingRepository::toStored);
    }

    public Optional<StoredFinding> find(long id) {
        return ctx.selectFrom(DISCOVERED_FINDING).where(DISCOVERED_FINDING.ID.eq(id))
                .fetchOptional(DiscoveredFindingRepository::toStored);
    }

    /// Locks the row for the rest of the transaction (a dismissal and a run must not cross).
    public Optional<StoredFinding> lock(long id) {
        return ctx.selectFrom(DISCOVERED_FINDING).where(DISCOVERED_FINDING.ID.eq(id)).forUpdate()
                .fetchOptional(DiscoveredFindingRepository::toStored);
    }

    /// Every finding, by name then id.
    public List<StoredFinding> findAll() {
        return ctx.selectFrom(DISCOVERED_FINDING).orderBy(DISCOVERED_FINDING.NAME, DISCOVERED_FINDING.ID)
                .fetch(DiscoveredFindingRepository::toStored);
    }

    /// Inserts a finding seen for the first time.
    public StoredFinding insert(Finding finding, FindingStatus status, List<FindingChange> changes, Long integrationId,
                                Instant at, String who) {
        DiscoveredFindingRecord row = ctx.newRecord(DISCOVERED_FINDING);
        fill(row, finding, status, changes, integrationId, at, who);
        row.setFirstSeenAt(DbTime.toColumn(at));
        row.store();
        return toStored(row);
    }

    /// Overwrites what the last run read, keeping the first sighting and any dismissal.
    public StoredFinding update(long id, Finding finding, FindingStatus status, List<FindingChange> changes,
                                Long integrationId, Instant at, String who) {
        DiscoveredFindingRecord row = record(id);
        fill(row, finding, status, changes, integrationId, at, who);
        row.store();
        return toStored(row);
    }

    public StoredFinding dismiss(long id, String reason, String fingerprint, List<String> origins, Instant at, String who) {
        DiscoveredFindingRecord row = record(id);
        row.setStatus(FindingStatus.DISMISSED.name());
        row.setDismissedReason(reason);
        row.setDismissedFingerprint(fingerprint);
        row.setDismissedOrigins(String.join("\n", origins));
        row.setDismissedBy(who);
        row.setDismissedAt(DbTime.toColumn(at));
        row.store();
        return toStored(row);
    }

    public StoredFinding link(long id, long integrationId, FindingStatus status) {
        DiscoveredFindingRecord row = record(id);
        row.setIntegrationId(integrationId);
        row.setStatus(status.name());
        row.setChanges(null);
        row.store();
        return toStored(row);
    }

    private DiscoveredFindingRecord record(long id) {
        DiscoveredFindingRecord row = ctx.fetchOne(DISCOVERED_FINDING, DISCOVERED_FINDING.ID.eq(id));
        if (row == null) {
            throw new RecordNotFoundException("Finding", id);
        }
        return row;
    }

    private static void fill(DiscoveredFindingRecord row, Finding finding, FindingStatus status,
                             List<FindingChange> changes, Long integrationId, Instant at, String who) {
        row.setFindingKey(finding.key());
        row.setName(finding.name());
        row.setKind(finding.kind().name());
        row.setFingerprint(finding.fingerprint());
        row.setContent(FindingJson.write(finding));
        row.setStatus(status.name());
        row.setChanges(FindingJson.writeChanges(changes));
        row.setIntegrationId(integrationId);
        row.setLastSeenAt(DbTime.toColumn(at));
        row.setLastSeenBy(who);
    }

    private static StoredFinding toStored(DiscoveredFindingRecord r) {
        String origins = r.getDismissedOrigins();
        return new StoredFinding(r.getId(), FindingJson.read(r.getContent()), r.getFingerprint(),
                FindingStatus.valueOf(r.getStatus()), FindingJson.readChanges(r.getChanges()), r.getIntegrationId(),
                DbTime.fromColumn(r.getFirstSeenAt()), DbTime.fromColumn(r.getLastSeenAt()), r.getLastSeenBy(),
                r.getDismissedReason(), r.getDismissedFingerprint(),
                origins == null || origins.isEmpty() ? List.of() : Arrays.asList(origins.split("\n")),
                r.getDismissedBy(), DbTime.fromColumn(r.getDismissedAt()));
    }
}
