package org.newsflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsflow.Fixtures;
import org.newsflow.model.Json;
import org.newsflow.pipeline.Annotation;

class ArticleGeneratorTest {

  @Test
  void theSameSeedGivesTheSameStories() {
    var a = new ArticleGenerator(7);
    var b = new ArticleGenerator(7);
    for (int i = 0; i < 20; i++) {
      assertThat(a.next()).isEqualTo(b.next());
    }
  }

  @Test
  void storiesAreVariedAndAboutAsLongAsANewsArticle() {
    var generator = new ArticleGenerator(1);
    Set<String> headlines = new HashSet<>();
    List<Integer> lengths = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      var story = generator.next();
      headlines.add(story.headline());
      lengths.add(story.body().length());
      assertThat(story.body()).contains("\n\n").matches("(?s)^[A-Z ]+ \\((Reuters|AP|AFP)\\) - .*");
    }
    assertThat(headlines).hasSizeGreaterThan(150);
    lengths.sort(Integer::compare);
    assertThat(lengths.get(100)).isBetween(1200, 3000);
  }

  @Test
  void generatedArticlesAreAnnotatedWithTheirDatelinePeopleAndQuotes() {
    var articles = BenchArticles.generated(30);
    var annotator = Fixtures.annotator();
    int people = 0;
    int quotes = 0;
    for (int i = 0; i < 30; i++) {
      var annotation = annotator.annotate(null, articles.raw(i, "g-" + i));
      assertThat(annotation).isInstanceOf(Annotation.Annotated.class);
      var article = ((Annotation.Annotated) annotation).article();
      assertThat(article.id()).isEqualTo("g-" + i);
      assertThat(article.dateline()).isNotNull();
      people += article.entities().people().size();
      quotes += article.quotes().size();
    }
    assertThat(people).isPositive();
    assertThat(quotes).isPositive();
  }

  @Test
  void theLoopGivesFreshIdsAndLengthScalingReachesItsMultiple() throws Exception {
    var articles = BenchArticles.generated(10);
    assertThat(Json.mapper().readTree(articles.raw(13, "x-13")).get("id").asText()).isEqualTo("x-13");
    assertThat(Json.mapper().readTree(articles.raw(13, "x-13")).get("body").asText())
        .isEqualTo(Json.mapper().readTree(articles.raw(3, "x-3")).get("body").asText());
    int median = articles.medianLength();
    for (int times : new int[] {1, 4, 16}) {
      var scaled = articles.scaled(times, 3);
      assertThat(scaled).hasSize(3);
      for (byte[] raw : scaled) {
        int length = Json.mapper().readTree(new String(raw, StandardCharsets.UTF_8)).get("body").asText().length();
        assertThat(length).isBetween(median * times, median * times + 2000);
      }
    }
  }
}
