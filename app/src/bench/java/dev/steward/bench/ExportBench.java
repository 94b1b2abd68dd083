package dev.steward.bench;

import dev.steward.app.export.AttestationExport;
import dev.steward.app.export.ExportFixture;
import dev.steward.app.export.ExportInput;
import dev.steward.app.export.ExportProgress;
import dev.steward.app.export.formats.Exports;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/// The attestation PDF (a signed attestation with every control assessed, owners in three scripts) to a
/// file through {@link Exports#toFile}: one warm export, and a bulk run of many in a row. The raw limit is
/// OpenPDF writing a one-paragraph document to a file the same way: the library's floor per document.
final class ExportBench {
    private ExportBench() {
    }

    static void run(BenchConfig config, Results results) throws IOException {
        Path dir = Files.createDirectories(config.out().resolve("pdf"));
        ExportInput input = new ExportFixture().signedInput();
        AttestationExport pdf = Exports.byId("pdf").orElseThrow();
        double single = Timing.median(5, config.quick() ? 5 : 15, () -> {
            Exports.toFile(pdf, input, dir.resolve("single.pdf"), ExportProgress.NONE);
            return null;
        });
        double rawSingle = Timing.median(5, config.quick() ? 5 : 15, () -> minimalPdf(dir.resolve("raw.pdf")));
        results.add(Result.of("Attestation PDF, single, warm", "1 attestation", single, "ms", rawSingle,
                "one-paragraph OpenPDF document", "", null));
        int bulk = config.pdfBulk();
        double bulkMs = Timing.ms(() -> {
            for (int i = 0; i < bulk; i++) {
                Exports.toFile(pdf, input, dir.resolve("bulk-" + i % 10 + ".pdf"), ExportProgress.NONE);
            }
            return null;
        });
        double rawBulk = Timing.ms(() -> {
            for (int i = 0; i < bulk; i++) {
                minimalPdf(dir.resolve("raw-" + i % 10 + ".pdf"));
            }
            return null;
        });
        results.add(Result.of("Attestation PDF, bulk export", bulk + " attestations", bulkMs / 1000, "s",
                rawBulk / 1000, "one-paragraph OpenPDF documents", "", null));
    }

    private static Void minimalPdf(Path target) {
        try (OutputStream out = Files.newOutputStream(target)) {
            Document document = new Document();
            PdfWriter.getInstance(document, out);
            document.open();
            document.add(new Paragraph("Attestation"));
            document.close();
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
