package org.newsflow.tag;

import java.util.List;
import org.newsflow.model.TopicTag;

/** Assigns topic tags, best first, each with a score in [0, 1], from an article's headline and body. */
public interface Tagger {

  List<TopicTag> tag(String headline, String body);

  /** The topics this tagger can assign, with the slugs their routes are named by. */
  Taxonomy taxonomy();
}
