package org.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.newsflow.ArticleSchema;
import org.newsflow.model.Dateline;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.Entities;
import org.newsflow.model.GeoPlace;
import org.newsflow.model.Keyword;
import org.newsflow.model.Mention;
import org.newsflow.model.PlaceKind;
import org.newsflow.model.PlaceMention;
import org.newsflow.model.Quote;
import org.newsflow.model.TextStats;
import org.newsflow.model.TopicTag;

class JsonSerdeTest {

  private static final EnrichedArticle ARTICLE = new EnrichedArticle(1, "a1", LocalDate.of(2025, 1, 17),
      new Dateline("KYIV, Ukraine (AP)", new GeoPlace("Kyiv", PlaceKind.CITY, "UA", 50.45, 30.52), null),
      "AP", "Sirens in Kyiv", "Body — with “quotes” and ünïcödé.", null, "en", new TextStats(6, 1, 2),
      new Entities(List.of(new Mention("Olena Marchenko", 2)), List.of(), List.of(new PlaceMention("Ukraine", "UA", 1))),
      List.of(new Quote("We are going to the table", "Olena Marchenko")), List.of(new Keyword("sirens", 1.0)),
      "Body.", List.of(new TopicTag("medtop:16000000", "conflict, war and peace", 0.91)));

  private final JsonSerde<EnrichedArticle> serde = new JsonSerde<>(EnrichedArticle.class);

  @Test
  void roundTripsAnEnrichedArticleAndMatchesTheSchema() throws Exception {
    byte[] bytes = serde.serializer().serialize("t", ARTICLE);
    assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(ARTICLE);
    String json = new String(bytes, StandardCharsets.UTF_8);
    assertThat(json).contains("\"publishedDate\":\"2025-01-17\"", "\"kind\":\"city\"", "\"schemaVersion\":1");
    assertThat(ArticleSchema.errors(bytes)).isEmpty();
  }

  @Test
  void unknownFieldsFromNewerWritersAreIgnored() {
    byte[] newer = ("{\"schemaVersion\":1,\"id\":\"x\",\"headline\":\"h\",\"body\":\"b\",\"futureField\":[1,2],"
        + "\"quotes\":[],\"keywords\":[],\"topics\":[],\"entities\":{\"people\":[],\"organizations\":[],\"places\":[]}}")
        .getBytes(StandardCharsets.UTF_8);
    assertThat(serde.deserializer().deserialize("t", newer).id()).isEqualTo("x");
  }

  @Test
  void nullsPassThroughAndGarbageIsASerializationException() {
    assertThat(serde.serializer().serialize("t", null)).isNull();
    assertThat(serde.deserializer().deserialize("t", null)).isNull();
    assertThatThrownBy(() -> serde.deserializer().deserialize("t", "{not json".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(SerializationException.class).hasMessageContaining("t");
  }

  @Test
  void schemaRejectsAnArticleMissingRequiredFields() throws Exception {
    assertThat(ArticleSchema.errors("{\"schemaVersion\":1,\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8))).isNotEmpty();
  }
}
