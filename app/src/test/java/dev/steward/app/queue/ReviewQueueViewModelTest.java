package dev.steward.app.queue;

import dev.steward.app.concurrent.CheckedExecutor;
import dev.steward.app.concurrent.CheckedRegisterTest;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.attestation.QueueCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.steward.storage.jooq.Tables.APP_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/// The queue's view model on a real register: counts and rows come from the database, the list is paged, and
/// every read runs off the UI thread ({@link CheckedExecutor}).
class ReviewQueueViewModelTest extends CheckedRegisterTest {
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private final List<Long> opened = new ArrayList<>();
    private ReviewQueueViewModel vm;

    @BeforeEach
    void open() {
        vm = new ReviewQueueViewModel(Clock.fixed(NOW, ZoneOffset.UTC), row -> opened.add(row.integrationId()),
                tasks, failures::add);
    }

    /// An attestation as the old test's fixture: submitted by rita two days ago; returned by max now; signed
    /// by Max Manager with the given expiry; stale since yesterday.
    private long attest(String name, AttestationState state, Instant expires) {
        long id = proposed(name).id();
        boolean returned = state == AttestationState.RETURNED;
        OffsetDateTime now = NOW.atOffset(ZoneOffset.UTC);
        try (Connection c = database.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO attestation (integration_id, state, created_by, created_at, submitted_by, submitted_at,"
                        + " returned_by, returned_at, return_comment, signer_name, expires_at, stale_at, version)"
                        + " VALUES (?, ?, 'rita', ?, 'rita', ?, ?, ?, ?, 'Max Manager', ?, ?, 1)")) {
            insert.setLong(1, id);
            insert.setString(2, state.name());
            insert.setObject(3, now.minusDays(3));
            insert.setObject(4, now.minusDays(2));
            insert.setString(5, returned ? "max" : null);
            insert.setObject(6, returned ? now : null);
            insert.setString(7, returned ? "Add the revocation drill report" : null);
            insert.setObject(8, expires == null ? null : expires.atOffset(ZoneOffset.UTC));
            insert.setObject(9, state == AttestationState.STALE ? now.minusDays(1) : null);
            insert.executeUpdate();
            // written past the repositories, which keep the queue's counts: worked out afresh, as on open
            dev.steward.storage.DashboardTally.rebuild(database.dsl());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    private void oneOfEach() {
        attest("Draft agent", AttestationState.DRAFT, null);
        attest("Waiting agent", AttestationState.SUBMITTED, null);
        attest("Returned agent", AttestationState.RETURNED, null);
        attest("Stale agent", AttestationState.STALE, NOW.plus(Duration.ofDays(100)));
        attest("Lapsed agent", AttestationState.SIGNED, NOW.minus(Duration.ofDays(1)));
        attest("Soon agent", AttestationState.SIGNED, NOW.plus(Duration.ofDays(20)));
        attest("Later agent", AttestationState.SIGNED, NOW.plus(Duration.ofDays(50)));
    }

    private void refresh() {
        vm.refresh(service);
        tasks.settle();
    }

    private List<QueueRow> held() {
        return vm.visibleRows().stream().filter(Objects::nonNull).toList();
    }

    @Test
    void sortsEachAttestationIntoItsCategory() {
        oneOfEach();
        refresh();
        assertThat(vm.visibleRows()).extracting(QueueRow::integration, QueueRow::category).containsExactly(
                tuple("Waiting agent", QueueCategory.AWAITING_SIGNATURE),
                tuple("Returned agent", QueueCategory.RETURNED),
                tuple("Stale agent", QueueCategory.STALE),
                tuple("Lapsed agent", QueueCategory.EXPIRED),
                tuple("Soon agent", QueueCategory.DUE_SOON));
        QueueRow returned = vm.visibleRows().get(1);
        assertThat(returned.who()).isEqualTo("max");
        assertThat(returned.detail()).isEqualTo("Add the revocation drill report");
        assertThat(returned.categoryLabel()).isNotBlank();
        assertThat(vm.summaryProperty().get()).startsWith("1 waiting for a manager").contains("1 returned", "3 stale");
    }

    @Test
    void theDueWindowDecidesWhatIsComingDue() {
        oneOfEach();
        refresh();
        vm.dueWithinDaysProperty().set(60);
        tasks.settle();
        assertThat(vm.visibleRows()).extracting(QueueRow::integration).contains("Later agent");
        vm.dueWithinDaysProperty().set(10);
        tasks.settle();
        assertThat(vm.visibleRows()).extracting(QueueRow::integration).doesNotContain("Soon agent", "Later agent")
                .contains("Lapsed agent");
    }

    @Test
    void filtersByCategoryAndTextAndOpensTheIntegration() {
        oneOfEach();
        refresh();
        vm.categoryProperty().set(QueueCategory.RETURNED);
        // a category only resizes the list from the counts; its rows are read when shown
        assertThat(vm.visibleRows()).hasSize(1);
        tasks.settle();
        vm.visibleRows().getFirst();
        tasks.settle();
        assertThat(vm.visibleRows()).extracting(QueueRow::integration).containsExactly("Returned agent");
        vm.categoryProperty().set(null);
        vm.searchProperty().set("REVOCATION drill");
        tasks.settle();
        assertThat(vm.visibleRows()).extracting(QueueRow::integration).containsExactly("Returned agent");
        assertThat(vm.summaryProperty().get()).as("the summary counts the whole queue").contains("3 stale");
        vm.open(vm.visibleRows().getFirst());
        assertThat(opened).hasSize(1);
        vm.searchProperty().set("100%");
        tasks.settle();
        assertThat(vm.visibleRows()).as("a wildcard is a plain character").isEmpty();
    }

    @Test
    void byNamesPeopleByTheirDisplayNames() {
        OffsetDateTime at = NOW.atOffset(ZoneOffset.UTC);
        database.dsl().insertInto(APP_USER, APP_USER.USERNAME, APP_USER.DISPLAY_NAME, APP_USER.PASSWORD_HASH,
                        APP_USER.ROLES, APP_USER.CREATED_AT, APP_USER.UPDATED_AT)
                .values("rita", "Rita Reviewer", "!none", "REVIEWER", at, at)
                .values("max", "Max Manager", "!none", "MANAGER", at, at)
                .execute();
        oneOfEach();
        refresh();
        assertThat(vm.visibleRows()).extracting(QueueRow::integration, QueueRow::who).containsExactly(
                tuple("Waiting agent", "Rita Reviewer"),
                tuple("Returned agent", "Max Manager"),
                tuple("Stale agent", "Max Manager"),
                tuple("Lapsed agent", "Max Manager"),
                tuple("Soon agent", "Max Manager"));
        vm.searchProperty().set("rita reviewer");
        tasks.settle();
        assertThat(vm.visibleRows()).extracting(QueueRow::integration).containsExactly("Waiting agent");
    }

    @Test
    void rowsBeyondTheFirstBlockAreReadWhenAskedFor() {
        for (int i = 0; i < 130; i++) {
            attest("Agent %03d".formatted(i), AttestationState.SUBMITTED, null);
        }
        refresh();
        assertThat(vm.visibleRows()).hasSize(130);
        assertThat(held()).hasSize(100);
        assertThat(vm.visibleRows().get(120)).isNull();
        tasks.settle();
        // same submission time: the attestation id decides, so the order of creation
        assertThat(vm.visibleRows().get(120).integration()).isEqualTo("Agent 120");
    }

    @Test
    void typingWhileAReadRunsEndsInOneReadOfTheLastText() {
        oneOfEach();
        refresh();
        tasks.hold();
        vm.searchProperty().set("s");
        vm.searchProperty().set("so");
        vm.searchProperty().set("soon");
        tasks.release();
        tasks.settle();
        assertThat(vm.visibleRows()).extracting(QueueRow::integration).containsExactly("Soon agent");
    }

    @Test
    void anEmptyQueueSaysSo() {
        attest("Draft agent", AttestationState.DRAFT, null);
        refresh();
        assertThat(vm.visibleRows()).isEmpty();
        assertThat(vm.summaryProperty().get()).startsWith("Nothing waiting");
    }
}
