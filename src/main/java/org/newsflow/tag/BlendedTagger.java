package org.newsflow.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsflow.model.TopicTag;

/**
 * The lexicon's tags and a trained model's, on the lexicon's taxonomy. The lexicon covers every
 * topic and any kind of article; the model is sharper on the topics it was trained for, and it knows
 * what an article is mainly about, where the lexicon only sees which words occur.
 *
 * <p>So a confident model explains lexicon evidence away: a topic's lexicon score is multiplied by
 * {@code 1.5 - m} when {@code m}, the model's best score for another topic (not the topic itself nor
 * one of its ancestors), is above 0.5; a sure model at most halves it. A topic the model knows then
 * scores the higher of its model score and its discounted lexicon score; the others keep their
 * discounted lexicon score. A business story about a fraud
 * trial stays a business story with a crime tag, instead of a crime story; an article unlike any
 * the model saw (a low {@code m}) keeps the lexicon's scores.
 */
public final class BlendedTagger implements Tagger {

  /** Model confidence above which lexicon evidence is discounted. */
  static final double CONFIDENT = 0.5;

  private final Tagger lexicon;
  private final Tagger model;
  /** Each topic of the lexicon's taxonomy with its ancestors' codes, which the model's confidence in does not discount it. */
  private final Map<String, Set<String>> selfAndAncestors = new HashMap<>();

  public BlendedTagger(Tagger lexicon, Tagger model) {
    this.lexicon = lexicon;
    this.model = model;
    Taxonomy taxonomy = lexicon.taxonomy();
    for (TaxonomyTopic topic : taxonomy.topics()) {
      Set<String> line = new HashSet<>();
      for (TaxonomyTopic at = topic; at != null && line.add(at.code()); ) {
        at = at.parent() == null ? null : taxonomy.topic(at.parent()).orElse(null);
      }
      selfAndAncestors.put(topic.code(), Set.copyOf(line));
    }
    for (TaxonomyTopic topic : model.taxonomy().topics()) {
      if (!selfAndAncestors.containsKey(topic.code())) {
        throw new IllegalArgumentException("the model's label " + topic.code() + " is not a topic of " + taxonomy.name());
      }
    }
  }

  @Override
  public List<TopicTag> tag(String headline, String body) {
    List<TopicTag> modelTags = model.tag(headline, body);
    Map<String, TopicTag> tags = new HashMap<>();
    for (TopicTag tag : lexicon.tag(headline, body)) {
      tags.put(tag.code(), new TopicTag(tag.code(), tag.label(), tag.score() * discount(tag.code(), modelTags)));
    }
    for (TopicTag tag : modelTags) {
      TopicTag lexical = tags.get(tag.code());
      if (lexical == null || lexical.score() < tag.score()) {
        String label = lexicon.taxonomy().topic(tag.code()).map(TaxonomyTopic::label).orElse(tag.label());
        tags.put(tag.code(), new TopicTag(tag.code(), label, tag.score()));
      }
    }
    List<TopicTag> kept = new ArrayList<>();
    for (TopicTag tag : tags.values()) {
      if (tag.score() >= LexiconTagger.MIN_SCORE) {
        kept.add(new TopicTag(tag.code(), tag.label(), TopicTags.round(tag.score())));
      }
    }
    return TopicTags.best(kept, LexiconTagger.MAX_TAGS);
  }

  /** The factor for a topic's lexicon score: {@code 1.5 - m}, at most 1, from the model's best score for another line. */
  private double discount(String code, List<TopicTag> modelTags) {
    Set<String> line = selfAndAncestors.get(code);
    for (TopicTag tag : modelTags) { // best first
      if (line == null || !line.contains(tag.code())) {
        return Math.min(1.0, 1.0 + CONFIDENT - tag.score());
      }
    }
    return 1.0;
  }

  @Override
  public Taxonomy taxonomy() {
    return lexicon.taxonomy();
  }
}
