package dev.steward.service.register;

import dev.steward.storage.AuditEvent;
import dev.steward.storage.AuditLog;
import dev.steward.storage.RecordNotFoundException;
import dev.steward.testing.FailOnAuditInsert;
import dev.steward.testing.RegisterFixture;
import dev.steward.testing.TestRegisters;

import dev.steward.model.register.Integration;
import dev.steward.model.register.IntegrationKind;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.validation.ValidationException;
import dev.steward.model.validation.ValidationProblem;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WriteRulesTest extends RegisterFixture {

    @Test
    void retiredIntegrationsRejectUpdates() {
        Integration created = createFull("Old bot");
        assertThat(created.status()).isEqualTo(LifecycleStatus.ACTIVE);
        Integration retired = service.retire(created.id(), created.version());

        assertThat(retired.status()).isEqualTo(LifecycleStatus.RETIRED);
        assertThat(retired.version()).isEqualTo(2);
        assertThatThrownBy(() -> service.update(TestRegisters.renamed(retired, "Revived")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(new ValidationProblem("status", "Retired integrations are read-only")));
        assertThatThrownBy(() -> service.retire(retired.id(), retired.version()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("Retired integrations are read-only");
        assertThat(service.integration(created.id()).orElseThrow()).isEqualTo(retired);
    }

    @Test
    void updatingToRetiredThroughUpdateIsLoggedAsRetirement() {
        Integration created = createFull("Via update");

        Integration retired = service.update(created.withStatus(LifecycleStatus.RETIRED));

        assertThat(retired.isRetired()).isTrue();
        assertThat(service.history(created.id()).getFirst().action()).isEqualTo(AuditLog.RETIRE);
    }

    @Test
    void proposedCannotJumpToActive() {
        Integration created = service.create(TestRegisters.fullyFilled("Eager", ana.id(), ben.id(), List.of())
                .withStatus(LifecycleStatus.PROPOSED));

        assertThatThrownBy(() -> service.update(created.withStatus(LifecycleStatus.ACTIVE)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo("status");
                            assertThat(p.message()).contains("cannot move from Proposed to Active");
                        }));
        assertThat(service.integration(created.id()).orElseThrow()).isEqualTo(created);
    }

    @Test
    void blankNameIsRejectedAndNothingIsWritten() {
        int eventsBefore = service.recentActivity(1000).size();

        assertThatThrownBy(() -> service.create(Integration.draft("  ", IntegrationKind.MCP_SERVER)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.problems()).extracting(ValidationProblem::field).contains("name"));
        assertThat(service.integrations()).isEmpty();
        assertThat(service.recentActivity(1000)).hasSize(eventsBefore);
    }

    @Test
    void unknownPeopleAreRejectedWithTheirField() {
        Integration draft = TestRegisters.fullyFilled("Orphan", 4242, ben.id(), List.of(ana.id(), 777L));

        assertThatThrownBy(() -> service.create(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(ValidationProblem::field)
                        .contains("sponsorId", "backupOwnerIds[1]"))
                .hasMessageContaining("no longer exists");
        assertThat(service.integrations()).isEmpty();
    }

    @Test
    void updateWithAnUnknownBackupOwnerLeavesRecordAndLogUnchanged() {
        Integration created = createFull("Keep me");
        List<AuditEvent> logBefore = service.recentActivity(1000);

        assertThatThrownBy(() -> service.update(TestRegisters.withBackups(
                TestRegisters.renamed(created, "Changed"), List.of(ben.id(), 999L))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("backupOwnerIds[1]");
        assertThat(service.integration(created.id()).orElseThrow()).isEqualTo(created);
        assertThat(service.recentActivity(1000)).isEqualTo(logBefore);
    }

    @Test
    void failureAfterTheRowWasWrittenRollsBackRowChildrenAndLog() throws Exception {
        Integration created = createFull("Atomic");
        List<AuditEvent> logBefore = service.recentActivity(1000);
        installFailingAuditTrigger();

        Integration edited = TestRegisters.withBackups(TestRegisters.renamed(created, "Half written"), List.of());
        assertThatThrownBy(() -> service.update(edited))
                .hasStackTraceContaining("forced failure while writing the audit log");

        assertThat(service.integration(created.id()).orElseThrow()).isEqualTo(created);
        assertThat(service.recentActivity(1000)).isEqualTo(logBefore);
        assertThatThrownBy(() -> service.create(TestRegisters.minimal("New one", IntegrationKind.LOCAL_MODEL)))
                .hasStackTraceContaining("forced failure");
        assertThat(service.integrations()).containsExactly(created);
    }

    @Test
    void unknownIntegrationIdIsNotFound() {
        Integration ghost = TestRegisters.fullyFilled("Ghost", ana.id(), ben.id(), List.of())
                .stored(12345, 1, null, null);

        assertThatThrownBy(() -> service.update(ghost)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> service.retire(12345, 1)).isInstanceOf(RecordNotFoundException.class);
    }

    private void installFailingAuditTrigger() throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER fail_audit BEFORE INSERT ON audit_event FOR EACH ROW CALL \""
                    + FailOnAuditInsert.class.getName() + "\"");
        }
    }
}
