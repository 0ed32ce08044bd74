package org.newsflow.ingest;

/** One raw article read from a file: where it came from ({@code path} or {@code path:line}) and its bytes. */
public record SourceArticle(String origin, byte[] raw) {}
