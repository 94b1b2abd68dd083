package dev.steward.app.dashboard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountScaleTest {
    @Test
    void stepsAreWholeAndFewWhateverTheCount() {
        assertThat(CountScale.forMax(0)).isEqualTo(new CountScale(1, 1));
        assertThat(CountScale.forMax(2)).isEqualTo(new CountScale(2, 1));
        assertThat(CountScale.forMax(10)).isEqualTo(new CountScale(10, 1));
        assertThat(CountScale.forMax(11)).isEqualTo(new CountScale(12, 2));
        assertThat(CountScale.forMax(37)).isEqualTo(new CountScale(40, 5));
        assertThat(CountScale.forMax(1_000_000)).isEqualTo(new CountScale(1_000_000, 100_000));
    }
}
