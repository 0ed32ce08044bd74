package org.newsflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeliveryVerifierTest {

  private static final Map<String, Set<String>> EXPECTED = Map.of(
      "news.enriched", Set.of("a", "b", "c"),
      "news.topic.sport", Set.of("a"),
      "news.topic.other", Set.of("b", "c"));

  @Test
  void everyIdOnceOnEachOfItsTopicsIsExactlyOnce() {
    var report = DeliveryVerifier.verify(EXPECTED, Map.of(
        "news.enriched", List.of("c", "a", "b"),
        "news.topic.sport", List.of("a"),
        "news.topic.other", List.of("b", "c"),
        "news.dlq", List.of()));

    assertThat(report.exactlyOnce()).as(report.summary()).isTrue();
    assertThat(report.expectedRecords()).isEqualTo(6);
    assertThat(report.receivedRecords()).isEqualTo(6);
    assertThat(report.duplicateRecords()).isZero();
  }

  @Test
  void reportsDuplicatesWithTheirCountsAsAtLeastOnceReplaysProduceThem() {
    var report = DeliveryVerifier.verify(EXPECTED, Map.of(
        "news.enriched", List.of("a", "b", "c", "b", "c", "b"),
        "news.topic.sport", List.of("a", "a"),
        "news.topic.other", List.of("b", "c")));

    assertThat(report.exactlyOnce()).isFalse();
    assertThat(report.lostIds()).isEmpty();
    assertThat(report.duplicatedIds()).containsExactly("a", "b", "c");
    assertThat(report.duplicated()).containsEntry("news.enriched", Map.of("b", 3, "c", 2))
        .containsEntry("news.topic.sport", Map.of("a", 2))
        .doesNotContainKey("news.topic.other");
    assertThat(report.duplicateRecords()).isEqualTo(4);
    assertThat(report.summary()).contains("duplicated ids 3 (4 extra records)", "duplicated on news.topic.sport: 1 [a]");
  }

  @Test
  void reportsIdsMissingFromATopicEvenWhenTheyArrivedElsewhere() {
    var report = DeliveryVerifier.verify(EXPECTED, Map.of(
        "news.enriched", List.of("a", "b"),
        "news.topic.other", List.of("b", "c")));

    assertThat(report.lost()).isEqualTo(Map.of("news.enriched", Set.of("c"), "news.topic.sport", Set.of("a")));
    assertThat(report.lostIds()).containsExactly("a", "c");
    assertThat(report.duplicated()).isEmpty();
    assertThat(report.exactlyOnce()).isFalse();
  }

  @Test
  void reportsRecordsOnTopicsTheyWereNotRoutedTo() {
    var report = DeliveryVerifier.verify(EXPECTED, Map.of(
        "news.enriched", List.of("a", "b", "c"),
        "news.topic.sport", List.of("a", "b"),
        "news.topic.other", List.of("b", "c"),
        "news.dlq", List.of("x")));

    assertThat(report.strays()).isEqualTo(Map.of("news.topic.sport", Set.of("b"), "news.dlq", Set.of("x")));
    assertThat(report.lost()).isEmpty();
    assertThat(report.exactlyOnce()).isFalse();
  }

  @Test
  void nothingReceivedLosesEverything() {
    var report = DeliveryVerifier.verify(EXPECTED, Map.of());

    assertThat(report.lostIds()).containsExactly("a", "b", "c");
    assertThat(report.receivedRecords()).isZero();
    assertThat(report.exactlyOnce()).isFalse();
  }
}
