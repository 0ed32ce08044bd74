package org.newsflow.tag;

import java.util.ArrayList;
import java.util.List;
import org.newsflow.model.TopicTag;

/** Several taggers side by side (IPTC and a newsroom's model): all their tags, best first. */
public final class CompositeTagger implements Tagger {

  private final List<Tagger> taggers;
  private final Taxonomy taxonomy;

  public CompositeTagger(List<Tagger> taggers) {
    this.taggers = List.copyOf(taggers);
    List<TaxonomyTopic> topics = new ArrayList<>();
    StringBuilder name = new StringBuilder();
    for (Tagger tagger : taggers) {
      topics.addAll(tagger.taxonomy().topics());
      name.append(name.isEmpty() ? "" : " + ").append(tagger.taxonomy().name());
    }
    this.taxonomy = new Taxonomy(name.toString(), taggers.get(0).taxonomy().threshold(), topics);
  }

  @Override
  public List<TopicTag> tag(String headline, String body) {
    List<TopicTag> tags = new ArrayList<>();
    for (Tagger tagger : taggers) {
      tags.addAll(tagger.tag(headline, body));
    }
    return TopicTags.best(tags, Integer.MAX_VALUE);
  }

  @Override
  public Taxonomy taxonomy() {
    return taxonomy;
  }
}
