package org.newsflow.tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsflow.model.TopicTag;

class BlendedTaggerTest {

  private static final TaxonomyTopic CRIME = new TaxonomyTopic("t:crime", "crime", "crime", null, Map.of());
  private static final TaxonomyTopic ECONOMY = new TaxonomyTopic("t:economy", "economy", "economy", null, Map.of());
  private static final TaxonomyTopic EARNINGS =
      new TaxonomyTopic("t:earnings", "earnings", "economy.earnings", "t:economy", Map.of());
  private static final TaxonomyTopic SPORT = new TaxonomyTopic("t:sport", "sport", "sport", null, Map.of());
  private static final Taxonomy TAXONOMY = new Taxonomy("test", 0.5, List.of(CRIME, ECONOMY, EARNINGS, SPORT));

  /** A tagger that answers the same tags for any article. */
  private record Fixed(Taxonomy taxonomy, List<TopicTag> tags) implements Tagger {
    @Override
    public List<TopicTag> tag(String headline, String body) {
      return tags;
    }
  }

  private static TopicTag tag(TaxonomyTopic topic, double score) {
    return new TopicTag(topic.code(), topic.label(), score);
  }

  private static Tagger model(List<TopicTag> tags) {
    return new Fixed(new Taxonomy("model", 0.5, List.of(ECONOMY, SPORT)), tags);
  }

  private static double score(List<TopicTag> tags, TaxonomyTopic topic) {
    return tags.stream().filter(t -> t.code().equals(topic.code())).findFirst().map(TopicTag::score).orElse(0.0);
  }

  @Test
  void aConfidentModelDiscountsLexiconEvidenceForOtherTopics() {
    // A business story about a fraud trial: the lexicon sees a lot of crime words.
    var lexicon = new Fixed(TAXONOMY, List.of(tag(CRIME, 0.9), tag(EARNINGS, 0.8), tag(ECONOMY, 0.8)));
    var tags = new BlendedTagger(lexicon, model(List.of(tag(ECONOMY, 0.95), tag(SPORT, 0.01)))).tag("h", "b");

    assertThat(tags.get(0).code()).isEqualTo(ECONOMY.code());
    assertThat(score(tags, ECONOMY)).isEqualTo(0.95);
    assertThat(score(tags, CRIME)).isCloseTo(0.9 * 0.55, within(0.001));
    // A subtopic of the model's own topic is not explained away by it.
    assertThat(score(tags, EARNINGS)).isEqualTo(0.8);
  }

  @Test
  void anUnsureModelLeavesTheLexiconAlone() {
    var lexicon = new Fixed(TAXONOMY, List.of(tag(CRIME, 0.9), tag(ECONOMY, 0.3)));
    var tags = new BlendedTagger(lexicon, model(List.of(tag(ECONOMY, 0.45)))).tag("h", "b");

    assertThat(tags).extracting(TopicTag::code).containsExactly(CRIME.code(), ECONOMY.code());
    assertThat(score(tags, CRIME)).isEqualTo(0.9);
    assertThat(score(tags, ECONOMY)).isEqualTo(0.45);
  }

  @Test
  void aTopicTheModelKnowsTakesTheHigherOfItsTwoScores() {
    var lexicon = new Fixed(TAXONOMY, List.of(tag(SPORT, 0.7)));
    var tags = new BlendedTagger(lexicon, model(List.of(tag(SPORT, 0.4)))).tag("h", "b");
    assertThat(score(tags, SPORT)).isEqualTo(0.7);
  }
}
