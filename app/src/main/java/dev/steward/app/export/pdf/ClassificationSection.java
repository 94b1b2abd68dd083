package dev.steward.app.export.pdf;

import dev.steward.app.export.ExportInput;
import dev.steward.model.attestation.AttestationSnapshot;
import dev.steward.model.classification.Classification;
import dev.steward.model.classification.RuleFiring;
import org.openpdf.text.pdf.PdfPTable;

import java.util.Optional;

/// Verdict, autonomy and tier, and the rules that led there with the answers each one read.
final class ClassificationSection implements ReportSection {
    @Override
    public void render(ExportInput input, ReportKit kit) {
        AttestationSnapshot s = input.snapshot();
        kit.heading(ReportText.get("classification.heading"));
        PdfPTable facts = kit.facts();
        kit.fact(facts, ReportText.get("classification.verdict"), ReportText.label(s.verdict()));
        kit.fact(facts, ReportText.get("classification.autonomy"), ReportText.label(s.autonomy()));
        kit.fact(facts, ReportText.get("classification.tier"), ReportText.label(s.riskTier()));
        kit.fact(facts, ReportText.get("classification.questionnaire"), ReportText.orNone(s.questionnaireVersion()));
        kit.add(facts);

        Optional<Classification> reasoning = input.reasoning();
        PdfPTable trail = ReportKit.table(2.2f, 2.3f, 3.5f);
        trail.setSpacingBefore(6);
        PdfPTableHeader.add(trail, ReportText.get("classification.trail"),
                ReportText.get("classification.rule"), ReportText.get("classification.answers"), ReportText.get("classification.effect"));
        if (reasoning.isEmpty()) {
            trail.addCell(spanning(ReportText.format("classification.noTrail", s.questionnaireVersion()), 3));
        } else {
            for (RuleFiring firing : reasoning.get().trace()) {
                trail.addCell(ReportKit.cell(firing.ruleId() + "\n" + firing.ruleTitle(), ReportKit.SMALL, false));
                trail.addCell(ReportKit.cell(String.join("\n", firing.answerRefs()), ReportKit.SMALL, false));
                trail.addCell(ReportKit.cell(firing.effect(), ReportKit.SMALL, false));
            }
        }
        kit.add(trail);
    }

    static org.openpdf.text.pdf.PdfPCell spanning(String text, int columns) {
        org.openpdf.text.pdf.PdfPCell cell = ReportKit.cell(text, ReportKit.SMALL, false);
        cell.setColspan(columns);
        return cell;
    }
}
