package org.newsflow.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsflow.ArticleSchema;
import org.newsflow.Fixtures;
import org.newsflow.ingest.ArticleFiles;
import org.newsflow.kafka.Topics;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.model.Json;
import org.newsflow.tag.Taxonomy;

/**
 * Every seed against what an editor expects of it (src/test/resources/seeds-expected.tsv): the
 * malformed ones fail, the others have the right language, dateline country, main topic and the
 * subtopics an editor would route them to.
 */
class SeedsTest {

  record Expectation(String file, int line, List<String> topics, String language, String country, List<String> subtopics) {
    @Override
    public String toString() {
      return line == 0 ? file : file + "#" + line;
    }
  }

  static Stream<Expectation> expectations() throws IOException {
    var lines = Files.readAllLines(Path.of("src/test/resources/seeds-expected.tsv"), StandardCharsets.UTF_8);
    return lines.stream().skip(1).filter(l -> !l.isBlank()).map(l -> {
      String[] f = l.split("\t");
      String[] file = f[0].split("#");
      return new Expectation(file[0], file.length > 1 ? Integer.parseInt(file[1]) : 0, List.of(f[1].split("\\|")),
          f[2], f[3], f[4].equals("-") ? List.of() : List.of(f[4].split("\\|")));
    });
  }

  private static byte[] raw(Expectation e) throws IOException {
    byte[] bytes = Fixtures.seed(e.file());
    if (e.line() == 0) {
      return bytes;
    }
    return new String(bytes, StandardCharsets.UTF_8).split("\n")[e.line() - 1].getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void theOriginalSeedIsCopiedUnchanged() throws IOException {
    Path original = Path.of("../shared/seeds", Fixtures.SEED_ARTICLE);
    assumeTrue(Files.exists(original), "the shared seeds are not beside the repository");
    assertThat(Files.readAllBytes(Fixtures.SEEDS.resolve(Fixtures.SEED_ARTICLE))).isEqualTo(Files.readAllBytes(original));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("expectations")
  void seedIsAnnotatedAsAnEditorWouldExpect(Expectation expected) throws IOException {
    Annotation annotation = Fixtures.annotator().annotate(null, raw(expected));
    if (expected.topics().equals(List.of("DLQ"))) {
      assertThat(annotation).isInstanceOf(Annotation.Failed.class);
      return;
    }
    assertThat(annotation).isInstanceOf(Annotation.Annotated.class);
    EnrichedArticle article = ((Annotation.Annotated) annotation).article();
    assertThat(ArticleSchema.errors(Json.mapper().writeValueAsBytes(article))).isEmpty();
    assertThat(article.language()).isEqualTo(expected.language());
    if (expected.country().equals("-")) {
      assertThat(article.dateline()).isNull();
    } else {
      assertThat(article.dateline().place().countryCode()).isEqualTo(expected.country());
    }
    if (article.language().equals("en")) {
      // The bundled lexicon is English: other languages are routed by what they share with it, if anything.
      var taxonomy = Taxonomy.bundled();
      String topSlug = taxonomy.topic(article.topics().get(0).code()).orElseThrow().slug();
      assertThat(expected.topics()).contains(topSlug);
      assertThat(Fixtures.router().routes(article)).extracting(Topics::nameOf)
          .contains(Topics.routed(expected.topics().get(0)).name())
          .containsAll(expected.subtopics().stream().map(slug -> Topics.routed(slug).name()).toList());
    }
    assertThat(article.headline()).isNotBlank();
    assertThat(article.summary()).isNotBlank();
  }

  @Test
  void seedsCoverTheFormatsTopicsAndMalformedInputsTheDemoNeeds() throws IOException {
    var listing = ArticleFiles.read(List.of(Fixtures.SEEDS));
    assertThat(listing.articles()).hasSizeGreaterThanOrEqualTo(19);
    long topics = expectations().flatMap(e -> e.topics().stream()).filter(t -> !t.equals("DLQ")).distinct().count();
    assertThat(topics).isGreaterThanOrEqualTo(10);
    assertThat(expectations().filter(e -> e.topics().contains("DLQ"))).hasSizeGreaterThanOrEqualTo(2);
    assertThat(expectations().map(Expectation::file).map(f -> f.toLowerCase(Locale.ROOT)))
        .anyMatch(f -> f.endsWith(".json")).anyMatch(f -> f.endsWith(".jsonl"));
  }
}
