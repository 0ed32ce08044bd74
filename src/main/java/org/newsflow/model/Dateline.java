package org.newsflow.model;

import java.time.LocalDate;

/**
 * The dateline as printed ({@code "KYIV, Ukraine (AP)"}), the place it names when the gazetteer
 * knows it, and the date it carries, if any.
 */
public record Dateline(String text, GeoPlace place, LocalDate date) {}
