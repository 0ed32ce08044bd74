package org.newsflow.route;

/**
 * Where a copy of an enriched article goes: to the all-articles stream, to the stream of one
 * topic (by its taxonomy slug), or to the stream of articles no topic claimed. Topic names are the
 * Kafka layer's business; this is the decision only.
 */
public sealed interface Route {

  record AllArticles() implements Route {}

  record Topic(String slug) implements Route {}

  record Untagged() implements Route {}

  Route ALL = new AllArticles();
  Route UNTAGGED = new Untagged();
}
