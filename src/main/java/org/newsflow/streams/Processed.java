package org.newsflow.streams;

import org.newsflow.model.Article;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.Failure;

/** A raw record inside the topology: parsed, then enriched, or bound for the dead-letter topic at any step. */
sealed interface Processed {

  /** Parsed, with the bytes it was read from (for the dead-letter topic). */
  record Parsed(Article article, byte[] raw) implements Processed {}

  record Enriched(EnrichedArticle article) implements Processed {}

  record DeadLetter(byte[] raw, Failure failure) implements Processed {}
}
