package dev.steward.app.export;

import dev.steward.app.export.pdf.PdfAttestationExport;
import dev.steward.model.access.Role;
import dev.steward.model.access.User;
import dev.steward.model.ledger.Checkpoint;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/// Reads the reports back with PDFBox, an independent parser, rather than trusting OpenPDF's own view.
class PdfExportTest {
    private static final Logger LOG = LoggerFactory.getLogger(PdfExportTest.class);
    private static final ExportFixture FIXTURE = new ExportFixture();
    private static final byte[] SIGNED = export(FIXTURE.signedInput());
    private static final byte[] UNSIGNED = export(FIXTURE.unsignedInput());

    @Test
    void theSignedReportShowsPeopleControlsHashesAndSignOff() throws IOException {
        // Long values (the spaced fingerprint) may wrap; compare with whitespace runs folded.
        String text = text(SIGNED).replaceAll("\\s+", " ");

        assertThat(text).contains("Acme Logistics GmbH", FIXTURE.integration.name(), ExportFixture.SPONSOR,
                "Zoë Okafor", "Łukasz Nowak", "Max Manager", "Head of IT");
        assertThat(text).contains("1. Zoë Okafor 2. Łukasz Nowak");
        FIXTURE.snapshot.controls().forEach(c -> assertThat(text).contains(c.control().code()));
        FIXTURE.signedInput().evidence().forEach(e -> assertThat(text).contains(e.evidence().sha256()));
        assertThat(text).contains(FIXTURE.signed.signature().fingerprint()).contains("steward verify").contains("Signature valid.");
        assertThat(text).contains("(unverified)").contains("ISO/IEC 42001");
        assertThat(text).contains(FIXTURE.classification.trace().getFirst().ruleId());
        assertThat(text).contains("Page 1 of ").contains("as of 2025-06-15");
        assertThat(text).doesNotContain("DRAFT");
    }

    @Test
    void theReportPrintsTheRegistersNewestAuditCheckpointInFull() throws IOException {
        Checkpoint checkpoint = Checkpoint.sign(12345, "0f".repeat(32), new User(1, "ada", "Ada Admin", "",
                Set.of(Role.ADMIN), true), FIXTURE.keys, ExportFixture.SIGNED_AT);

        String text = text(export(FIXTURE.signedInput().withCheckpoint(checkpoint))).replaceAll("\\s+", "");

        assertThat(text).contains("Auditlogcheckpoint", "Sequence12345,headhash" + "0f".repeat(32),
                "signedbyAdaAdmin(ada)", checkpoint.fingerprint().replace(" ", ""), "steward verify-log".replace(" ", ""));
        assertThat(text(SIGNED)).doesNotContain("Audit log checkpoint");
    }

    @Test
    void theArabicNameIsShapedIntoPresentationFormsThatNormaliseBackToIt() throws IOException {
        // Shaped Arabic is stored as presentation forms in visual order; NFKC maps them back to letters.
        String normalised = Normalizer.normalize(text(SIGNED), Normalizer.Form.NFKC);
        String reversed = new StringBuilder(ExportFixture.OWNER).reverse().toString();
        assertThat(normalised.contains(ExportFixture.OWNER) || normalised.contains(reversed)
                || normalised.contains("ليلى") || normalised.contains(new StringBuilder("ليلى").reverse().toString()))
                .as("Arabic owner name in %s", normalised.lines().filter(l -> l.contains("Technical owner")).toList())
                .isTrue();
    }

    @Test
    void everyPageOfAnUnsignedReportIsMarkedDraftAndNumbered() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(UNSIGNED)) {
            assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertThat(text).as("page %d", page).contains("Page " + page + " of " + pdf.getNumberOfPages());
                assertThat(RotatedText.on(pdf, page)).as("watermark on page %d", page).isEqualTo("DRAFT");
            }
        }
        assertThat(text(UNSIGNED)).contains("has not been signed").contains("awaiting a manager");
        try (PDDocument pdf = Loader.loadPDF(SIGNED)) {
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                assertThat(RotatedText.on(pdf, page)).as("no watermark on signed page %d", page).isEmpty();
            }
        }
    }

    @Test
    void latinCjkAndArabicFontsAreEmbedded() throws IOException {
        Set<String> fonts = new TreeSet<>();
        try (PDDocument pdf = Loader.loadPDF(SIGNED)) {
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
        }
        assertThat(fonts).contains("DejaVuSans", "DejaVuSans-Bold", "NotoSansArabic-Regular", "DroidSansFallback");
    }

    @Test
    void aWarmExportIsQuick() throws IOException {
        long start = System.nanoTime();
        byte[] pdf = export(FIXTURE.signedInput());
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("warm PDF export: {} ms, {} bytes", millis, pdf.length);
        Path samples = Path.of("target", "export-samples");
        Files.createDirectories(samples);
        Files.write(samples.resolve("signed.pdf"), SIGNED);
        Files.write(samples.resolve("unsigned.pdf"), UNSIGNED);
        assertThat(millis).isLessThan(5_000);
    }

    /// The characters drawn at an angle: only the watermark is, and extractors split diagonal text apart.
    private static final class RotatedText extends PDFTextStripper {
        private final StringBuilder rotated = new StringBuilder();

        static String on(PDDocument pdf, int page) throws IOException {
            RotatedText stripper = new RotatedText();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(pdf);
            return stripper.rotated.toString();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            Matrix m = text.getTextMatrix();
            if (Math.abs(m.getShearY()) > 0.1) {
                rotated.append(text.getUnicode());
            }
            super.processTextPosition(text);
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static byte[] export(ExportInput input) {
        return ExportFixture.bytes(new PdfAttestationExport(), input);
    }
}
