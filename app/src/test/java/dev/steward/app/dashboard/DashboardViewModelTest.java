package dev.steward.app.dashboard;

import dev.steward.app.i18n.Messages;
import dev.steward.model.attestation.AttestationState;
import dev.steward.model.dashboard.AttestationStanding;
import dev.steward.model.dashboard.GapKind;
import dev.steward.model.register.Integration;
import dev.steward.model.register.LifecycleStatus;
import dev.steward.model.register.Person;
import dev.steward.model.register.RevocationPath;
import dev.steward.model.register.SecretStorage;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DashboardViewModelTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    private final List<Long> opened = new ArrayList<>();
    private final DashboardViewModel viewModel = new DashboardViewModel(CLOCK, opened::add);

    private static Integration active(long id, String name) {
        Integration draft = Integration.draft(name, dev.steward.model.register.IntegrationKind.MCP_SERVER);
        return draft.withStatus(LifecycleStatus.ACTIVE).stored(id, 1, Instant.EPOCH, "t");
    }

    @Test
    void listsGapsWithTheirWordsAndOpensTheRecord() {
        viewModel.update(List.of(active(5, "Repo MCP")), List.<Person>of(), Map.of(), Map.of());

        assertThat(viewModel.visibleGaps()).extracting(r -> r.gap().kind())
                .contains(GapKind.NO_SPONSOR, GapKind.NO_BACKUP_OWNER, GapKind.NO_REVOCATION_PATH,
                        GapKind.ATTESTATION_MISSING);
        GapRow first = viewModel.visibleGaps().getFirst();
        assertThat(first.kind()).isEqualTo(Messages.label(first.gap().kind()));
        assertThat(first.detail()).isNotBlank().doesNotContain("{0}");
        assertThat(viewModel.summaryProperty().get()).contains("1 integration");

        viewModel.open(first);
        assertThat(opened).containsExactly(5L);
    }

    @Test
    void theKindFilterNarrowsTheList() {
        viewModel.update(List.of(active(1, "A"), active(2, "B")), List.of(), Map.of(), Map.of());
        int all = viewModel.visibleGaps().size();
        viewModel.kindFilterProperty().set(GapKind.NO_SPONSOR);
        assertThat(viewModel.visibleGaps()).hasSize(2).allMatch(r -> r.gap().kind() == GapKind.NO_SPONSOR);
        viewModel.kindFilterProperty().set(null);
        assertThat(viewModel.visibleGaps()).hasSize(all);
    }

    @Test
    void anEmptyRegisterAsksForTheGreeting() {
        viewModel.update(List.of(), List.of(), Map.of(), Map.of());
        assertThat(viewModel.emptyProperty().get()).isTrue();
        viewModel.update(List.of(active(1, "A")), List.of(), Map.of(), Map.of());
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
        // and a standing the rules treat as "not signed" really produces one of those keys
        viewModel.update(List.of(active(1, "A")), List.of(), Map.of(),
                Map.of(1L, new AttestationStanding(AttestationState.RETURNED, null)));
        assertThat(viewModel.visibleGaps()).extracting(r -> r.gap().detailKey()).contains("notSigned.RETURNED");
        assertThat(RevocationPath.EMPTY.isDefined()).isFalse();
    }
}
