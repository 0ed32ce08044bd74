package org.newsflow.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsflow.Fixtures.utf8;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsflow.ArticleSchema;
import org.newsflow.Fixtures;
import org.newsflow.kafka.DeadLetterHeaders;
import org.newsflow.kafka.Topics;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.tag.Taxonomy;

/** The production topology, built by production code, in a TopologyTestDriver. */
class NewsTopologyTest {

  private static final String SPORTS_STORY = "BERLIN (AP) — Kenyan runner Mercy Tanui won the Berlin Marathon on Sunday "
      + "in a course record, beating the defending champion in the final kilometer of the race.\n\n"
      + "\"I was not thinking about the record,\" Tanui said after the race. Her coach said the team had trained for "
      + "the championship season and the Olympic Games.";
  private static final String UNCLASSIFIABLE = "{\"id\": \"plain-1\", \"title\": \"Note\", \"body\": \"Lorem ipsum dolor sit amet.\"}";

  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;
  private final Map<String, TestOutputTopic<String, byte[]>> outputs = new HashMap<>();

  @BeforeEach
  void startDriver() {
    var topology = NewsTopology.build(Fixtures.annotator(), Fixtures.router());
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "newsflow-test");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(topology, StreamsApp.streamsConfig(config));
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
    raw.pipeInput("ignored-key", utf8(UNCLASSIFIABLE));
    assertThat(output(Topics.ENRICHED.name()).readKeyValue().key).isEqualTo("ignored-key");
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
}
