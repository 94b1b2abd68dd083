package dev.steward.storage;

import dev.steward.service.register.ClassificationOutcome;
import dev.steward.testing.FailOnAuditInsert;
import dev.steward.testing.RegisterFixture;
import dev.steward.testing.TestAnswers;
import dev.steward.testing.TestRegisters;

import dev.steward.model.classification.Answers;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.ClassificationEngine;
import dev.steward.model.classification.NhiVerdict;
import dev.steward.model.classification.RiskTier;
import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import org.jooq.Record2;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static dev.steward.storage.jooq.Tables.INTEGRATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/// The latest classification's verdict and tier on the integration row (V9) follow every stored classification,
/// in its transaction, and are what the register's verdict and tier filters read.
class LatestClassificationColumnsTest extends RegisterFixture {
    private static final Answers READ_ONLY = TestAnswers.of(TestAnswers.readOnlyCopilot());
    private static final Answers WRITING = TestAnswers.of(TestAnswers.writingAgent());
    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void theColumnsFollowEachReclassification() {
        Integration active = createFull("Ticket agent");
        Integration other = createFull("Other agent");
        assertThat(latestColumns(active.id())).containsExactly(null, null);

        service.classify(active.id(), active.version(), READ_ONLY);
        assertThat(latestColumns(active.id())).containsExactly("NHI", "LOW");
        assertThat(found(RiskTier.LOW)).containsExactly(active.id());

        ClassificationOutcome escalated = service.classify(active.id(), active.version(), WRITING);
        assertThat(escalated.movedToReassessment()).isTrue();
        assertThat(latestColumns(active.id())).containsExactly("NHI", "HIGH");
        assertThat(found(RiskTier.LOW)).isEmpty();
        assertThat(found(RiskTier.HIGH)).containsExactly(active.id());
        assertThat(latestColumns(other.id())).as("other integrations are left alone").containsExactly(null, null);

        // editing the integration afterwards keeps them
        Integration edited = service.update(TestRegisters.renamed(escalated.integration(), "Ticket agent 2"));
        assertThat(latestColumns(edited.id())).containsExactly("NHI", "HIGH");
        assertThat(service.search(SearchQuery.ALL.withVerdicts(Set.of(NhiVerdict.NHI)), 0, 10).rows())
                .extracting(IntegrationSummary::id, IntegrationSummary::verdict, IntegrationSummary::riskTier)
                .containsExactly(tuple(active.id(), NhiVerdict.NHI, RiskTier.HIGH));
    }

    @Test
    void atTheSameInstantTheHigherIdWinsAndAnEarlierStampChangesNothing() {
        long id = service.create(TestRegisters.minimal("Copilot", IntegrationKind.ASSISTANT_COPILOT)).id();
        Classification reader = ClassificationEngine.classify(READ_ONLY);
        Classification writer = ClassificationEngine.classify(WRITING);
        assertThat(reader.riskTier()).isEqualTo(RiskTier.LOW);
        assertThat(writer.riskTier()).isEqualTo(RiskTier.HIGH);

        db.dsl().transaction(tx -> {
            ClassificationRepository classifications = new ClassificationRepository(tx.dsl());
            classifications.insert(id, WRITING, writer, List.of(), AT, "alice");
            classifications.insert(id, READ_ONLY, reader, List.of(), AT, "alice");
        });
        assertThat(latestColumns(id)).containsExactly("NHI", "LOW");

        insert(id, WRITING, writer, AT.minusSeconds(60));
        assertThat(latestColumns(id)).as("an older classification stored late is not the latest")
                .containsExactly("NHI", "LOW");
        assertThat(service.latestClassification(id).orElseThrow().riskTier()).isEqualTo(RiskTier.LOW);

        insert(id, WRITING, writer, AT.plusSeconds(1));
        assertThat(latestColumns(id)).containsExactly("NHI", "HIGH");
        assertThat(service.latestClassification(id).orElseThrow().riskTier()).isEqualTo(RiskTier.HIGH);
    }

    @Test
    void aFailedClassificationLeavesTheColumnsAsTheyWere() throws Exception {
        Integration active = createFull("Ticket agent");
        service.classify(active.id(), active.version(), READ_ONLY);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER fail_audit BEFORE INSERT ON audit_event FOR EACH ROW CALL \""
                    + FailOnAuditInsert.class.getName() + "\"");
        }

        assertThatThrownBy(() -> service.classify(active.id(), active.version(), WRITING))
                .hasStackTraceContaining("forced failure while writing the audit log");

        assertThat(latestColumns(active.id())).containsExactly("NHI", "LOW");
        assertThat(found(RiskTier.HIGH)).isEmpty();
    }

    private void insert(long id, Answers answers, Classification result, Instant at) {
        db.dsl().transaction(tx -> new ClassificationRepository(tx.dsl()).insert(id, answers, result, List.of(), at,
                "alice"));
    }

    private List<String> latestColumns(long id) {
        Record2<String, String> row = db.dsl().select(INTEGRATION.LATEST_VERDICT, INTEGRATION.LATEST_RISK_TIER)
                .from(INTEGRATION).where(INTEGRATION.ID.eq(id)).fetchOne();
        return Arrays.asList(row.value1(), row.value2());
    }

    private List<Long> found(RiskTier tier) {
        return service.search(SearchQuery.ALL.withTiers(Set.of(tier)), 0, 10).rows().stream()
                .map(IntegrationSummary::id).toList();
    }
}
