package dev.steward.app.export.campaign;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.steward.app.export.AtomicFileWriter;
import dev.steward.app.export.pdf.CampaignReportPdf;
import dev.steward.model.campaign.CampaignReportCsv;
import dev.steward.model.campaign.SignedCampaignReport;
import dev.steward.model.signing.CanonicalJson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/// Writes a signed completion report as its three files: `<base>.json` (the signed report, verifiable offline
/// with `steward verify-campaign`), `<base>.csv` (one row per item) and `<base>.pdf` (for people, with the
/// signature block). Each file is written atomically.
public final class CampaignReportFiles {
    private CampaignReportFiles() {
    }

    /// @param base the path without extension, e.g. `reports/q2-review`
    /// @return the files written, JSON first
    public static List<Path> write(SignedCampaignReport signed, Path base) throws IOException {
        Path json = sibling(base, ".json");
        Path csv = sibling(base, ".csv");
        Path pdf = sibling(base, ".pdf");
        AtomicFileWriter.write(json, out -> CanonicalJson.mapper().writer().with(SerializationFeature.INDENT_OUTPUT)
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, signed.toBundle()));
        AtomicFileWriter.write(csv, out -> CampaignReportCsv.write(signed.report(), out));
        AtomicFileWriter.write(pdf, out -> CampaignReportPdf.write(signed, out));
        return List.of(json, csv, pdf);
    }

    /// A base name for a campaign's report files, e.g. "campaign-12-q2-recertification".
    public static String baseName(long campaignId, String campaignName) {
        String slug = campaignName.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-+|-+$)", "");
        return "campaign-" + campaignId + (slug.isEmpty() ? "" : "-" + (slug.length() > 40 ? slug.substring(0, 40) : slug));
    }

    private static Path sibling(Path base, String extension) {
        String name = base.getFileName().toString();
        for (String known : List.of(".json", ".csv", ".pdf")) {
            if (name.endsWith(known)) {
                name = name.substring(0, name.length() - known.length());
            }
        }
        return base.resolveSibling(name + extension);
    }
}
