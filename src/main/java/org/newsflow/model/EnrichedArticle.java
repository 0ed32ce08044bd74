package org.newsflow.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * The message written to {@code news.enriched} and the per-topic routes: a parsed article with
 * everything the enrichers and the tagger found. Field names are the JSON schema
 * ({@code src/main/resources/schema/enriched-article.schema.json}). {@code version} counts the
 * revisions of the story under its id: 1 when first routed, one more for each changed text routed
 * again (see {@code org.newsflow.pipeline.Revisions}).
 */
@JsonPropertyOrder({"schemaVersion", "id", "version"})
public record EnrichedArticle(
    int schemaVersion,
    String id,
    LocalDate publishedDate,
    Dateline dateline,
    String agency,
    String headline,
    String body,
    String byline,
    String language,
    TextStats stats,
    Entities entities,
    List<Quote> quotes,
    List<Keyword> keywords,
    String summary,
    List<TopicTag> topics,
    int version) {

  public static final int SCHEMA_VERSION = 1;

  public EnrichedArticle {
    quotes = List.copyOf(quotes);
    keywords = List.copyOf(keywords);
    topics = List.copyOf(topics);
    // Messages written before revisions were counted have no version: they were the first.
    version = Math.max(version, 1);
  }

  /** A first version. */
  public EnrichedArticle(int schemaVersion, String id, LocalDate publishedDate, Dateline dateline, String agency,
      String headline, String body, String byline, String language, TextStats stats, Entities entities,
      List<Quote> quotes, List<Keyword> keywords, String summary, List<TopicTag> topics) {
    this(schemaVersion, id, publishedDate, dateline, agency, headline, body, byline, language, stats, entities,
        quotes, keywords, summary, topics, 1);
  }

  /** The same article with other topic tags. */
  public EnrichedArticle withTopics(List<TopicTag> newTopics) {
    return new EnrichedArticle(schemaVersion, id, publishedDate, dateline, agency, headline, body,
        byline, language, stats, entities, quotes, keywords, summary, newTopics, version);
  }

  /** The same article as revision {@code newVersion} of its id. */
  public EnrichedArticle withVersion(int newVersion) {
    return new EnrichedArticle(schemaVersion, id, publishedDate, dateline, agency, headline, body,
        byline, language, stats, entities, quotes, keywords, summary, topics, newVersion);
  }
}
