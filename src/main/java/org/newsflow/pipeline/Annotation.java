package org.newsflow.pipeline;

import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.Failure;

/** The outcome of annotating one raw article: an enriched, tagged article or a failure. */
public sealed interface Annotation {

  record Annotated(EnrichedArticle article) implements Annotation {}

  record Failed(Failure failure) implements Annotation {}
}
