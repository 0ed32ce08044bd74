package org.newsflow.model;

/** A direct quotation and who said it; {@code speaker} is null when no one can be named safely. */
public record Quote(String text, String speaker) {}
