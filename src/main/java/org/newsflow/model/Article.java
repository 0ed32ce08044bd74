package org.newsflow.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A story as the parser understood it, before enrichment. {@code body} is the paragraphs joined
 * by blank lines, without the dateline and the byline.
 */
public record Article(
    String id,
    LocalDate publishedDate,
    String datelineText,
    String datelineCity,
    String datelineRegion,
    LocalDate datelineDate,
    String agency,
    String headline,
    List<String> paragraphs,
    String byline,
    SourceFormat format) {

  public Article {
    paragraphs = List.copyOf(paragraphs);
  }

  public String body() {
    return String.join("\n\n", paragraphs);
  }

  /** The lead paragraph without its dateline, or an empty string. */
  public String lead() {
    return paragraphs.isEmpty() ? "" : paragraphs.get(0);
  }
}
