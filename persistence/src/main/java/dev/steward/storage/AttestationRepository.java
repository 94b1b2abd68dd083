package dev.steward.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.attestation.Attestation;
import dev.steward.model.attestation.AttestationSnapshot;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.attestation.ControlAssessment;
import dev.steward.model.attestation.MaterialChange;
import dev.steward.model.attestation.SignatureBlock;
import dev.steward.model.attestation.SignedAttestation;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.storage.jooq.tables.records.AttestationRecord;
import org.jooq.DSLContext;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongFunction;

import static dev.steward.storage.jooq.Tables.ATTESTATION;

/// Reads and writes attestation rows. Works on whatever {@link DSLContext} it is given, so the caller decides
/// the transaction. The snapshot and signature columns hold canonical JSON text exactly as produced, and are
/// never rewritten once set.
public final class AttestationRepository {
    public static final String ENTITY = "Attestation";
    private static final ObjectMapper JSON = CanonicalJson.mapper();

    private final DSLContext ctx;

    public AttestationRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    public long insertDraft(long integrationId, Instant at, String by) {
        DashboardTally.Change tally = DashboardTally.before(ctx, List.of(integrationId));
        AttestationRecord r = ctx.newRecord(ATTESTATION);
        r.setIntegrationId(integrationId);
        r.setState(AttestationState.DRAFT.name());
        r.setSubmissionNumber(0);
        r.setCreatedAt(DbTime.toColumn(at));
        r.setCreatedBy(by);
        r.setVersion(1L);
        r.store();
        tally.apply();
        return r.getId();
    }

    public Optional<AttestationRecord> find(long id) {
        return ctx.selectFrom(ATTESTATION).where(ATTESTATION.ID.eq(id)).fetchOptional();
    }

    /// Every attestation of one integration, newest first.
    public List<AttestationRecord> forIntegration(long integrationId) {
        return ctx.selectFrom(ATTESTATION).where(ATTESTATION.INTEGRATION_ID.eq(integrationId))
                .orderBy(ATTESTATION.ID.desc()).fetch();
    }

    /// Writes the changed columns if the row is still at the version that was read, and bumps the version.
    ///
    /// @throws StaleRecordException when another transition got there first
    public void update(AttestationRecord read, Consumer<AttestationRecord> change) {
        DashboardTally.Change tally = DashboardTally.before(ctx, List.of(read.getIntegrationId()));
        AttestationRecord values = ctx.newRecord(ATTESTATION);
        change.accept(values);
        int updated = ctx.update(ATTESTATION).set(values).set(ATTESTATION.VERSION, ATTESTATION.VERSION.plus(1))
                .where(ATTESTATION.ID.eq(read.getId()).and(ATTESTATION.VERSION.eq(read.getVersion()))).execute();
        if (updated == 0) {
            AttestationRecord now = find(read.getId()).orElse(null);
            throw new StaleRecordException(ENTITY, read.getId(), "attestation " + read.getId(), read.getVersion(),
                    now == null ? StaleRecordException.DELETED : now.getVersion(), "another user",
                    now == null ? null : Instant.now());
        }
        tally.apply();
    }

    /// The row as a model value.
    ///
    /// @param working the current working assessments of an integration, used for DRAFT and RETURNED rows
    public static StoredAttestation toStored(AttestationRecord r, LongFunction<List<ControlAssessment>> working) {
        AttestationState state = AttestationState.valueOf(r.getState());
        AttestationSnapshot snapshot = r.getSnapshot() == null ? null : AttestationSnapshot.fromJson(r.getSnapshot());
        boolean editable = state == AttestationState.DRAFT || state == AttestationState.RETURNED;
        List<ControlAssessment> assessments = editable || snapshot == null
                ? working.apply(r.getIntegrationId())
                : snapshot.controls().stream().map(c -> c.assessment()).toList();
        Attestation.ReturnNote note = editable && r.getReturnedBy() != null
                ? new Attestation.ReturnNote(r.getReturnedBy(), DbTime.fromColumn(r.getReturnedAt()), r.getReturnComment())
                : null;
        SignedAttestation signed = r.getSignature() == null ? null
                : SignedAttestation.of(CanonicalJson.parse(r.getSnapshot()), signatureBlock(r.getSignature()));
        Attestation a = new Attestation(r.getId(), r.getIntegrationId(), state, assessments, r.getSubmissionNumber(),
                state == AttestationState.DRAFT ? null : snapshot, note, signed, DbTime.fromColumn(r.getExpiresAt()),
                staleReasons(r.getStaleReasons()), DbTime.fromColumn(r.getStaleAt()));
        return new StoredAttestation(a, r.getVersion(), r.getCreatedBy(), DbTime.fromColumn(r.getCreatedAt()));
    }

    public static SignatureBlock signatureBlock(String json) {
        return SignatureBlock.fromJson(CanonicalJson.parse(json));
    }

    /// JSON array of `{"kind": ..., "detail": ...}`, in canonical form like the other JSON columns.
    public static String staleReasonsJson(List<MaterialChange> reasons) {
        List<Map<String, String>> items = reasons.stream()
                .map(c -> Map.of("kind", c.kind().name(), "detail", c.detail())).toList();
        return CanonicalJson.write(JSON.valueToTree(items));
    }

    static List<MaterialChange> staleReasons(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<List<Map<String, String>>>() { }).stream()
                    .map(m -> new MaterialChange(MaterialChange.Kind.valueOf(m.get("kind")), m.get("detail"))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stale reasons of an attestation are not readable: " + e.getMessage(), e);
        }
    }
}
