package org.newsflow.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {

  @Test
  void layersDefaultsFileEnvironmentAndFlagsInThatOrder(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("client.properties");
    Files.writeString(file, "bootstrap.servers=file:9092\nclient.id=from-file\nnewsflow.route.threshold=0.3\nlinger.ms=7\n");
    Settings settings = Settings.load(
        Map.of("bootstrap.servers", "default:9092", "acks", "all", "linger.ms", "1"),
        file,
        Map.of("KAFKA_CLIENT_ID", "from-env", "NEWSFLOW_ROUTE_THRESHOLD", "0.6", "PATH", "/usr/bin"),
        Map.of("bootstrap.servers", "flag:9092"));
    assertThat(settings.get("bootstrap.servers")).contains("flag:9092");
    assertThat(settings.get("client.id")).contains("from-env");
    assertThat(settings.getDouble(Settings.ROUTE_THRESHOLD, 0.5)).isEqualTo(0.6);
    assertThat(settings.get("linger.ms")).contains("7");
    assertThat(settings.get("acks")).contains("all");
    assertThat(settings.kafkaProperties()).doesNotContainKey(Settings.ROUTE_THRESHOLD).containsEntry("acks", "all")
        .doesNotContainKey("path");
  }

  @Test
  void environmentNamesAreMappedTheWayTheApacheKafkaImageMapsThem() {
    assertThat(Settings.fromEnvironment(Map.of(
        "KAFKA_BOOTSTRAP_SERVERS", "b:9092",
        "KAFKA_SASL_JAAS_CONFIG", "x",
        "KAFKA_SOME__UNDERSCORE_KEY", "u",
        "KAFKA_SOME___DASHED_KEY", "d",
        "KAFKA_HEAP_OPTS", "-Xmx1g",
        "NEWSFLOW_TOPICS_PARTITIONS", "6")))
        .containsOnly(
            Map.entry("bootstrap.servers", "b:9092"),
            Map.entry("sasl.jaas.config", "x"),
            Map.entry("some_underscore.key", "u"),
            Map.entry("some-dashed.key", "d"),
            Map.entry("newsflow.topics.partitions", "6"));
  }

  @Test
  void eachCallGetsItsOwnProperties() {
    Settings settings = Settings.of(Map.of("bootstrap.servers", "x:1"));
    settings.kafkaProperties().put("mutated", "yes");
    assertThat(settings.kafkaProperties()).doesNotContainKey("mutated");
  }

  @Test
  void badNumbersAreNamed() {
    Settings settings = Settings.of(Map.of(Settings.TOPIC_PARTITIONS, "three"));
    assertThatThrownBy(() -> settings.getInt(Settings.TOPIC_PARTITIONS, 3))
        .hasMessageContaining(Settings.TOPIC_PARTITIONS).hasMessageContaining("three");
  }

  @Test
  void durationsTakeAUnitOrIso8601() {
    Settings settings = Settings.of(Map.of("a", "7d", "b", "12h", "c", "PT30M", "d", "1500ms", "e", "a week", "f", "-5d"));
    assertThat(settings.getDuration("a", Duration.ZERO)).isEqualTo(Duration.ofDays(7));
    assertThat(settings.getDuration("b", Duration.ZERO)).isEqualTo(Duration.ofHours(12));
    assertThat(settings.getDuration("c", Duration.ZERO)).isEqualTo(Duration.ofMinutes(30));
    assertThat(settings.getDuration("d", Duration.ZERO)).isEqualTo(Duration.ofMillis(1500));
    assertThat(settings.getDuration("missing", Duration.ofDays(1))).isEqualTo(Duration.ofDays(1));
    assertThatThrownBy(() -> settings.getDuration("e", Duration.ZERO)).hasMessageContaining("e must be a duration");
    assertThatThrownBy(() -> settings.getDuration("f", Duration.ZERO)).hasMessageContaining("f must be a duration");
  }
}
