package org.newsflow.model;

/** Length of the body: words, sentences and an estimated reading time. */
public record TextStats(int words, int sentences, int readingTimeSeconds) {}
