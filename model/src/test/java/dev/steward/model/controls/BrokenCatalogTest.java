package dev.steward.model.controls;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/// A catalog that names an identifier the facts do not hold must not load.
class BrokenCatalogTest {
    private static final String OWNER_TITLE = "A named business sponsor and technical owner are on record";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "broken-asi-a01.json,       owasp-asi-top10-2026, A01,      is not in catalog-facts.json",
            "broken-maestro-m1.json,    csa-maestro,          M1,       is not in catalog-facts.json",
            "broken-csf-withdrawn.json, nist-csf-2.0,         ID.AM-06, lists as withdrawn"})
    void rejectsAFakeOrWithdrawnIdNamingControlFrameworkAndItem(String resource, String framework, String item, String why) {
        InputStream in = getClass().getResourceAsStream(resource);
        assertThat(in).as(resource).isNotNull();

        assertThatThrownBy(() -> ControlCatalog.load(in, FrameworkFacts.builtIn()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("STW-01")
                .hasMessageContaining(framework)
                .hasMessageContaining("'" + item + "'")
                .hasMessageContaining(why);
    }

    @Test
    void rejectsAnUnknownFramework() {
        assertThatThrownBy(() -> load(oneControl(OWNER_TITLE, "MINIMAL", "{\"framework\": \"csa-aicm\", \"id\": \"IAM-01\"}")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("STW-01").hasMessageContaining("unknown framework 'csa-aicm'").hasMessageContaining("IAM-01");
    }

    @Test
    void rejectsATitleThatDiffersFromControlId() {
        assertThatThrownBy(() -> load(oneControl("Has an owner", "MINIMAL", validMapping())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("STW-01").hasMessageContaining("ControlId");
    }

    @Test
    void rejectsAnUnknownTier() {
        assertThatThrownBy(() -> load(oneControl(OWNER_TITLE, "MEDIUM", validMapping())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("MEDIUM").hasMessageContaining("MODERATE");
    }

    @Test
    void rejectsTheSameMappingTwice() {
        assertThatThrownBy(() -> load(oneControl(OWNER_TITLE, "MINIMAL", validMapping() + ", " + validMapping())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("NHI1:2025").hasMessageContaining("twice");
    }

    @Test
    void rejectsACatalogMissingControls() {
        assertThatThrownBy(() -> load(oneControl(OWNER_TITLE, "MINIMAL", validMapping())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no entry for STW-02");
    }

    @Test
    void rejectsMisspeltFields() {
        String typo = oneControl(OWNER_TITLE, "MINIMAL", validMapping()).replace("\"mappings\"", "\"mapings\"");
        assertThatThrownBy(() -> load(typo)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("mapings");
    }

    private static String validMapping() {
        return "{\"framework\": \"owasp-nhi-2025\", \"id\": \"NHI1:2025\"}";
    }

    private static String oneControl(String title, String tier, String mappings) {
        return """
                {"version": "test", "controls": [{"code": "STW-01", "title": "%s", "appliesFrom": "%s",
                  "description": "Test entry.", "mappings": [%s]}]}""".formatted(title, tier, mappings);
    }

    private static ControlCatalog load(String json) {
        return ControlCatalog.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FrameworkFacts.builtIn());
    }
}
