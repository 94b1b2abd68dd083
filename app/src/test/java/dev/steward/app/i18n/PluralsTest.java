package dev.steward.app.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/// Counts agree with their nouns (issue 16: "Import the 1 valid rows").
class PluralsTest {
    @Test
    void oneIsSingularAndEverythingElsePlural() {
        assertThat(Messages.format("import.problems.importValid", 1)).isEqualTo("Import the 1 valid row");
        assertThat(Messages.format("import.problems.importValid", 1200)).isEqualTo("Import the 1,200 valid rows");
        assertThat(Messages.format("import.problems.hint", 1)).startsWith("1 row has no problem.").contains("only that row:");
        assertThat(Messages.format("import.problems.header", "a.csv", 1)).isEqualTo("a.csv: 1 problem found. Nothing has been imported.");
        assertThat(Messages.format("import.csv.doneWithRejects", 1, 1, "r.csv"))
                .isEqualTo("Imported 1 integration; 1 row was skipped and written to r.csv");
        assertThat(Messages.format("status.sampleLoaded", 21, 1)).isEqualTo("Sample data loaded: 21 integrations and 1 person added.");
        assertThat(Messages.format("dashboard.gaps.summary", 1, 1)).isEqualTo("1 gap on 1 integration");
        assertThat(Messages.format("export.attestations.done", 0, "x.csv")).isEqualTo("Exported 0 attestations to x.csv");
        assertThat(Messages.format("import.csv.confirm", 2, "x.csv")).isEqualTo("Import 2 integrations from x.csv?");
    }
}
