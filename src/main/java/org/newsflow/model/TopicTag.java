package org.newsflow.model;

/** A topic from the taxonomy ({@code medtop:11000000}, {@code politics}) with a score in [0, 1]. */
public record TopicTag(String code, String label, double score) {}
