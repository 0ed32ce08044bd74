package org.newsflow.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.apache.kafka.streams.state.Stores;
import org.newsflow.kafka.JsonSerde;
import org.newsflow.kafka.Topics;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.pipeline.Annotator;
import org.newsflow.pipeline.Revisions;
import org.newsflow.route.Route;
import org.newsflow.route.Router;

/**
 * The newsflow topology: {@code news.raw} (key article id, value raw article bytes) → parse → drop
 * repeats → enrich and tag → route. Enriched articles are written as JSON to
 * {@code news.enriched} and to {@code news.topic.<slug>} for each tag over the threshold (or
 * {@code news.topic.other}); records that cannot be processed go to {@code news.dlq} unchanged (cut
 * short when huge), with headers saying why. Output keys are the article ids: an article read under
 * another key (a producer that is not {@code publish}) is re-keyed through an internal topic first,
 * so that every version of one id meets the same {@value AnnotateProcessor#STORE} store.
 */
public final class NewsTopology {

  /** How long an article id is remembered, unless {@code newsflow.dedupe.retention} says otherwise. */
  public static final Duration DEFAULT_DEDUPE_RETENTION = Duration.ofDays(7);

  /** One copy of an article for one route, serialized once for all its routes. */
  record Routed(Route route, byte[] json) {}

  private NewsTopology() {}

  /**
   * The retention to drop repeats with under a processing guarantee. Repeats are dropped only under
   * exactly-once: there the store and the outputs are committed together. Under at-least-once a
   * crash can leave an id in the store whose outputs were never committed, and the reprocessed
   * record would then be dropped as a repeat and lost; so dedupe is off and repeats stay possible.
   */
  public static Duration dedupeRetention(Duration configured, String processingGuarantee) {
    return StreamsConfig.EXACTLY_ONCE_V2.equals(processingGuarantee) ? configured : Duration.ZERO;
  }

  public static Topology build(Annotator annotator, Router router) {
    return build(annotator, router, DEFAULT_DEDUPE_RETENTION);
  }

  public static Topology build(Annotator annotator, Router router, Duration dedupeRetention) {
    StreamsBuilder builder = new StreamsBuilder();
    Serializer<EnrichedArticle> json = Topics.ENRICHED.valueSerde().serializer();
    builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(AnnotateProcessor.STORE),
        Serdes.String(), new JsonSerde<>(Revisions.Seen.class)));

    KStream<String, Processed> parsed = builder
        .stream(Topics.RAW.name(), Topics.RAW.consumed().withName("read-raw"))
        .processValues(() -> new ParseProcessor(annotator), Named.as("parse"));

    // Records keyed by their article id (as publish writes them) go straight on; others are written
    // again under their id, so that every version of an id meets the same dedupe store, and parsed again.
    Map<String, KStream<String, Processed>> keyed = parsed
        .split(Named.as("key-"))
        .branch((key, value) -> !(value instanceof Processed.Parsed p) || p.article().id().equals(key),
            Branched.as("is-id"))
        .defaultBranch(Branched.as("other"));
    KStream<String, Processed> rekeyed = keyed.get("key-other")
        .map((key, value) -> KeyValue.pair(((Processed.Parsed) value).article().id(), ((Processed.Parsed) value).raw()),
            Named.as("key-by-id"))
        .repartition(Repartitioned.with(Serdes.String(), Serdes.ByteArray()).withName("by-article-id"))
        .processValues(() -> new ParseProcessor(annotator), Named.as("parse-rekeyed"));

    Map<String, KStream<String, Processed>> outcomes = keyed.get("key-is-id").merge(rekeyed, Named.as("by-id"))
        .processValues(() -> new AnnotateProcessor(annotator, dedupeRetention), Named.as("annotate"),
            AnnotateProcessor.STORE)
        .split(Named.as("outcome-"))
        .branch((id, value) -> value instanceof Processed.DeadLetter, Branched.as("failed"))
        .defaultBranch(Branched.as("enriched"));

    outcomes.get("outcome-failed")
        .mapValues(value -> ((Processed.DeadLetter) value).raw(), Named.as("raw-payload"))
        .to(Topics.DLQ.name(), Topics.DLQ.produced().withName("write-dlq"));

    outcomes.get("outcome-enriched")
        .flatMapValues(value -> routed(((Processed.Enriched) value).article(), router, json), Named.as("route"))
        .to(routeTopic(), Produced.with(Serdes.String(), routedSerde()).withName("write-routes"));
    return builder.build();
  }

  private static List<Routed> routed(EnrichedArticle article, Router router, Serializer<EnrichedArticle> json) {
    byte[] bytes = json.serialize(Topics.ENRICHED.name(), article);
    List<Routed> copies = new ArrayList<>();
    for (Route route : router.routes(article)) {
      copies.add(new Routed(route, bytes));
    }
    return copies;
  }

  private static TopicNameExtractor<String, Routed> routeTopic() {
    return (id, routed, context) -> Topics.nameOf(routed.route());
  }

  private static Serde<Routed> routedSerde() {
    return Serdes.serdeFrom((topic, routed) -> routed == null ? null : routed.json(),
        (topic, bytes) -> {
          throw new UnsupportedOperationException("routed copies are written, not read");
        });
  }
}
