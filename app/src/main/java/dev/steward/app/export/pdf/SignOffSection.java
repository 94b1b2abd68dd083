package dev.steward.app.export.pdf;

import dev.steward.app.export.ExportInput;
import dev.steward.model.attestation.SignatureBlock;
import dev.steward.model.attestation.VerificationResult;
import org.openpdf.text.pdf.PdfPTable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/// Who signed, when, with which key, and how anyone can check it without Steward.
final class SignOffSection implements ReportSection {
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Override
    public void render(ExportInput input, ReportKit kit) {
        kit.heading(ReportText.get("signoff.heading"));
        PdfPTable facts = kit.facts();
        facts.setKeepTogether(true);
        if (input.signature().isEmpty()) {
            kit.fact(facts, ReportText.get("signoff.signer"), ReportText.format("signoff.unsigned",
                    input.snapshot().submittedBy(), time(input.snapshot().asOf())));
            kit.fact(facts, ReportText.get("signoff.snapshot"), input.snapshotSha256());
            checkpoint(input, kit, facts);
            kit.add(facts);
            return;
        }
        SignatureBlock s = input.signature().get();
        kit.fact(facts, ReportText.get("signoff.signer"), s.signerName() + " (" + s.signerUsername() + ")");
        kit.fact(facts, ReportText.get("signoff.title"), ReportText.orNone(s.signerTitle()));
        kit.fact(facts, ReportText.get("signoff.time"), time(s.signedAt()));
        input.expiresAt().ifPresent(e -> kit.fact(facts, ReportText.get("signoff.expires"), time(e)));
        kit.fact(facts, ReportText.get("signoff.fingerprint"), s.fingerprint());
        kit.fact(facts, ReportText.get("signoff.snapshot"), s.snapshotSha256());
        kit.fact(facts, ReportText.get("signoff.check"), input.verification().map(VerificationResult::describe).orElse(""));
        checkpoint(input, kit, facts);
        kit.add(facts);
        PdfPTable how = ReportKit.table(1);
        how.setSpacingBefore(6);
        how.addCell(ReportKit.cell(ReportText.format("signoff.verify", input.fileStem() + ".json"), ReportKit.BODY, false));
        kit.add(how);
    }

    /// The register's newest audit checkpoint in full, so a printed report alone can show a log shortened later.
    private static void checkpoint(ExportInput input, ReportKit kit, PdfPTable facts) {
        input.checkpoint().ifPresent(c -> kit.fact(facts, ReportText.get("signoff.checkpoint"),
                ReportText.format("signoff.checkpoint.value", String.valueOf(c.sequence()), c.headHash(),
                        c.signerName() + " (" + c.signerUsername() + ")", time(c.createdAt()), c.fingerprint())));
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }
}
