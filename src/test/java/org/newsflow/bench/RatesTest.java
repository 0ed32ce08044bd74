package org.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RatesTest {

  @Test
  void ratesPerSecondFromNanoseconds() {
    assertThat(Rates.perSecond(5_000, 2_000_000_000L)).isEqualTo(2_500.0);
    assertThat(Rates.mbPerSecond(3 * 1024 * 1024, 1_500_000_000L)).isEqualTo(2.0);
    assertThat(Rates.mb(512 * 1024)).isEqualTo(0.5);
    assertThat(Rates.microsEach(4, 1_000_000)).isEqualTo(250.0);
  }

  @Test
  void sendsAreDueEvenlyAtTheOfferedRate() {
    assertThat(Rates.dueNanos(0, 1000)).isZero();
    assertThat(Rates.dueNanos(1, 1000)).isEqualTo(1_000_000);
    assertThat(Rates.dueNanos(1500, 1000)).isEqualTo(1_500_000_000L);
    assertThat(Rates.dueNanos(1, 3)).isEqualTo(333_333_333L);
  }

  @Test
  void ratioToAZeroBaselineIsNotANumber() {
    assertThat(Rates.ratio(600, 1000)).isCloseTo(0.6, within(1e-12));
    assertThat(Rates.ratio(1, 0)).isNaN();
  }

  @Test
  void theMedianIsTheMiddleRoundMeasured() {
    assertThat(Rates.medianIndex(new double[] {4_100, 3_200, 4_700, 4_400, 4_300})).isEqualTo(4);
    assertThat(Rates.medianIndex(new double[] {7})).isZero();
    // An even number of rounds gives the lower of the two middle ones, never an average of them.
    assertThat(Rates.medianIndex(new double[] {5, 1, 9, 3})).isEqualTo(3);
  }

  @Test
  void nonsenseIsRefused() {
    assertThatThrownBy(() -> Rates.medianIndex(new double[0])).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rates.perSecond(1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rates.microsEach(0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rates.dueNanos(1, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
