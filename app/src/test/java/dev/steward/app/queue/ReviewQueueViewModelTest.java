package dev.steward.app.queue;

import dev.steward.model.attestation.AttestationState;
import dev.steward.service.attestation.AttestationSummary;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewQueueViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private final List<Long> opened = new ArrayList<>();
    private final ReviewQueueViewModel vm = new ReviewQueueViewModel(Clock.fixed(NOW, ZoneOffset.UTC),
            row -> opened.add(row.integrationId()));

    private static AttestationSummary summary(long id, String name, AttestationState state, Instant expires) {
        return new AttestationSummary(id * 10, id, name, state, "rita", NOW.minus(Duration.ofDays(2)),
                state == AttestationState.RETURNED ? "max" : null, state == AttestationState.RETURNED ? NOW : null,
                state == AttestationState.RETURNED ? "Add the revocation drill report" : null,
                "Max Manager", expires == null ? null : NOW.minus(Duration.ofDays(300)), expires,
                state == AttestationState.STALE ? NOW.minus(Duration.ofDays(1)) : null);
    }

    private List<AttestationSummary> oneOfEach() {
        return List.of(
                summary(1, "Draft agent", AttestationState.DRAFT, null),
                summary(2, "Waiting agent", AttestationState.SUBMITTED, null),
                summary(3, "Returned agent", AttestationState.RETURNED, null),
                summary(4, "Stale agent", AttestationState.STALE, NOW.plus(Duration.ofDays(100))),
                summary(5, "Lapsed agent", AttestationState.SIGNED, NOW.minus(Duration.ofDays(1))),
                summary(6, "Soon agent", AttestationState.SIGNED, NOW.plus(Duration.ofDays(20))),
                summary(7, "Later agent", AttestationState.SIGNED, NOW.plus(Duration.ofDays(50))));
    }

    @Test
    void sortsEachAttestationIntoItsCategory() {
        vm.update(oneOfEach());
        assertThat(vm.visibleRows()).extracting(QueueRow::integration, QueueRow::category).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Waiting agent", QueueCategory.AWAITING_SIGNATURE),
                org.assertj.core.groups.Tuple.tuple("Returned agent", QueueCategory.RETURNED),
                org.assertj.core.groups.Tuple.tuple("Stale agent", QueueCategory.STALE),
                org.assertj.core.groups.Tuple.tuple("Lapsed agent", QueueCategory.EXPIRED),
                org.assertj.core.groups.Tuple.tuple("Soon agent", QueueCategory.DUE_SOON));
        QueueRow returned = vm.visibleRows().get(1);
        assertThat(returned.who()).isEqualTo("max");
        assertThat(returned.detail()).isEqualTo("Add the revocation drill report");
        assertThat(vm.summaryProperty().get()).startsWith("1 waiting for a manager").contains("1 returned", "3 stale");
    }

    @Test
    void theDueWindowDecidesWhatIsComingDue() {
        vm.update(oneOfEach());
        vm.dueWithinDaysProperty().set(60);
        assertThat(vm.visibleRows()).extracting(QueueRow::integration).contains("Later agent");
        vm.dueWithinDaysProperty().set(10);
        assertThat(vm.visibleRows()).extracting(QueueRow::integration).doesNotContain("Soon agent", "Later agent")
                .contains("Lapsed agent");
    }

    @Test
    void filtersByCategoryAndTextAndOpensTheIntegration() {
        vm.update(oneOfEach());
        vm.categoryProperty().set(QueueCategory.RETURNED);
        assertThat(vm.visibleRows()).extracting(QueueRow::integration).containsExactly("Returned agent");
        vm.categoryProperty().set(null);
        vm.searchProperty().set("revocation drill");
        assertThat(vm.visibleRows()).extracting(QueueRow::integration).containsExactly("Returned agent");
        vm.open(vm.visibleRows().getFirst());
        assertThat(opened).containsExactly(3L);
    }

    @Test
    void byNamesPeopleByTheirDisplayNames() {
        vm.update(oneOfEach(), java.util.Map.of("rita", "Rita Reviewer", "max", "Max Manager"));
        assertThat(vm.visibleRows()).extracting(QueueRow::integration, QueueRow::who).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Waiting agent", "Rita Reviewer"),
                org.assertj.core.groups.Tuple.tuple("Returned agent", "Max Manager"),
                org.assertj.core.groups.Tuple.tuple("Stale agent", "Max Manager"),
                org.assertj.core.groups.Tuple.tuple("Lapsed agent", "Max Manager"),
                org.assertj.core.groups.Tuple.tuple("Soon agent", "Max Manager"));
    }

    @Test
    void anEmptyQueueSaysSo() {
        vm.update(List.of(summary(1, "Draft agent", AttestationState.DRAFT, null)));
        assertThat(vm.visibleRows()).isEmpty();
        assertThat(vm.summaryProperty().get()).startsWith("Nothing waiting");
    }
}
