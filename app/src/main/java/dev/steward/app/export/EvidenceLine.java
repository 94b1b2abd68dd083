package dev.steward.app.export;

import dev.steward.model.attestation.AttestedControl;
import dev.steward.model.attestation.EvidenceRef;
import dev.steward.model.classification.ControlId;

import java.util.List;

/// One evidence file with the control it supports; the same file may support several controls.
public record EvidenceLine(ControlId control, EvidenceRef evidence) {
    /// The evidence of each control in turn, in the snapshot's order, which is what every format lists.
    public static List<EvidenceLine> of(List<AttestedControl> controls) {
        return controls.stream()
                .flatMap(c -> c.assessment().evidence().stream().map(e -> new EvidenceLine(c.control(), e)))
                .toList();
    }
}
