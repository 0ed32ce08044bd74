package org.newsflow.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.route.Route;
import org.newsflow.tag.Taxonomy;
import org.newsflow.tag.TaxonomyTopic;

/**
 * Every topic newsflow reads or writes: the only place topic names are spelled.
 *
 * <ul>
 *   <li>{@code news.raw}: key article id (string), value the raw article bytes (UTF-8 wire text or
 *       a JSON object), written by {@code publish} or any producer;
 *   <li>{@code news.enriched}: key article id, value {@link EnrichedArticle} JSON, every article;
 *   <li>{@code news.topic.<slug>}: the same, one topic per taxonomy topic, and
 *       {@code news.topic.other} for articles no topic claimed;
 *   <li>{@code news.dlq}: key as read, value the raw bytes unchanged, headers saying why.
 * </ul>
 */
public final class Topics {

  public static final Topic<String, byte[]> RAW = new Topic<>("news.raw", Serdes.String(), Serdes.ByteArray());
  public static final Topic<String, EnrichedArticle> ENRICHED =
      new Topic<>("news.enriched", Serdes.String(), new JsonSerde<>(EnrichedArticle.class));
  public static final Topic<String, byte[]> DLQ = new Topic<>("news.dlq", Serdes.String(), Serdes.ByteArray());
  /** The benchmark's pass-through output ({@code newsflow bench}); never part of the pipeline. */
  public static final Topic<String, JsonNode> PASSTHROUGH =
      new Topic<>("news.bench.passthrough", Serdes.String(), new JsonSerde<>(JsonNode.class));
  public static final String TOPIC_PREFIX = "news.topic.";
  public static final String OTHER_SLUG = "other";

  private Topics() {}

  /** A routed topic, read with the same serdes as {@link #ENRICHED}. */
  public static Topic<String, EnrichedArticle> routed(String slug) {
    return new Topic<>(TOPIC_PREFIX + slug, ENRICHED.keySerde(), ENRICHED.valueSerde());
  }

  /** The topic a route decision names. */
  public static String nameOf(Route route) {
    if (route instanceof Route.Topic topic) {
      return TOPIC_PREFIX + topic.slug();
    }
    return route instanceof Route.Untagged ? TOPIC_PREFIX + OTHER_SLUG : ENRICHED.name();
  }

  /** Every topic the application needs for this taxonomy, inputs first. */
  public static List<String> all(Taxonomy taxonomy) {
    Set<String> names = new LinkedHashSet<>(List.of(RAW.name(), ENRICHED.name(), DLQ.name()));
    for (TaxonomyTopic topic : taxonomy.topics()) {
      names.add(TOPIC_PREFIX + topic.slug());
    }
    names.add(TOPIC_PREFIX + OTHER_SLUG);
    return List.copyOf(names);
  }

  /** Every topic an article can be routed to. */
  public static List<String> outputs(Taxonomy taxonomy) {
    return all(taxonomy).stream().filter(n -> !n.equals(RAW.name())).toList();
  }
}
