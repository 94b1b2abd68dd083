package dev.steward.model.controls;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrameworkFactsTest {
    private final FrameworkFacts facts = FrameworkFacts.builtIn();

    @Test
    void holdsEveryFrameworkTheCatalogDrawsOn() {
        assertThat(facts.frameworks()).extracting(Framework::id).contains(
                "owasp-nhi-2025", "owasp-asi-top10-2026", "owasp-asi-threats-mitigations", "csa-maestro",
                "nist-ai-rmf-1.0", "nist-ai-600-1", "nist-csf-2.0", "iso-iec-42001-2023");
        assertThat(facts.framework("owasp-nhi-2025").orElseThrow().name()).isEqualTo("OWASP Non-Human Identities Top 10");
        assertThat(facts.framework("nist-csf-2.0").orElseThrow().version()).startsWith("2.0");
    }

    @Test
    void resolvesExactIdentifiersWithTheirOfficialTitles() {
        assertThat(facts.item("owasp-nhi-2025", "NHI1:2025")).get()
                .satisfies(i -> assertThat(i.title()).contains("Improper Offboarding"))
                .satisfies(i -> assertThat(i.verified()).isTrue());
        assertThat(facts.item("owasp-asi-top10-2026", "ASI03").orElseThrow().title()).contains("Identity and Privilege Abuse");
        // NIST gives subcategories no title, only an outcome statement.
        assertThat(facts.item("nist-ai-rmf-1.0", "GOVERN 1.6").orElseThrow().title()).isEmpty();
    }

    @Test
    void popularButWrongIdentifiersAreAbsent() {
        assertThat(facts.item("owasp-asi-top10-2026", "A01")).isEmpty();
        assertThat(facts.item("owasp-asi-top10-2026", "ASI1")).isEmpty();
        assertThat(facts.item("csa-maestro", "M1")).isEmpty();
        assertThat(facts.item("csa-maestro", "GOV-2")).isEmpty();
        assertThat(facts.item("nist-csf-2.0", "ID.AM-06")).isEmpty();
        assertThat(facts.item("nist-ai-rmf-1.0", "GV-1.6")).isEmpty();
        assertThat(facts.item("no-such-framework", "NHI1:2025")).isEmpty();
    }

    @Test
    void listsWithdrawnCsfIdentifiers() {
        assertThat(facts.withdrawnIds("nist-csf-2.0")).contains("ID.AM-06", "DE.CM-04", "PR.AC");
        assertThat(facts.isWithdrawn("nist-csf-2.0", "ID.AM-06")).isTrue();
        assertThat(facts.isWithdrawn("nist-csf-2.0", "ID.AM-05")).isFalse();
        assertThat(facts.withdrawnIds("owasp-nhi-2025")).isEmpty();
        assertThat(facts.withdrawnIds("no-such-framework")).isEmpty();
    }

    @Test
    void marksIsoAndPartlyCheckedItemsUnverified() {
        assertThat(facts.framework("iso-iec-42001-2023").orElseThrow().items())
                .isNotEmpty().allSatisfy(i -> assertThat(i.verified()).as(i.id()).isFalse());
        assertThat(facts.item("owasp-asi-threats-mitigations", "T9").orElseThrow().verified()).isFalse();
        assertThat(facts.item("csa-maestro", "L4").orElseThrow().verification()).isEqualTo("partly");
    }

    @Test
    void countsAnItemVerifiedOnlyWhenFlagAndLevelAgree() {
        FrameworkFacts mixed = load("""
                {"frameworks": [{"id": "f", "name": "F", "items": [
                  {"id": "a", "verified": true, "verification": "yes"},
                  {"id": "b", "verified": true, "verification": "partly"},
                  {"id": "c", "verified": false, "verification": "yes"},
                  {"id": "d"}
                ]}]}""");

        assertThat(mixed.item("f", "a").orElseThrow().verified()).isTrue();
        assertThat(mixed.item("f", "b").orElseThrow().verified()).isFalse();
        assertThat(mixed.item("f", "c").orElseThrow().verified()).isFalse();
        assertThat(mixed.item("f", "d").orElseThrow().verified()).isFalse();
    }

    @Test
    void rejectsFactsThatContradictThemselves() {
        assertThatThrownBy(() -> load("""
                {"frameworks": [{"id": "f", "items": [{"id": "X-1"}], "withdrawn_ids_do_not_use": ["X-1"]}]}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("X-1").hasMessageContaining("withdrawn");
        assertThatThrownBy(() -> load("""
                {"frameworks": [{"id": "f", "items": [{"id": "X-1"}, {"id": "X-1"}]}]}"""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
    }

    private static FrameworkFacts load(String json) {
        return FrameworkFacts.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
