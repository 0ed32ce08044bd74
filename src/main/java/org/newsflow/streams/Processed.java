package org.newsflow.streams;

import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.Failure;

/** A raw record after annotation, inside the topology: enriched, or bound for the dead-letter topic. */
sealed interface Processed {

  record Enriched(EnrichedArticle article) implements Processed {}

  record DeadLetter(byte[] raw, Failure failure) implements Processed {}
}
