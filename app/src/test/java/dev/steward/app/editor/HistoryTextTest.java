package dev.steward.app.editor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/// The History tab names fields, actions and enum constants in words; what the log stores stays as it is.
class HistoryTextTest {
    @Test
    void fieldsAndActionsReadAsWords() {
        assertThat(HistoryText.field("backupOwnerIds")).isEqualTo("Backup owners");
        assertThat(HistoryText.field("revocation.lastResult")).isEqualTo("Revocation: last test result");
        assertThat(HistoryText.field(null)).isEmpty();
        assertThat(HistoryText.action("UPDATE")).isEqualTo("Changed");
        assertThat(HistoryText.action("CLASSIFY")).isEqualTo("Classified");
        assertThat(HistoryText.action("MARK_STALE")).isEqualTo("Mark stale");
    }

    @Test
    void constantsInValuesReadAsTheirDisplayNames() {
        assertThat(HistoryText.value("kind", "AUTONOMOUS_AGENT")).isEqualTo("Autonomous agent");
        assertThat(HistoryText.value("environments", "DEVELOPMENT, PRODUCTION")).isEqualTo("Development, Production");
        assertThat(HistoryText.value("tools", "Jira (MCP_SERVER); Slack (API)")).isEqualTo("Jira (MCP server); Slack (API)");
        assertThat(HistoryText.value("classification", "verdict NHI, autonomy A3_CONDITIONAL, tier HIGH"))
                .isEqualTo("verdict Non-human identity, autonomy A3 Conditional, tier High");
        assertThat(HistoryText.value("hasLeft", "true")).isEqualTo("Yes");
    }

    @Test
    void whatAUserTypedIsLeftAlone() {
        // free text may hold capitals that happen to spell a constant; only fields of enum values are translated
        assertThat(HistoryText.value("purpose", "Reads PRODUCTION logs")).isEqualTo("Reads PRODUCTION logs");
        assertThat(HistoryText.value("tools", "SAP_HANA (API)")).isEqualTo("SAP_HANA (API)");
        assertThat(HistoryText.value("kind", null)).isEmpty();
    }
}
