package org.newsflow.tag.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.Fixtures;
import org.newsflow.corpus.Corpora;
import org.newsflow.corpus.CorpusFormat;
import org.newsflow.corpus.LabelledArticle;
import org.newsflow.model.TopicTag;

class LinearModelTest {

  @Test
  void trainSaveLoadAndPredict(@TempDir Path dir) throws IOException {
    LinearModel model = Trainer.train(Fixtures.inventedCorpus(), Trainer.Options.defaults(), "test corpus");
    Path file = dir.resolve("topics.model");
    model.write(file);
    LinearModel loaded = LinearModel.read(file);

    assertThat(loaded.labels()).containsExactly("Money FX", "sport", "weather");
    assertThat(loaded.description()).isEqualTo("test corpus");
    String headline = "Derby report";
    String body = "The striker scored and the league leaders won the match";
    assertThat(loaded.probabilities(headline, body)).containsExactly(model.probabilities(headline, body));

    ModelTagger tagger = new ModelTagger(loaded);
    List<TopicTag> tags = tagger.tag(headline, body);
    assertThat(tags.get(0).code()).isEqualTo("sport");
    assertThat(tags.get(0).score()).isGreaterThan(0.5);
    assertThat(tagger.tag("Markets", "Investors sold shares as the central bank raised rates").get(0).code()).isEqualTo("Money FX");
    assertThat(tagger.taxonomy().topic("Money FX")).hasValueSatisfying(t -> assertThat(t.slug()).isEqualTo("money-fx"));
  }

  @Test
  void aFileThatIsNotAModelIsRefusedClearly(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "hello");
    assertThatThrownBy(() -> LinearModel.read(file)).isInstanceOf(IOException.class).hasMessageContaining("not a newsflow model");
  }

  @Test
  void featuresAreNormalisedAndIgnoreCase() {
    var features = new TextFeatures(16);
    float[] idf = new float[features.dimensions()];
    java.util.Arrays.fill(idf, 1f);
    SparseVector upper = features.vector("", "Central Bank RATES 2025", idf);
    SparseVector lower = features.vector("", "central bank rates 1987", idf);
    assertThat(upper.indices()).containsExactly(lower.indices());
    double norm = 0;
    for (float v : upper.values()) {
      norm += v * v;
    }
    assertThat(norm).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
  }

  @Test
  void slugsAreUrlSafe() {
    assertThat(ModelTagger.slug("Money FX")).isEqualTo("money-fx");
    assertThat(ModelTagger.slug("Économie / Finanzen")).isEqualTo("economie-finanzen");
    assertThatThrownBy(() -> ModelTagger.slug("!!!")).hasMessageContaining("!!!");
  }

  @Test
  void jsonlCorpusIsRead(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("labelled.jsonl");
    Files.writeString(file, "{\"id\": \"1\", \"title\": \"T\", \"body\": \"B\", \"labels\": [\"x\", \"y\"]}\n\n"
        + "{\"title\": \"T2\", \"body\": \"B2\", \"labels\": [\"z\"]}\n");
    var articles = Corpora.read(file, CorpusFormat.JSONL);
    assertThat(articles).extracting(LabelledArticle::labels).containsExactly(List.of("x", "y"), List.of("z"));
    Files.writeString(file, "{\"title\": \"T\", \"body\": \"B\"}\n");
    assertThatThrownBy(() -> Corpora.read(file, CorpusFormat.JSONL)).hasMessageContaining(":1");
  }
}
