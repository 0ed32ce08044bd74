package org.newsflow.pipeline;

import org.newsflow.enrich.Enricher;
import org.newsflow.model.Article;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.Failure;
import org.newsflow.model.Failure.Reason;
import org.newsflow.model.Failure.Stage;
import org.newsflow.parse.ArticleParser;
import org.newsflow.parse.ParseResult;
import org.newsflow.tag.Tagger;

/**
 * Parse, enrich and tag: the whole per-article function, shared by the Kafka Streams topology and
 * the {@code annotate} command. It never throws for a bad article: a parser rejection or a failure
 * inside an enricher becomes a {@link Annotation.Failed} naming the stage.
 */
public final class Annotator {

  private final ArticleParser parser;
  private final Enricher enricher;
  private final Tagger tagger;

  public Annotator(ArticleParser parser, Enricher enricher, Tagger tagger) {
    this.parser = parser;
    this.enricher = enricher;
    this.tagger = tagger;
  }

  public Tagger tagger() {
    return tagger;
  }

  /** Annotates raw article bytes; {@code key} is the id to use when the article has none. */
  public Annotation annotate(String key, byte[] raw) {
    ParseResult parsed = parse(key, raw);
    if (parsed instanceof ParseResult.Rejected rejected) {
      return new Annotation.Failed(rejected.failure());
    }
    return annotate(((ParseResult.Parsed) parsed).article());
  }

  /** The first step alone: cheap, so that the topology can drop repeats before the costly rest. */
  public ParseResult parse(String key, byte[] raw) {
    return parser.parse(key, raw);
  }

  /** Enriches and tags a parsed article. */
  public Annotation annotate(Article article) {
    EnrichedArticle enriched;
    try {
      enriched = enricher.enrich(article);
    } catch (RuntimeException | StackOverflowError e) {
      return new Annotation.Failed(failure(Stage.ENRICH, e));
    }
    try {
      return new Annotation.Annotated(enriched.withTopics(tagger.tag(enriched.headline(), enriched.body())));
    } catch (RuntimeException | StackOverflowError e) {
      return new Annotation.Failed(failure(Stage.TAG, e));
    }
  }

  private static Failure failure(Stage stage, Throwable e) {
    return new Failure(stage, Reason.PROCESSING_ERROR, e.getClass().getName() + ": " + e.getMessage());
  }
}
