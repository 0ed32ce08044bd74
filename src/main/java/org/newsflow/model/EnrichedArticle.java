package org.newsflow.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The message written to {@code news.enriched} and the per-topic routes: a parsed article with
 * everything the enrichers and the tagger found. Field names are the JSON schema
 * ({@code src/main/resources/schema/enriched-article.schema.json}).
 */
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
    List<TopicTag> topics) {

  public static final int SCHEMA_VERSION = 1;

  public EnrichedArticle {
    quotes = List.copyOf(quotes);
    keywords = List.copyOf(keywords);
    topics = List.copyOf(topics);
  }

  /** The same article with other topic tags. */
  public EnrichedArticle withTopics(List<TopicTag> newTopics) {
    return new EnrichedArticle(schemaVersion, id, publishedDate, dateline, agency, headline, body,
        byline, language, stats, entities, quotes, keywords, summary, newTopics);
  }
}
