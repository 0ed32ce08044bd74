package org.newsflow.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsflow.model.Article;
import org.newsflow.parse.ArticleIds;

/**
 * Decides what to do with an article whose id may have been routed before: a repeat of text already
 * routed is dropped, changed text is a new version, and an id not seen within the retention is new.
 * Pure: the caller keeps the {@link Seen} record per id and passes the record's time.
 */
public final class Revisions {

  /** How many earlier texts of one id are remembered, so that a late retry of an old text is not a new version. */
  static final int REMEMBERED_TEXTS = 16;

  /**
   * What is kept per article id: the last version routed, the fingerprints of the texts routed under
   * it (newest last) and when the last version was routed (record time, epoch milliseconds).
   */
  public record Seen(int version, List<String> fingerprints, long routedAt) {
    public Seen {
      fingerprints = List.copyOf(fingerprints);
    }
  }

  /** The outcomes. */
  public enum Kind {
    /** First time within the retention: route as version 1. */
    NEW,
    /** Changed text under a known id: route as the next version. */
    UPDATE,
    /** Text already routed under this id: drop. */
    DUPLICATE
  }

  /** A decision; {@code next} is what to store for the id, or null to leave the store as it is. */
  public record Decision(Kind kind, int version, Seen next) {}

  private Revisions() {}

  /**
   * @param stored what is kept for the article's id, or null
   * @param fingerprint the incoming article's {@link #fingerprint}
   * @param now the incoming record's time, epoch milliseconds
   * @param retention how long an id is remembered after its last version was routed; zero turns
   *     deduplication off
   */
  public static Decision decide(Seen stored, String fingerprint, long now, Duration retention) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    if (stored == null || expired(stored, now, retention)) {
      return new Decision(Kind.NEW, 1, new Seen(1, List.of(fingerprint), now));
    }
    if (stored.fingerprints().contains(fingerprint)) {
      return new Decision(Kind.DUPLICATE, stored.version(), null);
    }
    List<String> texts = new ArrayList<>(stored.fingerprints());
    texts.add(fingerprint);
    if (texts.size() > REMEMBERED_TEXTS) {
      texts = texts.subList(texts.size() - REMEMBERED_TEXTS, texts.size());
    }
    int version = stored.version() + 1;
    return new Decision(Kind.UPDATE, version, new Seen(version, texts, now));
  }

  /** Whether {@code seen} is older than the retention at record time {@code now}. */
  public static boolean expired(Seen seen, long now, Duration retention) {
    return now - seen.routedAt() >= retention.toMillis();
  }

  /**
   * A hash of what the parser read (headline, body, dates, dateline, agency, byline): equal for the
   * same story published again, different when an editor changed any of it. Taken before enrichment,
   * so that a repeat costs no enrichment, and a new tagger or enricher does not make every story an update.
   */
  public static String fingerprint(Article article) {
    boolean dateline = article.datelineText() != null;
    return ArticleIds.forParts(article.headline(), article.body(), String.valueOf(article.publishedDate()),
        dateline ? article.datelineText() : "",
        dateline ? String.valueOf(article.datelineDate()) : "",
        Objects.toString(article.agency(), ""), Objects.toString(article.byline(), ""));
  }
}
