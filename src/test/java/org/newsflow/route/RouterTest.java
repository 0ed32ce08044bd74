package org.newsflow.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.Entities;
import org.newsflow.model.TextStats;
import org.newsflow.model.TopicTag;
import org.newsflow.tag.Taxonomy;

class RouterTest {

  private static final Taxonomy IPTC = Taxonomy.bundled();
  private static final TopicTag POLITICS = new TopicTag("medtop:11000000", "politics", 0.9);
  private static final TopicTag ECONOMY_WEAK = new TopicTag("medtop:04000000", "economy, business and finance", 0.3);
  private static final TopicTag SPORT_AT_THRESHOLD = new TopicTag("medtop:15000000", "sport", 0.5);

  private static EnrichedArticle articleTagged(TopicTag... tags) {
    return new EnrichedArticle(1, "id-1", null, null, null, "Headline", "Body.", null, "en",
        new TextStats(1, 1, 0), Entities.none(), List.of(), List.of(), "Body.", List.of(tags));
  }

  @Test
  void everyArticleGoesToAllArticlesAndEachConfidentTopic() {
    var router = new Router(IPTC, 0.5);
    assertThat(router.routes(articleTagged(POLITICS, ECONOMY_WEAK, SPORT_AT_THRESHOLD)))
        .containsExactly(Route.ALL, new Route.Topic("politics"), new Route.Topic("sport"));
  }

  @Test
  void anArticleNoTopicClaimsGoesToUntagged() {
    var router = new Router(IPTC, 0.5);
    assertThat(router.routes(articleTagged(ECONOMY_WEAK))).containsExactly(Route.ALL, Route.UNTAGGED);
    assertThat(router.routes(articleTagged())).containsExactly(Route.ALL, Route.UNTAGGED);
  }

  @Test
  void theThresholdIsConfigurable() {
    assertThat(new Router(IPTC, 0.2).routes(articleTagged(ECONOMY_WEAK)))
        .containsExactly(Route.ALL, new Route.Topic("economy-business-finance"));
    assertThatThrownBy(() -> new Router(IPTC, 1.5)).hasMessageContaining("threshold");
  }

  @Test
  void tagsOutsideTheTaxonomyAreNotRouted() {
    var router = new Router(IPTC, 0.5);
    assertThat(router.routes(articleTagged(new TopicTag("x:unknown", "unknown", 0.99))))
        .containsExactly(Route.ALL, Route.UNTAGGED);
  }
}
