package dev.steward.app.export.pdf;

import dev.steward.app.export.ExportInput;
import dev.steward.model.attestation.OwnerNames;
import dev.steward.model.register.Durations;
import dev.steward.model.register.RevocationPath;
import org.openpdf.text.pdf.PdfPTable;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/// Who answers for the integration, and how to cut it off: the two things an incident responder needs first.
final class OwnershipSection implements ReportSection {
    @Override
    public void render(ExportInput input, ReportKit kit) {
        OwnerNames owners = input.snapshot().owners();
        kit.heading(ReportText.get("ownership.heading"));
        PdfPTable people = kit.facts();
        kit.fact(people, ReportText.get("ownership.sponsor"), ReportText.orNone(owners.sponsor()));
        kit.fact(people, ReportText.get("ownership.owner"), ReportText.orNone(owners.technicalOwner()));
        List<String> backups = owners.backupOwners();
        kit.fact(people, ReportText.get("ownership.backups"), backups.isEmpty() ? ReportText.get("report.none")
                : IntStream.range(0, backups.size()).mapToObj(i -> (i + 1) + ". " + backups.get(i))
                .collect(Collectors.joining("\n")));
        kit.add(people);

        RevocationPath r = input.snapshot().integration().revocation();
        kit.heading(ReportText.get("revocation.heading"));
        PdfPTable path = kit.facts();
        kit.fact(path, ReportText.get("revocation.killSwitch"), ReportText.orNone(r.killSwitch()));
        kit.fact(path, ReportText.get("revocation.authorisedBy"), ReportText.orNone(r.authorisedBy()));
        kit.fact(path, ReportText.get("revocation.steps"), ReportText.orNone(r.steps()));
        kit.fact(path, ReportText.get("revocation.targetTime"), r.targetTime() == null ? ReportText.get("report.none")
                : Durations.format(r.targetTime())); // as the editor writes it, 15m rather than PT15M
        kit.fact(path, ReportText.get("revocation.lastTested"), r.lastTested() == null
                ? ReportText.get("revocation.never") : r.lastTested().toString());
        kit.fact(path, ReportText.get("revocation.lastResult"), ReportText.label(r.lastResult()));
        kit.fact(path, ReportText.get("revocation.impact"), ReportText.orNone(r.impact()));
        kit.add(path);
    }
}
