package org.newsflow.tag;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsflow.model.Json;

/**
 * The topics articles are tagged with, and the terms that suggest each: a data file
 * ({@code taxonomy/iptc-media-topics.json} by default) that users may replace with their own.
 */
public final class Taxonomy {

  public static final String BUNDLED = "/taxonomy/iptc-media-topics.json";

  private final String name;
  private final double threshold;
  private final List<TaxonomyTopic> topics;
  private final Map<String, TaxonomyTopic> byCode;

  public Taxonomy(String name, double threshold, List<TaxonomyTopic> topics) {
    this.name = name;
    this.threshold = threshold;
    this.topics = List.copyOf(topics);
    Map<String, TaxonomyTopic> codes = new LinkedHashMap<>();
    for (TaxonomyTopic topic : topics) {
      if (codes.put(topic.code(), topic) != null) {
        throw new IllegalArgumentException("taxonomy " + name + ": topic code " + topic.code() + " appears twice");
      }
    }
    this.byCode = Map.copyOf(codes);
    for (TaxonomyTopic topic : topics) {
      int depth = 0;
      for (String parent = topic.parent(); parent != null; parent = codes.get(parent).parent()) {
        if (!codes.containsKey(parent)) {
          throw new IllegalArgumentException("taxonomy " + name + ": topic " + topic.code() + " has an unknown parent " + parent);
        }
        if (++depth > codes.size()) {
          throw new IllegalArgumentException("taxonomy " + name + ": topic " + topic.code() + " is its own ancestor");
        }
      }
    }
  }

  public static Taxonomy bundled() {
    try (InputStream in = Taxonomy.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUNDLED);
      }
      return read(Json.mapper().readTree(in), BUNDLED);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Taxonomy load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(Json.mapper().readTree(in), file.toString());
    }
  }

  private static Taxonomy read(JsonNode root, String source) {
    if (root == null || !root.isObject() || !root.path("topics").isArray()) {
      throw new IllegalArgumentException(source + ": a taxonomy is a JSON object with a \"topics\" array");
    }
    List<TaxonomyTopic> topics = new ArrayList<>();
    for (JsonNode node : root.get("topics")) {
      Map<String, Double> terms = new LinkedHashMap<>();
      node.path("terms").fields().forEachRemaining(e -> terms.put(e.getKey(), e.getValue().asDouble()));
      String code = node.path("code").asText(null);
      String label = node.path("label").asText(null);
      if (code == null || label == null || !node.hasNonNull("slug")) {
        throw new IllegalArgumentException(source + ": every topic needs \"code\", \"label\" and \"slug\"");
      }
      topics.add(new TaxonomyTopic(code, label, node.get("slug").asText(),
          node.path("parent").isTextual() ? node.get("parent").asText() : null, terms));
    }
    return new Taxonomy(root.path("name").asText(source), root.path("threshold").asDouble(0.5), topics);
  }

  public String name() {
    return name;
  }

  /** The default route threshold the taxonomy was tuned for. */
  public double threshold() {
    return threshold;
  }

  public List<TaxonomyTopic> topics() {
    return topics;
  }

  public Optional<TaxonomyTopic> topic(String code) {
    return Optional.ofNullable(byCode.get(code));
  }
}
