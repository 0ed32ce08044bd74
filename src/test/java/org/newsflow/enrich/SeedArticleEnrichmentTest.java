package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsflow.Fixtures;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.Mention;
import org.newsflow.model.PlaceMention;
import org.newsflow.model.Quote;
import org.newsflow.model.TopicTag;
import org.newsflow.pipeline.Annotation;

/** What the issue asks a correct run to show for the original seed article. */
class SeedArticleEnrichmentTest {

  private static EnrichedArticle seed;

  @BeforeAll
  static void annotateSeed() {
    Annotation annotation = Fixtures.annotator().annotate(null, Fixtures.seed(Fixtures.SEED_ARTICLE));
    assertThat(annotation).isInstanceOf(Annotation.Annotated.class);
    seed = ((Annotation.Annotated) annotation).article();
  }

  @Test
  void dateDatelineAndAgency() {
    assertThat(seed.publishedDate()).isEqualTo(LocalDate.of(2025, 1, 17));
    assertThat(seed.dateline().text()).isEqualTo("WASHINGTON (AP)");
    assertThat(seed.dateline().place().countryCode()).isEqualTo("US");
    assertThat(seed.dateline().place().lat()).isBetween(38.0, 39.5);
    assertThat(seed.agency()).isEqualTo("AP");
    assertThat(seed.language()).isEqualTo("en");
  }

  @Test
  void people() {
    assertThat(seed.entities().people()).extracting(Mention::name)
        .contains("Donald Trump", "Xi Jinping", "Joe Biden", "Han Zheng")
        .doesNotContain("Trump", "Xi", "President Xi", "He", "Despite", "Experts", "Chinese");
    Mention trump = seed.entities().people().get(0);
    assertThat(trump.name()).isEqualTo("Donald Trump");
    assertThat(trump.mentions()).isGreaterThan(10);
  }

  @Test
  void placesWithCountries() {
    assertThat(seed.entities().places()).extracting(PlaceMention::name).contains("China", "Taiwan", "Ukraine");
    assertThat(seed.entities().places()).filteredOn(p -> p.name().equals("Taiwan"))
        .extracting(PlaceMention::countryCode).containsExactly("TW");
    assertThat(seed.entities().places()).extracting(PlaceMention::countryCode).contains("US", "CN", "UA");
  }

  @Test
  void organizations() {
    assertThat(seed.entities().organizations()).extracting(Mention::name)
        .anyMatch(name -> name.endsWith("Supreme Court"))
        .contains("TikTok")
        .anyMatch(name -> name.contains("Foreign Ministry"));
  }

  @Test
  void quotesAttributedToXiAndTrump() {
    assertThat(seed.quotes()).extracting(Quote::speaker).contains("Xi Jinping", "Donald Trump");
    assertThat(seed.quotes()).filteredOn(q -> q.text().startsWith("Confrontation and conflict"))
        .extracting(Quote::speaker).containsExactly("Xi Jinping");
    assertThat(seed.quotes()).filteredOn(q -> q.text().startsWith("President Xi and I"))
        .extracting(Quote::speaker).containsExactly("Donald Trump");
    assertThat(seed.quotes()).extracting(Quote::text).doesNotContain("Meet the Press");
  }

  @Test
  void topicsLedByPoliticsWithEconomyAmongThem() {
    assertThat(seed.topics().get(0).code()).isEqualTo("medtop:11000000");
    assertThat(seed.topics()).extracting(TopicTag::code).contains("medtop:04000000");
    assertThat(seed.topics()).allSatisfy(t -> assertThat(t.score()).isBetween(0.0, 1.0));
  }

  @Test
  void statsSummaryAndKeywords() {
    assertThat(seed.stats().words()).isBetween(600, 700);
    assertThat(seed.stats().sentences()).isBetween(25, 40);
    assertThat(seed.stats().readingTimeSeconds()).isEqualTo(Math.round(seed.stats().words() * 60f / 230));
    assertThat(seed.summary()).startsWith("President-elect Donald Trump").endsWith(".");
    assertThat(seed.body()).contains(seed.summary());
    assertThat(seed.keywords()).extracting(k -> k.term().toLowerCase(java.util.Locale.ROOT))
        .contains("trump", "trade", "tiktok")
        .noneMatch(term -> term.matches("\\d+|the|and|said"));
    assertThat(seed.keywords().get(0).score()).isEqualTo(1.0);
  }
}
