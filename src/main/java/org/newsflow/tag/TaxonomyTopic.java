package org.newsflow.tag;

import java.util.Map;

/**
 * One topic of the taxonomy: its code ({@code medtop:11000000}), label, the slug used in route
 * names, its parent's code (null at the top level) and the weighted terms that suggest it. A
 * subtopic's slug is its parent's, a dot, and its own ({@code sport.tennis}), so its route
 * {@code news.topic.sport.tennis} sorts beside its parent's and a consumer can subscribe to a
 * whole branch with a pattern.
 */
public record TaxonomyTopic(String code, String label, String slug, String parent, Map<String, Double> terms) {

  public TaxonomyTopic {
    if (!slug.matches("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)*")) {
      throw new IllegalArgumentException(
          "topic " + code + ": slug '" + slug + "' must be lower-case words joined by '-', a subtopic's after its parent's and a '.'");
    }
    terms = terms == null ? Map.of() : Map.copyOf(terms);
  }
}
