package dev.steward.model.discovery;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class TomlSubsetTest {
    @Test
    void tablesDottedKeysStringsArraysAndInlineTables() {
        JsonNode root = TomlSubset.parse("config.toml", """
                title = "x" # comment
                [a."b c"]
                n = 1_000
                f = 1.5
                ok = true
                when = 2026-12-01T10:00:00Z
                list = [ "one", 'two',
                  "three", ]  # trailing comma
                inline = { k = "v", nested.deep = 2 }
                multi = \"\"\"
                line one
                line two\"\"\"
                [[servers]]
                name = "first"
                [[servers]]
                name = "second\\t\\u00e9"
                """);

        assertThat(root.get("title").asText()).isEqualTo("x");
        JsonNode table = root.get("a").get("b c");
        assertThat(table.get("n").asLong()).isEqualTo(1000);
        assertThat(table.get("f").asDouble()).isEqualTo(1.5);
        assertThat(table.get("ok").asBoolean()).isTrue();
        assertThat(table.get("when").asText()).isEqualTo("2026-12-01T10:00:00Z");
        assertThat(table.get("list")).hasSize(3);
        assertThat(table.get("inline").get("nested").get("deep").asInt()).isEqualTo(2);
        assertThat(table.get("multi").asText()).isEqualTo("line one\nline two");
        assertThat(root.get("servers").get(1).get("name").asText()).isEqualTo("second\té");
    }

    @Test
    void errorsNameLineAndColumnButNotTheText() {
        Throwable thrown = catchThrowable(() -> TomlSubset.parse("config.toml", """
                [mcp_servers.x]
                env = { TOKEN = "ghp_unterminated }
                """));

        assertThat(thrown).isInstanceOf(DiscoveryInputException.class).hasMessageContaining("config.toml")
                .hasMessageContaining("line 2").hasMessageContaining("not closed").hasMessageNotContaining("ghp_");
    }

    @Test
    void deepNestingIsRefusedNotOverflowed() {
        String deep = "x = " + "[".repeat(10_000) + "]".repeat(10_000);

        assertThat(catchThrowable(() -> TomlSubset.parse("config.toml", deep)))
                .isInstanceOf(DiscoveryInputException.class).hasMessageContaining("nested");
    }
}
