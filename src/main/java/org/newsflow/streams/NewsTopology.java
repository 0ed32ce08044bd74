package org.newsflow.streams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.newsflow.kafka.Topics;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.pipeline.Annotator;
import org.newsflow.route.Route;
import org.newsflow.route.Router;

/**
 * The newsflow topology: {@code news.raw} (key article id, value raw article bytes) → annotate
 * (parse, enrich, tag) → route. Enriched articles are written as JSON to {@code news.enriched} and
 * to {@code news.topic.<slug>} for each tag over the threshold (or {@code news.topic.other});
 * records that cannot be processed go to {@code news.dlq} unchanged, with headers saying why.
 * Keys are the article ids throughout.
 */
public final class NewsTopology {

  /** One copy of an article for one route's topic, serialized once for all its routes. */
  record Routed(String topic, byte[] json) {}

  private NewsTopology() {}

  public static Topology build(Annotator annotator, Router router) {
    StreamsBuilder builder = new StreamsBuilder();
    Serializer<EnrichedArticle> json = Topics.ENRICHED.valueSerde().serializer();
    // Topic names by route, made once per route rather than concatenated for every copy.
    Map<Route, String> topics = new ConcurrentHashMap<>();

    KStream<String, Processed> processed = builder
        .stream(Topics.RAW.name(), Topics.RAW.consumed().withName("read-raw"))
        .processValues(() -> new AnnotateProcessor(annotator), Named.as("annotate"));

    processed.split(Named.as("outcome-"))
        .branch((id, value) -> value instanceof Processed.DeadLetter,
            Branched.<String, Processed>withConsumer(failed -> failed
                .mapValues(value -> ((Processed.DeadLetter) value).raw(), Named.as("raw-payload"))
                .to(Topics.DLQ.name(), Topics.DLQ.produced().withName("write-dlq")))
                .withName("failed"))
        .defaultBranch(Branched.<String, Processed>withConsumer(enriched -> enriched
            .flatMapValues(value -> routed(((Processed.Enriched) value).article(), router, json, topics),
                Named.as("route"))
            .to(routeTopic(), Produced.with(Serdes.String(), routedSerde()).withName("write-routes")))
            .withName("enriched"));
    return builder.build();
  }

  private static List<Routed> routed(EnrichedArticle article, Router router, Serializer<EnrichedArticle> json,
      Map<Route, String> topics) {
    byte[] bytes = json.serialize(Topics.ENRICHED.name(), article);
    List<Route> routes = router.routes(article);
    List<Routed> copies = new ArrayList<>(routes.size());
    for (Route route : routes) {
      copies.add(new Routed(topics.computeIfAbsent(route, Topics::nameOf), bytes));
    }
    return copies;
  }

  private static TopicNameExtractor<String, Routed> routeTopic() {
    return (id, routed, context) -> routed.topic();
  }

  private static org.apache.kafka.common.serialization.Serde<Routed> routedSerde() {
    return Serdes.serdeFrom((topic, routed) -> routed == null ? null : routed.json(),
        (topic, bytes) -> {
          throw new UnsupportedOperationException("routed copies are written, not read");
        });
  }
}
