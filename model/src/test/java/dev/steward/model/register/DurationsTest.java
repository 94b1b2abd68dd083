package dev.steward.model.register;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DurationsTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "15m,        PT15M",
            "2h,         PT2H",
            "90d,        PT2160H",
            "1w,         PT168H",
            "30 min,     PT30M",
            "45s,        PT45S",
            "3 hours,    PT3H",
            "1 day,      PT24H",
            "2 weeks,    PT336H",
            "'  10M  ',  PT10M",
            "PT15M,      PT15M",
            "pt1h30m,    PT1H30M",
            "P2D,        PT48H",
            "0m,         PT0S",
    })
    void parsesShortAndIsoForms(String text, String expectedIso) {
        assertThat(Durations.parse(text)).isEqualTo(Duration.parse(expectedIso));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "never", "Never", " NEVER "})
    void neverAndBlankMeanNoExpiry(String text) {
        assertThat(Durations.parse(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "15", "m", "15 parsecs", "1.5h", "-15m", "PTxyz", "15m 2h", "fifteen minutes"})
    void rejectsTextThatIsNotADuration(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Durations.parse(text))
                .withMessage("'" + text.strip() + "' is not a duration: use e.g. 15m, 2h, 90d or never");
    }

    @Test
    void errorMessageMatchesTheExampleInTheBrief() {
        assertThatIllegalArgumentException().isThrownBy(() -> Durations.parse("abc"))
                .withMessage("'abc' is not a duration: use e.g. 15m, 2h, 90d or never");
    }

    @ParameterizedTest(name = "{0} is written {1}")
    @CsvSource({
            "PT15M,    15m",
            "PT2H,     2h",
            "PT2160H,  90d",
            "PT168H,   7d",
            "PT90M,    90m",
            "PT45S,    45s",
            "PT0S,     0m",
            "PT1H30M,  90m",
    })
    void formatsTheLargestExactUnit(String iso, String expected) {
        assertThat(Durations.format(Duration.parse(iso))).isEqualTo(expected);
    }

    @Test
    void formatsNoExpiryAsNever() {
        assertThat(Durations.format(null)).isEqualTo("never");
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT15M", "PT2H", "PT2160H", "PT1S", "PT25H", "PT36H", "PT0.5S", "PT-15M", "PT0S",
            "PT8760H", "PT1H1M1S"})
    void formatThenParseGivesTheSameDuration(String iso) {
        Duration duration = Duration.parse(iso);
        assertThat(Durations.parse(Durations.format(duration))).isEqualTo(duration);
    }

    @ParameterizedTest
    @ValueSource(strings = {"15m", "2h", "90d", "45s", "never"})
    void parseThenFormatGivesTheSameText(String text) {
        assertThat(Durations.format(Durations.parse(text))).isEqualTo(text);
    }
}
