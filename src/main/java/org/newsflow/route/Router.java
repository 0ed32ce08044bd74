package org.newsflow.route;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.TopicTag;
import org.newsflow.tag.Taxonomy;

/**
 * Decides the routes of an enriched article: always the all-articles stream, plus one topic stream
 * per tag scoring at least the threshold, or the untagged stream when no tag does.
 */
public final class Router {

  private final Taxonomy taxonomy;
  private final double threshold;

  public Router(Taxonomy taxonomy, double threshold) {
    if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) {
      throw new IllegalArgumentException("route threshold must be in [0, 1], not " + threshold);
    }
    this.taxonomy = taxonomy;
    this.threshold = threshold;
  }

  public double threshold() {
    return threshold;
  }

  public List<Route> routes(EnrichedArticle article) {
    Set<Route> routes = new LinkedHashSet<>();
    routes.add(Route.ALL);
    for (TopicTag tag : article.topics()) {
      if (tag.score() >= threshold) {
        taxonomy.topic(tag.code()).ifPresent(topic -> routes.add(new Route.Topic(topic.slug())));
      }
    }
    if (routes.size() == 1) {
      routes.add(Route.UNTAGGED);
    }
    return new ArrayList<>(routes);
  }
}
