package dev.steward.app.dashboard;

import dev.steward.app.i18n.Messages;
import dev.steward.model.dashboard.Gap;

/// One line of the gaps table, with the words the user sees.
public record GapRow(Gap gap, String kind, String integration, String detail) {

    static GapRow of(Gap gap) {
        return new GapRow(gap, Messages.label(gap.kind()), gap.integrationName(),
                Messages.format("gap.detail." + gap.detailKey(), gap.arguments().toArray()));
    }

    public long integrationId() {
        return gap.integrationId();
    }
}
