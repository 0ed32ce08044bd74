package org.newsflow.model;

/** A person or organization, by its fullest name in the article, and how often it is mentioned. */
public record Mention(String name, int mentions) {}
