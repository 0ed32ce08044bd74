package org.newsflow.tag.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsflow.corpus.LabelledArticle;
import org.newsflow.model.TopicTag;
import org.newsflow.tag.Tagger;
import org.newsflow.tag.Taxonomy;

class EvaluationTest {

  private static TopicTag tag(String code, double score) {
    return new TopicTag(code, code, score);
  }

  /**
   * Four articles worked by hand. Threshold 0.5; the best tag always counts.
   * 1 gold {a}:   a 0.9, b 0.6      -> predicted {a, b}: a tp, b fp
   * 2 gold {b}:   a 0.7, b 0.2      -> predicted {a}:    a fp, b fn
   * 3 gold {a,b}: b 0.8, x 0.99     -> x is not a corpus label; predicted {b}: b tp, a fn
   * 4 gold {b}:   (no tags)         -> predicted {}:     b fn
   * a: tp 1, fp 1, fn 1 -> P 0.5, R 0.5, F1 0.5;  b: tp 1, fp 1, fn 2 -> P 0.5, R 1/3, F1 0.4
   * micro: tp 2, fp 2, fn 3 -> P 0.5, R 0.4, F1 4/9; macro F1 0.45
   * top-1 of all: 1 right (a), 2 wrong, 3 wrong (x), 4 none -> 1/4; among labels: 1, 3 -> 2/4
   */
  @Test
  void figuresOfAHandWorkedExample() {
    List<Set<String>> gold = List.of(Set.of("a"), Set.of("b"), Set.of("a", "b"), Set.of("b"));
    List<List<TopicTag>> predicted = List.of(
        List.of(tag("a", 0.9), tag("b", 0.6)),
        List.of(tag("a", 0.7), tag("b", 0.2)),
        List.of(tag("x", 0.99), tag("b", 0.8)),
        List.of());

    var report = Evaluation.evaluate(gold, predicted, 0.5);

    assertThat(report.top1Accuracy()).isEqualTo(0.25);
    assertThat(report.top1AmongLabels()).isEqualTo(0.5);
    assertThat(report.microPrecision()).isCloseTo(0.5, within(1e-9));
    assertThat(report.microRecall()).isCloseTo(0.4, within(1e-9));
    assertThat(report.microF1()).isCloseTo(4.0 / 9, within(1e-9));
    assertThat(report.labels()).extracting(Evaluation.LabelScore::label).containsExactly("a", "b");
    var a = report.labels().get(0);
    var b = report.labels().get(1);
    assertThat(a.precision()).isEqualTo(0.5);
    assertThat(a.recall()).isEqualTo(0.5);
    assertThat(a.support()).isEqualTo(2);
    assertThat(b.precision()).isEqualTo(0.5);
    assertThat(b.recall()).isCloseTo(1.0 / 3, within(1e-9));
    assertThat(b.support()).isEqualTo(3);
    assertThat(report.macroF1()).isCloseTo(0.45, within(1e-9));
    // Confusion counts single-label articles only: 1 (a -> a), 2 (b -> a), 4 (b -> none).
    assertThat(report.confusion().get("a")).containsEntry("a", 1);
    assertThat(report.confusion().get("b")).containsEntry("a", 1).containsEntry(Evaluation.NONE, 1);
    // Calibration over corpus-label tags: 0.9 a right, 0.6 b wrong, 0.7 a wrong, 0.2 b right, 0.8 b right.
    assertThat(report.calibration().get(9).tags()).isEqualTo(1);
    assertThat(report.calibration().get(9).right()).isEqualTo(1);
    assertThat(report.calibration().get(6).right()).isZero();
    assertThat(report.calibration().get(2).rightRate()).isEqualTo(1.0);
  }

  @Test
  void crossValidationPredictsEachArticleOnceByATaggerThatNeverSawIt() {
    List<LabelledArticle> articles = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      articles.add(new LabelledArticle("id" + i, "t", "b", List.of("l")));
    }
    List<Set<String>> trainedOn = new ArrayList<>();
    var predictions = CrossValidation.predict(articles, 5, 1L, training -> {
      Set<String> ids = new java.util.HashSet<>();
      training.forEach(a -> ids.add(a.id()));
      trainedOn.add(ids);
      return new Tagger() {
        @Override
        public List<TopicTag> tag(String headline, String body) {
          return List.of(new TopicTag("fold" + trainedOn.size(), "x", 1.0));
        }

        @Override
        public Taxonomy taxonomy() {
          return Taxonomy.bundled();
        }
      };
    });
    assertThat(trainedOn).hasSize(5).allSatisfy(ids -> assertThat(ids).hasSize(8));
    assertThat(predictions).hasSize(10).doesNotContainNull();
    for (int i = 0; i < 10; i++) {
      int fold = Integer.parseInt(predictions.get(i).get(0).code().substring(4)) - 1;
      assertThat(trainedOn.get(fold)).doesNotContain("id" + i);
    }
  }
}
