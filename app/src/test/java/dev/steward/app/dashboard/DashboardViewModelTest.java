package dev.steward.app.dashboard;

import dev.steward.app.concurrent.CheckedRegisterTest;
import dev.steward.app.i18n.Messages;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.dashboard.GapKind;
import dev.steward.model.register.Integration;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.SecretStorage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/// The dashboard's view model on a real register: counts and gaps come from the database, the list is paged.
class DashboardViewModelTest extends CheckedRegisterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    private final List<Long> opened = new ArrayList<>();
    private DashboardViewModel viewModel;

    // a proposed integration has three gaps (no sponsor, no backup owner, no revocation path); attestation
    // gaps start once it is approved
    @BeforeEach
    void open() {
        viewModel = new DashboardViewModel(CLOCK, opened::add, tasks, failures::add);
    }

    private void refresh() {
        viewModel.refresh(service);
        tasks.settle();
    }

    @Test
    void listsGapsWithTheirWordsAndOpensTheRecord() {
        Integration repo = proposed("Repo MCP");
        refresh();

        assertThat(held()).extracting(r -> r.gap().kind())
                .containsExactly(GapKind.NO_SPONSOR, GapKind.NO_BACKUP_OWNER, GapKind.NO_REVOCATION_PATH);
        GapRow first = viewModel.visibleGaps().getFirst();
        assertThat(first.kind()).isEqualTo(Messages.label(first.gap().kind()));
        assertThat(first.detail()).isNotBlank().doesNotContain("{0}");
        assertThat(viewModel.summaryProperty().get()).contains("on 1 integration");

        viewModel.open(first);
        assertThat(opened).containsExactly(repo.id());
    }

    @Test
    void theKindFilterNarrowsTheList() {
        proposed("A");
        proposed("B");
        refresh();
        int all = viewModel.visibleGaps().size();
        viewModel.kindFilterProperty().set(GapKind.NO_SPONSOR);
        assertThat(viewModel.visibleGaps()).hasSize(2);
        // the new kind's rows are read when first shown
        assertThat(viewModel.visibleGaps().getFirst()).isNull();
        tasks.settle();
        assertThat(held()).hasSize(2).allMatch(r -> r.gap().kind() == GapKind.NO_SPONSOR);
        viewModel.kindFilterProperty().set(null);
        assertThat(viewModel.visibleGaps()).hasSize(all);
    }

    @Test
    void rowsBeyondTheFirstBlockAreReadWhenAskedFor() {
        for (int i = 0; i < 40; i++) {
            proposed("Agent %02d".formatted(i));
        }
        refresh();
        // three gaps each, kind after kind: 120 rows, of which the first 100 are read with the counts
        assertThat(viewModel.visibleGaps()).hasSize(120);
        assertThat(viewModel.visibleGaps().get(110)).isNull();
        tasks.settle();
        GapRow late = viewModel.visibleGaps().get(110);
        assertThat(late).isNotNull();
        assertThat(late.gap().kind()).isEqualTo(GapKind.NO_REVOCATION_PATH);
        assertThat(late.integration()).isEqualTo("Agent 30");
    }

    @Test
    void anEmptyRegisterAsksForTheGreeting() {
        refresh();
        assertThat(viewModel.emptyProperty().get()).isTrue();
        proposed("A");
        refresh();
        assertThat(viewModel.emptyProperty().get()).isFalse();
    }

    /// Gap details are looked up by computed keys, so check that every key the rules can produce has words.
    @Test
    void everyGapDetailKeyHasText() {
        List<String> keys = new ArrayList<>(List.of("noSponsor", "sponsorLeft", "ownerLeft", "backupLeft", "noBackup",
                "allBackupsLeft", "noRevocationPath", "revocationNeverTested", "revocationFailed", "revocationOld",
                "credentialNeverExpires", "credentialLongLived", "neverRotated", "rotationOverdue", "neverAttested",
                "stale", "expired", "expiring", "underReassessment"));
        for (SecretStorage s : SecretStorage.values()) {
            keys.add("secretOutsideManager." + s);
        }
        for (AttestationState s : AttestationState.values()) {
            if (s != AttestationState.SIGNED && s != AttestationState.STALE) {
                keys.add("notSigned." + s);
            }
        }
        for (String key : keys) {
            assertThat(Messages.bundle().containsKey("gap.detail." + key)).as(key).isTrue();
        }
        assertThat(Messages.bundle().containsKey("dashboard.gaps.counting")).isTrue();
        assertThat(RevocationPath.EMPTY.isDefined()).isFalse();
    }

    private List<GapRow> held() {
        return viewModel.visibleGaps().stream().filter(Objects::nonNull).toList();
    }
}
