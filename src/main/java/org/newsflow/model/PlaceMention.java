package org.newsflow.model;

/** A place mentioned in the article, resolved to a country (ISO 3166-1 alpha-2). */
public record PlaceMention(String name, String countryCode, int mentions) {}
