package dev.steward.app.export.pdf;

import dev.steward.model.attestation.SignatureBlock;
import dev.steward.model.campaign.CampaignReport;
import dev.steward.model.campaign.Decision;
import dev.steward.model.campaign.SignedCampaignReport;
import dev.steward.model.signing.CanonicalJson;
import dev.steward.model.signing.Sha256;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;

/// A closed campaign's completion report for people: the campaign, the counts, every item with its decision,
/// decider, time and justification, and the manager's signature block. The signature is over the report's
/// JSON, which travels as the signed `.json` file beside this PDF; the PDF prints the report's SHA-256 so a
/// reader can match the two, and says where the offline check is.
public final class CampaignReportPdf {
    private CampaignReportPdf() {
    }

    public static void write(SignedCampaignReport signed, OutputStream out) throws IOException {
        CampaignReport report = signed.report();
        Document document = new Document(PageSize.A4, 42, 42, 48, 56);
        PdfWriter writer = PdfWriter.getInstance(document, new NonClosingStream(out));
        writer.setPageEvent(new PageDecorations(ReportText.format("campaignReport.footer", report.name(),
                report.closedAt().atZone(ZoneOffset.UTC).toLocalDate()), false));
        document.addTitle(ReportText.get("campaignReport.title") + ": " + report.name());
        document.addCreator("Steward");
        document.open();
        try {
            ReportKit kit = new ReportKit(document, writer);
            kit.heading(ReportText.get("campaignReport.title") + ": " + report.name());
            PdfPTable facts = kit.facts();
            kit.fact(facts, ReportText.get("campaignReport.scope"), report.scope());
            kit.fact(facts, ReportText.get("campaignReport.due"), report.due().toString());
            kit.fact(facts, ReportText.get("campaignReport.recurrence"), report.recurrence().name());
            kit.fact(facts, ReportText.get("campaignReport.manager"), report.manager());
            kit.fact(facts, ReportText.get("campaignReport.created"), report.createdAt().toString());
            kit.fact(facts, ReportText.get("campaignReport.closed"), report.closedAt().toString());
            kit.fact(facts, ReportText.get("campaignReport.counts"), ReportText.format("campaignReport.countsValue",
                    report.items().size(), report.count(Decision.CERTIFY), report.count(Decision.REVOKE),
                    report.count(Decision.MODIFY)));
            kit.add(facts);
            kit.heading(ReportText.get("campaignReport.items"));
            kit.add(items(report));
            kit.heading(ReportText.get("campaignReport.signature"));
            kit.add(signature(kit, signed));
            kit.finish();
        } finally {
            document.close();
        }
        out.flush();
    }

    private static PdfPTable items(CampaignReport report) {
        PdfPTable table = ReportKit.table(2.2f, 1f, 1.4f, 1f, 1.5f, 3f);
        PdfPTableHeader.add(table, null, ReportText.get("campaignReport.col.integration"),
                ReportText.get("campaignReport.col.decision"), ReportText.get("campaignReport.col.decider"),
                ReportText.get("campaignReport.col.decidedBy"), ReportText.get("campaignReport.col.time"),
                ReportText.get("campaignReport.col.justification"));
        for (CampaignReport.Row row : report.items()) {
            table.addCell(ReportKit.cell(row.integration(), ReportKit.SMALL, true));
            table.addCell(ReportKit.cell(row.decision().name(), ReportKit.SMALL, false));
            table.addCell(ReportKit.cell(row.decider(), ReportKit.SMALL, false));
            table.addCell(ReportKit.cell(row.decidedBy(), ReportKit.SMALL, false));
            table.addCell(ReportKit.cell(row.decidedAt().toString(), ReportKit.SMALL, false));
            table.addCell(ReportKit.cell(row.justification(), ReportKit.SMALL, false));
        }
        return table;
    }

    private static PdfPTable signature(ReportKit kit, SignedCampaignReport signed) {
        SignatureBlock block = signed.signature();
        PdfPTable facts = kit.facts();
        kit.fact(facts, ReportText.get("campaignReport.signedBy"), block.signerName()
                + (block.signerTitle().isBlank() ? "" : ", " + block.signerTitle()) + " (" + block.signerUsername() + ")");
        kit.fact(facts, ReportText.get("campaignReport.signedAt"), block.signedAt().toString());
        kit.fact(facts, ReportText.get("campaignReport.fingerprint"), block.fingerprint());
        kit.fact(facts, ReportText.get("campaignReport.reportSha256"),
                Sha256.hex(CanonicalJson.bytes(signed.report().toJsonTree())));
        kit.fact(facts, ReportText.get("campaignReport.verify"), ReportText.format("campaignReport.verifyValue"));
        return facts;
    }
}
