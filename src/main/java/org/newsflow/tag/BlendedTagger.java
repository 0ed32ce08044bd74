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
 * <p>So a confident model explains lexicon evidence away: when the model's best topic (its view of
 * the article's main subject) scores {@code m} above 0.5, the lexicon score of every topic outside
 * that topic and its subtopics is multiplied by
 * {@code 1.5 - m}; a sure model at most halves it. A topic the model knows then scores the higher of
 * its model score and its lexicon score. A business story about a fraud
 * trial stays a business story with a crime tag, instead of a crime story; an article unlike any
 * the model saw (a low {@code m}) keeps the lexicon's scores.
 */
public final class BlendedTagger implements Tagger {

  /** Model confidence above which lexicon evidence is discounted. */
  static final double CONFIDENT = 0.5;

  private final Tagger lexicon;
  private final Tagger model;
  /** Each topic's code with its ancestors': a model sure of any of them does not discount the topic. */
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
    List<TopicTag> lexicalTags = lexicon.tag(headline, body);
    // A handful of tags each: lists scanned in place are cheaper than maps here, on every article.
    List<TopicTag> kept = new ArrayList<>(lexicalTags.size() + modelTags.size());
    for (TopicTag lexical : lexicalTags) {
      double score = lexical.score() * discount(lexical.code(), modelTags);
      TopicTag modelled = find(modelTags, lexical.code());
      if (modelled != null) {
        score = Math.max(score, modelled.score());
      }
      if (score >= LexiconTagger.MIN_SCORE) {
        kept.add(new TopicTag(lexical.code(), lexical.label(), TopicTags.round(score)));
      }
    }
    for (TopicTag modelled : modelTags) {
      if (modelled.score() >= LexiconTagger.MIN_SCORE && find(lexicalTags, modelled.code()) == null) {
        String label = lexicon.taxonomy().topic(modelled.code()).map(TaxonomyTopic::label).orElse(modelled.label());
        kept.add(new TopicTag(modelled.code(), label, modelled.score()));
      }
    }
    return TopicTags.best(kept, LexiconTagger.MAX_TAGS);
  }

  private static TopicTag find(List<TopicTag> tags, String code) {
    for (TopicTag tag : tags) {
      if (tag.code().equals(code)) {
        return tag;
      }
    }
    return null;
  }

  /** The factor for a topic's lexicon score: 1 for the model's main topic and its subtopics, else {@code 1.5 - m}, at most 1. */
  private double discount(String code, List<TopicTag> modelTags) {
    if (modelTags.isEmpty()) {
      return 1.0;
    }
    TopicTag main = modelTags.get(0); // best first
    Set<String> line = selfAndAncestors.get(code);
    return line != null && line.contains(main.code()) ? 1.0 : Math.min(1.0, 1.0 + CONFIDENT - main.score());
  }

  @Override
  public Taxonomy taxonomy() {
    return lexicon.taxonomy();
  }
}
