package org.newsflow.streams;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;
import org.newsflow.kafka.Topics;
import org.newsflow.model.Json;

/**
 * The benchmark's ceiling: {@code news.raw} → parse each value's JSON → {@code news.bench.passthrough}
 * as JSON, with the serdes of the real topology and under whatever guarantee the application is
 * given. What it costs is what any Kafka Streams pipeline over this input costs before doing work.
 */
public final class PassThroughTopology {

  private PassThroughTopology() {}

  public static Topology build() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(Topics.RAW.name(), Topics.RAW.consumed().withName("read-raw"))
        .mapValues(PassThroughTopology::parse, Named.as("parse-json"))
        .to(Topics.PASSTHROUGH.name(), Topics.PASSTHROUGH.produced().withName("write-passthrough"));
    return builder.build();
  }

  /** The value's JSON tree, or, for a value that is not JSON, a text node holding nothing. */
  private static JsonNode parse(byte[] raw) {
    try {
      return Json.mapper().readTree(raw);
    } catch (IOException notJson) {
      return Json.mapper().getNodeFactory().textNode("");
    }
  }
}
