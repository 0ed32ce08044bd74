package org.newsflow.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.Fixtures.utf8;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.ArticleSchema;
import org.newsflow.Fixtures;
import org.newsflow.kafka.DeadLetterHeaders;
import org.newsflow.kafka.Topics;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.parse.ArticleParser;
import org.newsflow.pipeline.Annotator;
import org.newsflow.pipeline.Revisions;
import org.newsflow.tag.Tagger;
import org.newsflow.tag.Taxonomy;

/** The production topology, built by production code, in a TopologyTestDriver. */
class NewsTopologyTest {

  private static final String SPORTS_STORY = "BERLIN (AP) — Kenyan runner Mercy Tanui won the Berlin Marathon on Sunday "
      + "in a course record, beating the defending champion in the final kilometer of the race.\n\n"
      + "\"I was not thinking about the record,\" Tanui said after the race. Her coach said the team had trained for "
      + "the championship season and the Olympic Games.";
  private static final String UNCLASSIFIABLE = "{\"id\": \"plain-1\", \"title\": \"Note\", \"body\": \"Lorem ipsum dolor sit amet.\"}";

  private static final Instant START = Instant.parse("2025-06-01T08:00:00Z");

  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;
  private final Map<String, TestOutputTopic<String, byte[]>> outputs = new HashMap<>();

  @TempDir
  Path stateDir;

  @BeforeEach
  void startDriver() {
    startDriver(NewsTopology.build(Fixtures.annotator(), Fixtures.router()));
  }

  private void startDriver(Topology topology) {
    if (driver != null) {
      driver.close();
    }
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "newsflow-test");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    driver = new TopologyTestDriver(topology, StreamsApp.streamsConfig(config), START);
    raw = driver.createInputTopic(Topics.RAW.name(), Topics.RAW.keySerde().serializer(), Topics.RAW.valueSerde().serializer());
    for (String name : Topics.outputs(Taxonomy.bundled())) {
      outputs.put(name, driver.createOutputTopic(name, Serdes.String().deserializer(), Serdes.ByteArray().deserializer()));
    }
  }

  @AfterEach
  void closeDriver() {
    driver.close();
  }

  private TestOutputTopic<String, byte[]> output(String name) {
    return outputs.get(name);
  }

  private void assertAllOutputsEmpty() {
    outputs.forEach((name, topic) -> assertThat(topic.isEmpty()).as(name + " is empty").isTrue());
  }

  private static EnrichedArticle article(byte[] json) {
    return Topics.ENRICHED.valueSerde().deserializer().deserialize(Topics.ENRICHED.name(), json);
  }

  @Test
  void everyArticleReachesAllArticlesAndItsTopicTopic() throws Exception {
    raw.pipeInput("run-1", utf8(SPORTS_STORY));

    var enriched = output(Topics.ENRICHED.name()).readRecord();
    assertThat(enriched.key()).isEqualTo("run-1");
    EnrichedArticle article = article(enriched.value());
    assertThat(article.id()).isEqualTo("run-1");
    assertThat(article.dateline().place().countryCode()).isEqualTo("DE");
    assertThat(ArticleSchema.errors(enriched.value())).isEmpty();

    var sport = output(Topics.routed("sport").name()).readRecord();
    assertThat(sport.key()).isEqualTo("run-1");
    assertThat(sport.value()).isEqualTo(enriched.value());
    // A subtopic routes too, beside its parent.
    assertThat(output(Topics.routed("sport.athletics").name()).readKeyValue().key).isEqualTo("run-1");
    assertAllOutputsEmpty();
  }

  @Test
  void anArticleNoTopicClaimsGoesToOther() {
    raw.pipeInput("another-key", utf8(UNCLASSIFIABLE));
    // Read under another key, written under its id.
    assertThat(output(Topics.ENRICHED.name()).readKeyValue().key).isEqualTo("plain-1");
    var other = output(Topics.routed(Topics.OTHER_SLUG).name()).readRecord();
    assertThat(article(other.value()).id()).isEqualTo("plain-1");
    assertAllOutputsEmpty();
  }

  @Test
  void anArticleWithSeveralConfidentTagsIsCopiedToEachOfTheirTopics() {
    raw.pipeInput(null, Fixtures.seed(Fixtures.SEED_ARTICLE));
    EnrichedArticle article = article(output(Topics.ENRICHED.name()).readValue());
    List<String> expected = Fixtures.router().routes(article).stream().map(Topics::nameOf)
        .filter(name -> !name.equals(Topics.ENRICHED.name())).toList();
    assertThat(expected).contains(Topics.routed("politics").name()).hasSizeGreaterThan(1);
    for (String topic : expected) {
      assertThat(article(output(topic).readValue()).id()).isEqualTo(article.id());
    }
    assertAllOutputsEmpty();
  }

  @Test
  void badInputGoesToTheDeadLetterTopicUnchangedWithReasonAndSource() {
    byte[] garbage = {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3, 0x28};
    var headers = new RecordHeaders();
    headers.add("newsflow.source", utf8("upload.bin"));
    raw.pipeInput(new TestRecord<>("bad-1", garbage, headers));

    TestRecord<String, byte[]> dead = output(Topics.DLQ.name()).readRecord();
    assertThat(dead.key()).isEqualTo("bad-1");
    assertThat(dead.value()).isEqualTo(garbage);
    assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.STAGE)).isEqualTo("PARSE");
    assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.REASON)).isEqualTo("INVALID_ENCODING");
    assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.MESSAGE)).contains("UTF-16");
    assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.RAW.name());
    assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
    assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
    assertThat(new String(dead.headers().lastHeader("newsflow.source").value(), StandardCharsets.UTF_8)).isEqualTo("upload.bin");
    assertAllOutputsEmpty();
  }

  @Test
  void poisonPillsDoNotStopTheStream() {
    raw.pipeInput("empty", new byte[0]);
    raw.pipeInput("null-value", (byte[]) null);
    raw.pipeInput("json", utf8("{\"title\": 5, \"body\": \"x\"}"));
    raw.pipeInput("nested", utf8("[".repeat(100_000)));
    raw.pipeInput("good", utf8(SPORTS_STORY));

    assertThat(output(Topics.DLQ.name()).readKeyValuesToList()).extracting(kv -> kv.key)
        .containsExactly("empty", "null-value", "json", "nested");
    assertThat(output(Topics.ENRICHED.name()).readKeyValue().key).isEqualTo("good");
    assertThat(output(Topics.routed("sport").name()).readKeyValue().key).isEqualTo("good");
    assertThat(output(Topics.routed("sport.athletics").name()).readKeyValue().key).isEqualTo("good");
    assertAllOutputsEmpty();
  }

  @Test
  void dlqOffsetsFollowTheInput() {
    raw.pipeInput("a", utf8(SPORTS_STORY));
    raw.pipeInput("b", new byte[0]);
    var dead = output(Topics.DLQ.name()).readRecord();
    assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("1");
    assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.REASON)).isEqualTo("EMPTY");
  }

  @Test
  void topologyNamesItsOperators() {
    String description = NewsTopology.build(Fixtures.annotator(), Fixtures.router()).describe().toString();
    assertThat(description).contains("read-raw", "annotate", "route", "write-routes", "write-dlq");
  }

  private static byte[] story(String id, String body) {
    return utf8("{\"id\": \"" + id + "\", \"title\": \"Marathon record\", \"body\": \"" + body + "\"}");
  }

  private static final String RACE = "Kenyan runner Mercy Tanui won the Berlin Marathon on Sunday in a course record.";

  private double metric(String name) {
    return driver.metrics().entrySet().stream()
        .filter(e -> e.getKey().name().equals(name) && e.getKey().group().equals("stream-newsflow-metrics"))
        .mapToDouble(e -> ((Number) e.getValue().metricValue()).doubleValue()).sum();
  }

  @Test
  void theSameArticleTwiceIsRoutedOnceAndTheRepeatIsCounted() {
    raw.pipeInput("run-1", utf8(SPORTS_STORY));
    raw.pipeInput("run-1", utf8(SPORTS_STORY));
    // Other line endings and spacing are the same story.
    raw.pipeInput("run-1", utf8(SPORTS_STORY.replace("\n", "\r\n").replace(". ", ".  ")));

    var enriched = output(Topics.ENRICHED.name()).readRecordsToList();
    assertThat(enriched).hasSize(1);
    assertThat(article(enriched.get(0).value()).version()).isEqualTo(1);
    assertThat(output(Topics.routed("sport").name()).readRecordsToList()).hasSize(1);
    assertThat(output(Topics.routed("sport.athletics").name()).readRecordsToList()).hasSize(1);
    assertThat(metric(AnnotateProcessor.DROPPED + "-total")).isEqualTo(2.0);
    assertThat(metric(AnnotateProcessor.UPDATED + "-total")).isZero();
    assertAllOutputsEmpty();
  }

  @Test
  void aRepeatIsDroppedBeforeItCostsAnEnrichment() {
    var tagged = new java.util.concurrent.atomic.AtomicInteger();
    Tagger counting = Fixtures.taggerBefore(body -> tagged.incrementAndGet());
    startDriver(NewsTopology.build(new Annotator(new ArticleParser(), Fixtures.enricher(), counting), Fixtures.router()));
    raw.pipeInput("race-7", story("race-7", RACE));
    raw.pipeInput("race-7", story("race-7", RACE));
    raw.pipeInput(null, story("race-7", RACE));
    raw.pipeInput("race-7", story("race-7", RACE.replace("Sunday", "Saturday")));

    assertThat(output(Topics.ENRICHED.name()).readValuesToList()).extracting(v -> article(v).version())
        .containsExactly(1, 2);
    assertThat(tagged).as("enrichments: the first text and its update only").hasValue(2);
  }

  @Test
  void aChangedArticleUnderTheSameIdIsRoutedAgainAsTheNextVersion() throws Exception {
    raw.pipeInput("race-9", story("race-9", RACE));
    raw.pipeInput("race-9", story("race-9", RACE.replace("Sunday", "Sunday morning")));
    raw.pipeInput("race-9", story("race-9", RACE));

    var versions = output(Topics.ENRICHED.name()).readValuesToList().stream().map(NewsTopologyTest::article).toList();
    assertThat(versions).extracting(EnrichedArticle::version).containsExactly(1, 2);
    assertThat(versions.get(1).body()).contains("Sunday morning");
    assertThat(ArticleSchema.errors(Topics.ENRICHED.valueSerde().serializer().serialize("t", versions.get(1)))).isEmpty();
    assertThat(output(Topics.routed("sport").name()).readValuesToList()).extracting(v -> article(v).version())
        .containsExactly(1, 2);
    assertThat(metric(AnnotateProcessor.UPDATED + "-total")).isEqualTo(1.0);
    // The late retry of the first text is a repeat, not a third version.
    assertThat(metric(AnnotateProcessor.DROPPED + "-total")).isEqualTo(1.0);
    assertAllOutputsEmpty();
  }

  @Test
  void aRepeatReadUnderAnotherKeyIsRekeyedByItsIdAndDropped() {
    raw.pipeInput("race-3", story("race-3", RACE));
    raw.pipeInput(null, story("race-3", RACE));
    raw.pipeInput("some-other-key", story("race-3", RACE));

    assertThat(output(Topics.ENRICHED.name()).readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("race-3");
    assertThat(output(Topics.routed("sport").name()).readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("race-3");
    assertThat(metric(AnnotateProcessor.DROPPED + "-total")).isEqualTo(2.0);
    assertAllOutputsEmpty();
  }

  @Test
  void anIdIsForgottenAfterTheRetentionAndPurgedFromTheStore() {
    startDriver(NewsTopology.build(Fixtures.annotator(), Fixtures.router(), Duration.ofDays(7)));
    var input = driver.createInputTopic(Topics.RAW.name(), Topics.RAW.keySerde().serializer(),
        Topics.RAW.valueSerde().serializer(), START, Duration.ZERO);
    input.pipeInput("race-5", story("race-5", RACE), START);
    input.pipeInput("race-5", story("race-5", RACE), START.plus(Duration.ofDays(6)));
    input.pipeInput("race-5", story("race-5", RACE), START.plus(Duration.ofDays(7)));

    var enriched = driver.createOutputTopic(Topics.ENRICHED.name(), Serdes.String().deserializer(),
        Serdes.ByteArray().deserializer()).readRecordsToList();
    assertThat(enriched).extracting(r -> r.timestamp()).containsExactly(START.toEpochMilli(),
        START.plus(Duration.ofDays(7)).toEpochMilli());
    assertThat(enriched).extracting(r -> article(r.value()).version()).containsExactly(1, 1);

    KeyValueStore<String, Revisions.Seen> store = driver.getKeyValueStore(AnnotateProcessor.STORE);
    input.pipeInput("race-6", story("race-6", RACE.replace("Tanui", "Jepkosgei")), START.plus(Duration.ofDays(15)));
    driver.advanceWallClockTime(Duration.ofHours(1));
    assertThat(store.get("race-5")).as("last routed 8 days before stream time").isNull();
    assertThat(store.get("race-6")).isNotNull();
  }

  @Test
  void theRevisionStoreIsChangelogged() {
    raw.pipeInput("run-1", utf8(SPORTS_STORY));
    assertThat(driver.producedTopicNames()).contains("newsflow-test-" + AnnotateProcessor.STORE + "-changelog");
  }

  @Test
  void aTaggerThatThrowsOnOneArticleDeadLettersItAndTheStreamGoesOn() {
    Tagger faulty = Fixtures.taggerBefore(body -> {
      if (body.contains("Jepkosgei")) {
        throw new IllegalStateException("tagger fault on purpose");
      }
    });
    var annotator = new Annotator(new ArticleParser(), Fixtures.enricher(), faulty);
    startDriver(NewsTopology.build(annotator, Fixtures.router()));
    raw = driver.createInputTopic(Topics.RAW.name(), Topics.RAW.keySerde().serializer(), Topics.RAW.valueSerde().serializer());
    raw.pipeInput("race-1", story("race-1", RACE.replace("Tanui", "Jepkosgei")));
    raw.pipeInput("race-2", story("race-2", RACE));
    // Published again (say after a fix): tried again, not dropped as a repeat of what failed.
    raw.pipeInput("race-1", story("race-1", RACE.replace("Tanui", "Jepkosgei")));

    var dlq = driver.createOutputTopic(Topics.DLQ.name(), Serdes.String().deserializer(), Serdes.ByteArray().deserializer());
    var dead = dlq.readRecord();
    assertThat(dlq.readRecord().key()).isEqualTo("race-1");
    assertThat(dead.key()).isEqualTo("race-1");
    assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.STAGE)).isEqualTo("TAG");
    assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.REASON)).isEqualTo("PROCESSING_ERROR");
    assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.MESSAGE))
        .isEqualTo("java.lang.IllegalStateException: tagger fault on purpose");
    assertThat(driver.createOutputTopic(Topics.ENRICHED.name(), Serdes.String().deserializer(),
        Serdes.ByteArray().deserializer()).readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("race-2");
  }

  @Test
  void aHugeInputIsDeadLetteredCutShortWithItsSizeInTheHeaders() {
    byte[] huge = new byte[30 * 1024 * 1024];
    java.util.Arrays.fill(huge, (byte) 'a');
    raw.pipeInput("huge", huge);
    var dead = output(Topics.DLQ.name()).readRecord();
    assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.REASON)).isEqualTo("TOO_LARGE");
    assertThat(dead.value()).hasSize(DeadLetterHeaders.MAX_PAYLOAD_BYTES);
    assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.TRUNCATED)).isEqualTo("true");
    assertThat(DeadLetterHeaders.get(dead.headers(), DeadLetterHeaders.ORIGINAL_BYTES)).isEqualTo(String.valueOf(huge.length));
    assertAllOutputsEmpty();
  }

  @Test
  void repeatsAreDroppedOnlyUnderExactlyOnce() {
    var week = java.time.Duration.ofDays(7);
    assertThat(NewsTopology.dedupeRetention(week, StreamsConfig.EXACTLY_ONCE_V2)).isEqualTo(week);
    assertThat(NewsTopology.dedupeRetention(week, StreamsConfig.AT_LEAST_ONCE)).isZero();
  }
}
