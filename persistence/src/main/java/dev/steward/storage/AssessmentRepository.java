package dev.steward.storage;

import dev.steward.model.attestation.AssessmentStatus;
import dev.steward.model.attestation.ControlAssessment;
import dev.steward.model.attestation.EvidenceRef;
import dev.steward.model.classification.ControlId;
import dev.steward.storage.jooq.tables.records.ControlAssessmentRecord;
import dev.steward.storage.jooq.tables.records.EvidenceRecord;
import org.jooq.DSLContext;
import org.jooq.Field;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.steward.storage.jooq.Tables.CONTROL_ASSESSMENT;
import static dev.steward.storage.jooq.Tables.EVIDENCE;

/// Reads and writes the working assessments and evidence of integrations. Works on whatever
/// {@link DSLContext} it is given, so the caller decides the transaction.
public final class AssessmentRepository {
    static final String ENTITY = "Assessment";

    private final DSLContext ctx;

    public AssessmentRepository(DSLContext ctx) {
        this.ctx = ctx;
    }

    /// A stored assessment row with its evidence attached.
    public record Row(ControlAssessment assessment, long version, String assessedBy, Instant assessedAt) {
    }

    /// Every stored assessment of one integration by control, evidence included; controls that only have
    /// evidence appear with no status.
    public Map<ControlId, Row> forIntegration(long integrationId) {
        Map<ControlId, List<EvidenceRef>> evidence = new LinkedHashMap<>();
        evidence(integrationId).forEach(e -> evidence.computeIfAbsent(e.control(), c -> new ArrayList<>()).add(e.ref()));
        Map<ControlId, Row> rows = new LinkedHashMap<>();
        for (ControlAssessmentRecord r : ctx.selectFrom(CONTROL_ASSESSMENT)
                .where(CONTROL_ASSESSMENT.INTEGRATION_ID.eq(integrationId)).fetch()) {
            ControlId control = control(r.getControlId());
            ControlAssessment a = new ControlAssessment(control,
                    r.getStatus() == null ? null : AssessmentStatus.valueOf(r.getStatus()), r.getJustification(),
                    r.getNotes(), evidence.getOrDefault(control, List.of()));
            rows.put(control, new Row(a, r.getVersion(), r.getAssessedBy(), DbTime.fromColumn(r.getAssessedAt())));
        }
        evidence.forEach((control, refs) -> rows.computeIfAbsent(control, c -> new Row(
                new ControlAssessment(c, null, "", "", refs), 0, null, null)));
        return rows;
    }

    /// Inserts (expected version 0) or overwrites the assessment if still at `expectedVersion`.
    ///
    /// @throws StaleRecordException when someone else saved it since it was read
    public long save(long integrationId, ControlAssessment a, long expectedVersion, Instant at, String by) {
        Optional<ControlAssessmentRecord> stored = ctx.selectFrom(CONTROL_ASSESSMENT)
                .where(CONTROL_ASSESSMENT.INTEGRATION_ID.eq(integrationId)
                        .and(CONTROL_ASSESSMENT.CONTROL_ID.eq(a.control().code()))).fetchOptional();
        long actual = stored.map(ControlAssessmentRecord::getVersion).orElse(0L);
        if (actual != expectedVersion) {
            throw new StaleRecordException(ENTITY, integrationId, a.control().code(), expectedVersion, actual,
                    stored.map(ControlAssessmentRecord::getAssessedBy).orElse(null),
                    stored.map(r -> DbTime.fromColumn(r.getAssessedAt())).orElse(null));
        }
        String status = a.status() == null ? null : a.status().name();
        if (stored.isEmpty()) {
            ctx.insertInto(CONTROL_ASSESSMENT).set(CONTROL_ASSESSMENT.INTEGRATION_ID, integrationId)
                    .set(CONTROL_ASSESSMENT.CONTROL_ID, a.control().code()).set(CONTROL_ASSESSMENT.STATUS, status)
                    .set(CONTROL_ASSESSMENT.JUSTIFICATION, a.justification()).set(CONTROL_ASSESSMENT.NOTES, a.notes())
                    .set(CONTROL_ASSESSMENT.ASSESSED_BY, by).set(CONTROL_ASSESSMENT.ASSESSED_AT, DbTime.toColumn(at))
                    .set(CONTROL_ASSESSMENT.VERSION, 1L).execute();
            return 1;
        }
        int updated = ctx.update(CONTROL_ASSESSMENT).set(CONTROL_ASSESSMENT.STATUS, status)
                .set(CONTROL_ASSESSMENT.JUSTIFICATION, a.justification()).set(CONTROL_ASSESSMENT.NOTES, a.notes())
                .set(CONTROL_ASSESSMENT.ASSESSED_BY, by).set(CONTROL_ASSESSMENT.ASSESSED_AT, DbTime.toColumn(at))
                .set(CONTROL_ASSESSMENT.VERSION, CONTROL_ASSESSMENT.VERSION.plus(1))
                .where(CONTROL_ASSESSMENT.ID.eq(stored.get().getId()).and(CONTROL_ASSESSMENT.VERSION.eq(expectedVersion)))
                .execute();
        if (updated == 0) {
            throw new StaleRecordException(ENTITY, integrationId, a.control().code(), expectedVersion,
                    StaleRecordException.DELETED, null, null);
        }
        return expectedVersion + 1;
    }

    public StoredEvidence insertEvidence(long integrationId, ControlId control, EvidenceRef ref, byte[] content, String note) {
        EvidenceRecord r = ctx.newRecord(EVIDENCE);
        r.setIntegrationId(integrationId);
        r.setControlId(control.code());
        r.setFileName(ref.fileName());
        r.setMediaType(ref.mediaType());
        r.setSizeBytes(ref.sizeBytes());
        r.setSha256(ref.sha256());
        r.setContent(content);
        r.setEffectiveDate(ref.effectiveDate());
        r.setUploadedAt(DbTime.toColumn(ref.uploadedAt()));
        r.setUploadedBy(ref.uploadedBy());
        r.setNote(note);
        r.store();
        return toEvidence(r);
    }

    /// Evidence of one integration in upload order, without content.
    public List<StoredEvidence> evidence(long integrationId) {
        // Everything but the content, which may be megabytes per row.
        List<Field<?>> columns = Arrays.stream(EVIDENCE.fields()).filter(f -> !f.equals(EVIDENCE.CONTENT)).toList();
        return ctx.select(columns).from(EVIDENCE).where(EVIDENCE.INTEGRATION_ID.eq(integrationId))
                .orderBy(EVIDENCE.ID).fetchInto(EVIDENCE).map(AssessmentRepository::toEvidence);
    }

    public Optional<EvidenceRecord> evidenceWithContent(long id) {
        return ctx.selectFrom(EVIDENCE).where(EVIDENCE.ID.eq(id)).fetchOptional();
    }

    static StoredEvidence toEvidence(EvidenceRecord r) {
        EvidenceRef ref = new EvidenceRef(r.getFileName(), r.getMediaType(), r.getSizeBytes(), r.getSha256(),
                r.getEffectiveDate(),
                DbTime.fromColumn(r.getUploadedAt()), r.getUploadedBy());
        return new StoredEvidence(r.getId(), r.getIntegrationId(), control(r.getControlId()), ref, r.getNote());
    }

    static ControlId control(String code) {
        return ControlId.fromCode(code).orElseThrow(() -> new IllegalStateException("unknown control code " + code));
    }
}
