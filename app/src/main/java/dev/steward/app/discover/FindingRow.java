package dev.steward.app.discover;

import dev.steward.app.i18n.Messages;
import dev.steward.model.discovery.FindingChange;
import dev.steward.model.discovery.FindingStatus;
import dev.steward.model.discovery.SourceRef;
import dev.steward.service.discovery.ReconciledFinding;

import java.util.stream.Collectors;

/// One line of the Discovered tab, its texts worked out once.
public record FindingRow(ReconciledFinding finding, String status, String name, String kind, String registeredAs,
                         String flags, String changes, String sources) {
    static FindingRow of(ReconciledFinding f) {
        String status = Messages.label(f.status()) + (f.reassessed() ? " — " + Messages.get("discovered.reassessed") : "");
        return new FindingRow(f, status, f.finding().name(), Messages.label(f.finding().kind()),
                f.integrationName() == null ? "" : f.integrationName(), String.join("; ", f.flags()),
                f.changes().stream().map(FindingChange::toString).collect(Collectors.joining("; ")),
                f.finding().sources().stream().map(SourceRef::toString).collect(Collectors.joining("\n")));
    }

    public long id() {
        return finding.id();
    }

    public FindingStatus statusValue() {
        return finding.status();
    }
}
