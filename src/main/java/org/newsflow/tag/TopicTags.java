package org.newsflow.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.newsflow.model.TopicTag;

/** The ordering every tagger returns its tags in. */
public final class TopicTags {

  private static final Comparator<TopicTag> BEST_FIRST =
      Comparator.comparingDouble(TopicTag::score).reversed().thenComparing(TopicTag::code);

  private TopicTags() {}

  /** The tags best first (ties by code, so the order is stable), at most {@code limit} of them. */
  public static List<TopicTag> best(List<TopicTag> tags, int limit) {
    List<TopicTag> sorted = new ArrayList<>(tags);
    sorted.sort(BEST_FIRST);
    return List.copyOf(sorted.size() > limit ? sorted.subList(0, limit) : sorted);
  }

  /** A score rounded to three decimals, as tags carry it. */
  public static double round(double score) {
    return Math.round(score * 1000) / 1000.0;
  }
}
