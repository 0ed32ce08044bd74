package org.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {

  @Test
  void nearestRankOfOneToHundredIsTheRankItself() {
    long[] values = new long[100];
    for (int i = 0; i < 100; i++) {
      values[i] = 100 - i;
    }
    Percentiles p = Percentiles.of(values);
    assertThat(p.percentile(50)).isEqualTo(50);
    assertThat(p.percentile(95)).isEqualTo(95);
    assertThat(p.percentile(99)).isEqualTo(99);
    assertThat(p.percentile(100)).isEqualTo(100);
    assertThat(p.max()).isEqualTo(100);
    assertThat(p.count()).isEqualTo(100);
  }

  @Test
  void smallSetsRoundTheRankUpToAMeasuredValue() {
    Percentiles p = Percentiles.of(new long[] {30, 10, 20, 40});
    // ceil(0.5 * 4) = 2nd value; ceil(0.99 * 4) = 4th; ceil(0.01 * 4) = 1st.
    assertThat(p.percentile(50)).isEqualTo(20);
    assertThat(p.percentile(99)).isEqualTo(40);
    assertThat(p.percentile(1)).isEqualTo(10);
    assertThat(Percentiles.of(new long[] {7}).percentile(99)).isEqualTo(7);
  }

  @Test
  void theCallersArrayIsLeftUnsorted() {
    long[] values = {3, 1, 2};
    Percentiles.of(values);
    assertThat(values).containsExactly(3, 1, 2);
  }

  @Test
  void emptySetsAndPercentilesOutOfRangeAreRefused() {
    assertThatThrownBy(() -> Percentiles.of(new long[0]).percentile(50)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Percentiles.of(new long[0]).max()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> Percentiles.of(new long[] {1}).percentile(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentiles.of(new long[] {1}).percentile(101)).isInstanceOf(IllegalArgumentException.class);
  }
}
