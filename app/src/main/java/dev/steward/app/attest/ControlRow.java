package dev.steward.app.attest;

import dev.steward.app.i18n.Messages;
import dev.steward.model.attestation.ControlAssessment;
import dev.steward.model.classification.ControlId;
import dev.steward.model.controls.Control;
import dev.steward.model.controls.FrameworkMapping;
import dev.steward.service.attestation.AssessedControl;
import dev.steward.storage.StoredEvidence;

import java.util.List;
import java.util.stream.Collectors;

/// One applicable control as the controls table shows it: the stored assessment and its evidence files.
public record ControlRow(AssessedControl assessed, List<StoredEvidence> evidence) {
    public ControlRow {
        evidence = List.copyOf(evidence);
    }

    public Control control() {
        return assessed.applicable().control();
    }

    public ControlId id() {
        return control().id();
    }

    public ControlAssessment assessment() {
        return assessed.assessment();
    }

    public String code() {
        return control().code();
    }

    public String title() {
        return control().title();
    }

    public String reason() {
        return assessed.applicable().reason();
    }

    /// The status label, or "Not assessed" while nobody looked at it.
    public String statusLabel() {
        return assessment().isAssessed() ? Messages.label(assessment().status()) : Messages.get("attest.status.none");
    }

    /// Every mapping on one line for the table, e.g. `OWASP NHI NHI7:2025 Long-Lived Secrets; ISO/IEC 42001 A.6.2.6 (unverified)`.
    public String mappingsSummary() {
        return control().mappings().stream().map(ControlRow::mappingText).collect(Collectors.joining("; "));
    }

    /// One line per mapping for the details pane.
    public List<String> mappingLines() {
        return control().mappings().stream().map(ControlRow::mappingText).toList();
    }

    /// Framework short name, item ID and title, with the unverified mark where the facts could not confirm it:
    /// showing an unconfirmed ISO/IEC 42001 number as if it were checked would mislead an auditor.
    static String mappingText(FrameworkMapping mapping) {
        return shortName(mapping) + " " + mapping.displayLabel();
    }

    private static String shortName(FrameworkMapping mapping) {
        String key = "attest.framework." + mapping.frameworkId();
        return Messages.bundle().containsKey(key) ? Messages.get(key) : mapping.frameworkName();
    }
}
