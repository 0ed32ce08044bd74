package org.newsflow.enrich.eval;

import java.util.Set;

/**
 * Precision and recall of predicted label sets against gold label sets, summed over documents
 * (micro-averaged): a label in both is a true positive, predicted only a false positive, gold only
 * a false negative. Undefined ratios (nothing predicted, nothing to find) are 0.
 */
public record SetScore(long truePositives, long falsePositives, long falseNegatives) {

  public static final SetScore ZERO = new SetScore(0, 0, 0);

  /** The score of one document. */
  public static SetScore of(Set<String> gold, Set<String> predicted) {
    long tp = predicted.stream().filter(gold::contains).count();
    return new SetScore(tp, predicted.size() - tp, gold.size() - tp);
  }

  public SetScore plus(SetScore other) {
    return new SetScore(truePositives + other.truePositives, falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(long part, long whole) {
    return whole == 0 ? 0 : (double) part / whole;
  }
}
