package org.newsflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsflow.model.Article;
import org.newsflow.model.SourceFormat;
import org.newsflow.pipeline.Revisions.Kind;
import org.newsflow.pipeline.Revisions.Seen;

class RevisionsTest {

  private static final Duration WEEK = Duration.ofDays(7);
  private static final long MONDAY = 1_748_764_800_000L;
  private static final long HOUR = Duration.ofHours(1).toMillis();

  private static Article story(String body) {
    return new Article("story-1", null, "GENEVA (Reuters)", "GENEVA", null, null, "Reuters", "Talks resume",
        List.of(body), null, SourceFormat.WIRE_TEXT);
  }

  @Test
  void anUnknownIdIsNewAsVersionOne() {
    var decision = Revisions.decide(null, "f1", MONDAY, WEEK);
    assertThat(decision.kind()).isEqualTo(Kind.NEW);
    assertThat(decision.version()).isEqualTo(1);
    assertThat(decision.next()).isEqualTo(new Seen(1, List.of("f1"), MONDAY));
  }

  @Test
  void theSameTextAgainWithinTheRetentionIsADuplicateAndChangesNothing() {
    Seen seen = new Seen(1, List.of("f1"), MONDAY);
    var decision = Revisions.decide(seen, "f1", MONDAY + 3 * HOUR, WEEK);
    assertThat(decision.kind()).isEqualTo(Kind.DUPLICATE);
    assertThat(decision.next()).isNull();
  }

  @Test
  void changedTextIsAnUpdateWithTheNextVersion() {
    Seen seen = new Seen(1, List.of("f1"), MONDAY);
    var decision = Revisions.decide(seen, "f2", MONDAY + HOUR, WEEK);
    assertThat(decision.kind()).isEqualTo(Kind.UPDATE);
    assertThat(decision.version()).isEqualTo(2);
    assertThat(decision.next()).isEqualTo(new Seen(2, List.of("f1", "f2"), MONDAY + HOUR));
  }

  @Test
  void aLateRetryOfAnEarlierTextIsADuplicateNotAThirdVersion() {
    Seen seen = new Seen(2, List.of("f1", "f2"), MONDAY + HOUR);
    assertThat(Revisions.decide(seen, "f1", MONDAY + 2 * HOUR, WEEK).kind()).isEqualTo(Kind.DUPLICATE);
  }

  @Test
  void onlyTheLatestTextsAreRemembered() {
    Seen seen = null;
    for (int i = 0; i < Revisions.REMEMBERED_TEXTS + 4; i++) {
      seen = Revisions.decide(seen, "f" + i, MONDAY + i, WEEK).next();
    }
    assertThat(seen.version()).isEqualTo(Revisions.REMEMBERED_TEXTS + 4);
    assertThat(seen.fingerprints()).hasSize(Revisions.REMEMBERED_TEXTS).startsWith("f4").endsWith("f19");
    assertThat(Revisions.decide(seen, "f0", MONDAY + 100, WEEK).kind()).isEqualTo(Kind.UPDATE);
  }

  @Test
  void anIdPastTheRetentionIsForgottenAndStartsAgainAtVersionOne() {
    Seen seen = new Seen(3, List.of("f1", "f2", "f3"), MONDAY);
    assertThat(Revisions.decide(seen, "f3", MONDAY + WEEK.toMillis() - 1, WEEK).kind()).isEqualTo(Kind.DUPLICATE);
    var later = Revisions.decide(seen, "f3", MONDAY + WEEK.toMillis(), WEEK);
    assertThat(later.kind()).isEqualTo(Kind.NEW);
    assertThat(later.version()).isEqualTo(1);
  }

  @Test
  void aZeroRetentionTurnsDeduplicationOff() {
    Seen seen = new Seen(1, List.of("f1"), MONDAY);
    assertThat(Revisions.decide(seen, "f1", MONDAY, Duration.ZERO).kind()).isEqualTo(Kind.NEW);
  }

  @Test
  void theFingerprintFollowsWhatWasRead() {
    Article original = story("Delegates met on Monday.");
    assertThat(Revisions.fingerprint(story("Delegates met on Monday."))).isEqualTo(Revisions.fingerprint(original));
    assertThat(Revisions.fingerprint(story("Delegates met on Tuesday."))).isNotEqualTo(Revisions.fingerprint(original));
    Article otherByline = new Article("story-1", null, "GENEVA (Reuters)", "GENEVA", null, null, "Reuters",
        "Talks resume", List.of("Delegates met on Monday."), "By A. Writer", SourceFormat.WIRE_TEXT);
    assertThat(Revisions.fingerprint(otherByline)).isNotEqualTo(Revisions.fingerprint(original));
  }
}
