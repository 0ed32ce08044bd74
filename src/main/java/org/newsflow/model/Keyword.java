package org.newsflow.model;

/** A term that tells what the article is about, with a relative score in [0, 1]. */
public record Keyword(String term, double score) {}
