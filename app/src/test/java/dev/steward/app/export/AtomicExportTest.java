package dev.steward.app.export;

import dev.steward.app.export.formats.Exports;
import dev.steward.app.export.bundle.SignedBundleExport;
import dev.steward.app.export.pdf.PdfAttestationExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicExportTest {
    private static final ExportFixture FIXTURE = new ExportFixture();

    @TempDir
    Path dir;

    @Test
    void aCancelledExportLeavesNoFileAndNoTemporaryFile() {
        Path target = dir.resolve("report.pdf");
        List<Long> steps = new ArrayList<>();
        ExportProgress cancelAfterTwoSections = new ExportProgress() {
            @Override
            public void worked(long done, long total) {
                steps.add(done);
            }

            @Override
            public boolean isCancelled() {
                return steps.size() > 2;
            }
        };

        assertThatThrownBy(() -> Exports.toFile(new PdfAttestationExport(), FIXTURE.signedInput(), target, cancelAfterTwoSections))
                .isInstanceOf(CancellationException.class).isInstanceOf(ExportCancelledException.class);
        assertThat(listing()).isEmpty();
    }

    @Test
    void aCancelledExportKeepsTheFileItWouldHaveReplaced() throws IOException {
        Path target = dir.resolve("report.pdf");
        Files.writeString(target, "the previous export");
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };

        assertThatThrownBy(() -> Exports.toFile(new PdfAttestationExport(), FIXTURE.signedInput(), target, cancelled))
                .isInstanceOf(ExportCancelledException.class);
        assertThat(Files.readString(target)).isEqualTo("the previous export");
        assertThat(listing()).containsExactly("report.pdf");
    }

    @Test
    void everyFormatWritesItsFileAndReportsProgressToTheEnd() throws IOException {
        for (AttestationExport export : Exports.all()) {
            Path target = dir.resolve(export.suggestedFileName(FIXTURE.affirmedInput()));
            List<long[]> reports = new ArrayList<>();
            ExportProgress recording = new ExportProgress() {
                @Override
                public void worked(long done, long total) {
                    reports.add(new long[]{done, total});
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            };
            Exports.toFile(export, FIXTURE.affirmedInput(), target, recording);

            assertThat(Files.size(target)).as(export.id()).isPositive();
            long[] last = reports.getLast();
            assertThat(last[0]).as(export.id()).isEqualTo(last[1]);
        }
        assertThat(listing()).hasSize(4).noneMatch(name -> name.endsWith(".part"));
    }

    @Test
    void anUnsignedAttestationCannotBecomeASignedBundleAndNothingIsWritten() {
        Path target = dir.resolve("bundle.json");
        assertThatThrownBy(() -> Exports.toFile(new SignedBundleExport(), FIXTURE.unsignedInput(), target, ExportProgress.NONE))
                .isInstanceOf(UnsignedAttestationException.class)
                .hasMessageContaining("submitted for signature").hasMessageContaining("must sign it first");
        assertThat(listing()).isEmpty();
        assertThat(Exports.availableFor(FIXTURE.unsignedInput())).extracting(AttestationExport::id).containsExactly("pdf", "oscal");
        assertThat(Exports.availableFor(FIXTURE.signedInput())).extracting(AttestationExport::id).containsExactly("pdf", "json", "oscal", "cyclonedx");
    }

    @Test
    void anInputBuiltFromStoredRowsEqualsTheOriginal() {
        ExportInput original = FIXTURE.signedInput();
        ExportInput stored = ExportInput.fromStored(FIXTURE.signed.snapshotJson(),
                FIXTURE.signed.signature().toJsonTree().toString(), original.state(), original.expiresAt().orElseThrow(),
                original.organisation(), original.catalog());

        assertThat(stored.snapshotJson()).isEqualTo(original.snapshotJson());
        assertThat(stored.signature()).isEqualTo(original.signature());
        assertThat(stored.verification().orElseThrow().valid()).isTrue();
        assertThat(stored.reasoning()).isPresent();
        assertThat(stored.fileStem()).startsWith("attestation-").endsWith("-2025-06-15");
    }

    private List<String> listing() {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
