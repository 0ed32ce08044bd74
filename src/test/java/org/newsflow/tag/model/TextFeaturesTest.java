package org.newsflow.tag.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsflow.tag.BundledModel;

class TextFeaturesTest {

  private final TextFeatures features = new TextFeatures(16);

  private static float[] ones(TextFeatures features) {
    float[] idf = new float[features.dimensions()];
    Arrays.fill(idf, 1f);
    return idf;
  }

  /** Thousands of distinct words: more than the per-article buffers start with. */
  private static String longArticle() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      text.append("word").append(Integer.toString(i, 36)).append(i % 7 == 0 ? ". " : " ");
    }
    return text.toString();
  }

  @Test
  void headlineWordsCountTwiceAndBodyWordsOnce() {
    assertThat(features.counts("Inflation", "")).hasSize(1).containsValue(2);
    assertThat(features.counts("", "Inflation")).hasSize(1).containsValue(1);
    assertThat(features.counts("Inflation", "inflation")).hasSize(1).containsValue(3);
    // Two words and their pair, which depends on their order.
    Map<Integer, Integer> forward = features.counts("", "inflation rises");
    Map<Integer, Integer> backward = features.counts("", "rises inflation");
    assertThat(forward).hasSize(3);
    assertThat(forward.keySet().stream().filter(backward::containsKey)).hasSize(2);
  }

  @Test
  void numbersAreOneWordEvenWithAPointOrCommaInside() {
    Map<Integer, Integer> number = features.counts("", "42");
    assertThat(features.counts("", "1,000")).isEqualTo(number);
    assertThat(features.counts("", "3.5")).isEqualTo(number);
    assertThat(features.counts("", "1.5.7")).isEqualTo(number);
    assertThat(features.counts("", "3 5")).as("two numbers and their pair").hasSize(2).containsValue(2);
    assertThat(features.counts("", "2.5bn")).as("a number and letters are a word").hasSize(1).doesNotContainKeys(number.keySet().toArray(Integer[]::new));
    assertThat(features.counts("", "2.5bn")).isEqualTo(features.counts("", "2.5BN"));
    assertThat(features.counts("", "2.5bn")).isNotEqualTo(features.counts("", "2.6bn"));
    assertThat(features.counts("", "v2.5")).as("a point joins only after a number").hasSize(3);
  }

  @Test
  void emptyAndMissingTextHaveNoFeatures() {
    assertThat(features.counts(null, null)).isEmpty();
    assertThat(features.vector("", "  ... ", ones(features)).size()).isZero();
  }

  @Test
  void aLongArticleKeepsEveryBucketItsCountsHave() {
    String text = longArticle();
    Map<Integer, Integer> counts = features.counts("", text);
    assertThat(counts.size()).isGreaterThan(4000);
    assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(3000 + 2999);
    SparseVector vector = features.vector("", text, ones(features));
    assertThat(vector.indices()).doesNotHaveDuplicates().hasSize(counts.size());
    assertThat(Arrays.stream(vector.indices()).boxed().toList()).containsExactlyInAnyOrderElementsOf(counts.keySet());
    double norm = 0;
    for (float v : vector.values()) {
      norm += v * v;
    }
    assertThat(norm).isCloseTo(1.0, within(1e-4));
  }

  @Test
  void anArticleAfterALongOneGetsTheSameFeaturesAsBefore() {
    float[] idf = ones(features);
    String headline = "Bank raises rates";
    String body = "The central bank raised interest rates by 0.25 points, its third rise this year.";
    SparseVector first = features.vector(headline, body, idf);
    features.vector("", longArticle(), idf);
    SparseVector again = features.vector(headline, body, idf);
    assertThat(again.indices()).containsExactly(first.indices());
    assertThat(again.values()).containsExactly(first.values());
    assertThat(new TextFeatures(16).vector(headline, body, idf).indices()).containsExactly(first.indices());
  }

  @Test
  void anArticleGetsTheSameCountsAfterArticlesOfAnySize() {
    String body = "The central bank raised interest rates by 0.25 points, its third rise this year.";
    Map<Integer, Integer> fresh = new TextFeatures(16).counts("Bank raises rates", body);
    for (int words : new int[] {3, 60, 200, 900, 3000, 5}) {
      StringBuilder before = new StringBuilder();
      for (int i = 0; i < words; i++) {
        before.append("w").append(Integer.toString(i, 36)).append(' ');
      }
      assertThat(features.counts("", before.toString())).hasSizeGreaterThanOrEqualTo(words);
      assertThat(features.counts("Bank raises rates", body)).as("after %d words", words).isEqualTo(fresh);
    }
  }

  @Test
  void scoringAnArticleDirectlyEqualsScoringItsVector() {
    LinearModel model = BundledModel.iptc();
    String[][] articles = {
      {"Chelsea win the cup", "The striker scored twice as Chelsea beat Arsenal 2-1 in the final at Wembley."},
      {"", ""},
      {"Shares fall", longArticle()},
      {"Niño", "Lluvias en el norte: el fenómeno de El Niño, según los meteorólogos."},
    };
    for (String[] article : articles) {
      assertThat(model.probabilities(article[0], article[1]))
          .containsExactly(model.probabilities(model.vector(article[0], article[1])));
    }
  }

  @Test
  void modelsOfAnyNumberOfLabelsScoreAnArticleAsTheyScoreItsVector() {
    java.util.Random random = new java.util.Random(7);
    TextFeatures small = new TextFeatures(10);
    float[] idf = new float[small.dimensions()];
    for (int f = 0; f < idf.length; f++) {
      idf[f] = random.nextInt(4) == 0 ? 0f : 1f + random.nextFloat() * 5f;
    }
    // Dense rows of 2, 4, 8 and 9 floats (idf and weights), and the sparse layout beyond 16 labels.
    for (int labels : new int[] {1, 3, 4, 7, 8, 16, 17}) {
      java.util.List<LinearModel.LabelWeights> weights = new java.util.ArrayList<>();
      for (int l = 0; l < labels; l++) {
        int[] indices = random.ints(200, 0, small.dimensions()).distinct().sorted().toArray();
        float[] values = new float[indices.length];
        for (int i = 0; i < values.length; i++) {
          values[i] = (float) random.nextGaussian();
        }
        weights.add(new LinearModel.LabelWeights("label " + l, (float) random.nextGaussian(), indices, values));
      }
      LinearModel model = new LinearModel("random", small, idf, weights);
      for (String[] article : new String[][] {{"Rates rise", "The bank raised rates by 0.5 points."}, {"", longArticle()}}) {
        double[] scores = model.probabilities(article[0], article[1]);
        assertThat(scores).as("%d labels", labels)
            .hasSize(labels).containsExactly(model.probabilities(model.vector(article[0], article[1])));
        // And what the weights say, summed label by label (another order, so only close).
        SparseVector x = model.vector(article[0], article[1]);
        java.util.Map<Integer, Float> value = new java.util.HashMap<>();
        for (int i = 0; i < x.size(); i++) {
          value.put(x.indices()[i], x.values()[i]);
        }
        for (int l = 0; l < labels; l++) {
          LinearModel.LabelWeights w = weights.get(l);
          double z = w.bias();
          for (int i = 0; i < w.indices().length; i++) {
            z += w.weights()[i] * value.getOrDefault(w.indices()[i], 0f);
          }
          assertThat(scores[l]).isCloseTo(1.0 / (1.0 + Math.exp(-LinearModel.SCORE_SLOPE * z)), within(1e-9));
        }
      }
    }
  }
}
