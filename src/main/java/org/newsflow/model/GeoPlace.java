package org.newsflow.model;

/** A gazetteer entry: a named place with its ISO 3166-1 alpha-2 country code and coordinates. */
public record GeoPlace(String name, PlaceKind kind, String countryCode, Double lat, Double lon) {}
