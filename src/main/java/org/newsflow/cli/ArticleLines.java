package org.newsflow.cli;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Headers;
import org.newsflow.kafka.DeadLetterHeaders;
import org.newsflow.kafka.Topics;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.Json;
import org.newsflow.model.TopicTag;

/** One readable line per record of an output topic. */
final class ArticleLines {

  private static final int HEADLINE_WIDTH = 60;

  private ArticleLines() {}

  static String line(String topic, String key, byte[] value, Headers headers) {
    if (topic.equals(Topics.DLQ.name())) {
      return String.format(Locale.ROOT, "%-48s %-16s %s: %s", topic, key,
          DeadLetterHeaders.get(headers, DeadLetterHeaders.REASON),
          DeadLetterHeaders.get(headers, DeadLetterHeaders.MESSAGE));
    }
    try {
      EnrichedArticle article = Json.mapper().readValue(value, EnrichedArticle.class);
      return line(topic, article);
    } catch (IOException e) {
      return String.format(Locale.ROOT, "%-48s %-16s (unreadable: %s)", topic, key, e.getMessage());
    }
  }

  static String line(String topic, EnrichedArticle article) {
    String tags = article.topics().stream().limit(3)
        // Rounded down, so that a tag shown as 0.50 really is at a 0.5 route threshold.
        .map(t -> shortLabel(t) + " " + String.format(Locale.ROOT, "%.2f", Math.floor(t.score() * 100) / 100))
        .collect(Collectors.joining(", "));
    String dateline = article.dateline() == null ? "-"
        : article.dateline().text() + (article.dateline().place() == null ? ""
            : " (" + article.dateline().place().countryCode() + ")");
    return String.format(Locale.ROOT, "%-48s %-16s %-" + HEADLINE_WIDTH + "s [%s] %s", topic, article.id(),
        clip(article.headline()), tags, dateline);
  }

  private static String shortLabel(TopicTag tag) {
    int comma = tag.label().indexOf(',');
    return comma < 0 ? tag.label() : tag.label().substring(0, comma);
  }

  private static String clip(String text) {
    return text.length() <= HEADLINE_WIDTH ? text : text.substring(0, HEADLINE_WIDTH - 1) + "…";
  }
}
