package org.newsflow.tag.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsflow.model.TopicTag;

/**
 * Scores tagging against gold labels. Top-1 accuracy asks whether the best tag of all is a gold
 * label; a second figure asks the same of the best tag among the corpus's labels. An article's
 * predicted labels are its tags scoring at least
 * the threshold, and always its best tag (every evaluated article has a label); only labels of the
 * evaluated label set are scored, so a tag the corpus has no word for is neither right nor wrong.
 */
public final class Evaluation {

  /** Precision, recall and F1 of one label, with its number of gold articles. */
  public record LabelScore(String label, double precision, double recall, double f1, int support) {}

  /** How often tags scoring in [from, to) were right. */
  public record Bucket(double from, double to, int tags, int right) {
    public double rightRate() {
      return tags == 0 ? Double.NaN : (double) right / tags;
    }
  }

  /** All figures of one evaluation. */
  public record Report(int articles, double top1Accuracy, double top1AmongLabels, double microPrecision, double microRecall,
      double microF1, double macroF1, List<LabelScore> labels, Map<String, Map<String, Integer>> confusion,
      List<Bucket> calibration, Map<String, Integer> bestOutsideLabels) {}

  public static final String NONE = "(none)";
  private static final int BUCKETS = 10;

  private Evaluation() {}

  public static Report evaluate(List<Set<String>> gold, List<List<TopicTag>> predicted, double threshold) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(gold.size() + " gold label sets for " + predicted.size() + " predictions");
    }
    Set<String> labelSet = new TreeSet<>();
    gold.forEach(labelSet::addAll);
    Map<String, int[]> counts = new LinkedHashMap<>(); // tp, fp, fn
    labelSet.forEach(l -> counts.put(l, new int[3]));
    Map<String, Map<String, Integer>> confusion = new TreeMap<>();
    int[][] buckets = new int[BUCKETS][2];
    int top1Right = 0;
    int top1AmongRight = 0;
    Map<String, Integer> bestOutside = new TreeMap<>();
    for (int i = 0; i < gold.size(); i++) {
      Set<String> truth = gold.get(i);
      List<TopicTag> tags = predicted.get(i).stream().filter(t -> labelSet.contains(t.code())).toList();
      String top = tags.isEmpty() ? NONE : tags.get(0).code();
      if (truth.contains(top)) {
        top1AmongRight++;
      }
      if (!predicted.get(i).isEmpty() && truth.contains(predicted.get(i).get(0).code())) {
        top1Right++;
      } else if (!predicted.get(i).isEmpty() && !labelSet.contains(predicted.get(i).get(0).code())) {
        bestOutside.merge(predicted.get(i).get(0).code(), 1, Integer::sum);
      }
      if (truth.size() == 1) {
        confusion.computeIfAbsent(truth.iterator().next(), k -> new TreeMap<>()).merge(top, 1, Integer::sum);
      }
      Set<String> chosen = new HashSet<>();
      if (!tags.isEmpty()) {
        chosen.add(top);
      }
      for (TopicTag tag : tags) {
        if (tag.score() >= threshold) {
          chosen.add(tag.code());
        }
        int bucket = Math.min(BUCKETS - 1, (int) Math.floor(tag.score() * BUCKETS));
        buckets[bucket][0]++;
        if (truth.contains(tag.code())) {
          buckets[bucket][1]++;
        }
      }
      for (String label : chosen) {
        counts.get(label)[truth.contains(label) ? 0 : 1]++;
      }
      for (String label : truth) {
        if (!chosen.contains(label)) {
          counts.get(label)[2]++;
        }
      }
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    double macro = 0;
    List<LabelScore> scores = new ArrayList<>();
    for (var e : counts.entrySet()) {
      int[] c = e.getValue();
      tp += c[0];
      fp += c[1];
      fn += c[2];
      double p = ratio(c[0], c[0] + c[1]);
      double r = ratio(c[0], c[0] + c[2]);
      double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
      macro += f1;
      scores.add(new LabelScore(e.getKey(), p, r, f1, c[0] + c[2]));
    }
    double microP = ratio(tp, tp + fp);
    double microR = ratio(tp, tp + fn);
    double microF1 = microP + microR == 0 ? 0 : 2 * microP * microR / (microP + microR);
    List<Bucket> calibration = new ArrayList<>();
    for (int b = 0; b < BUCKETS; b++) {
      calibration.add(new Bucket((double) b / BUCKETS, (double) (b + 1) / BUCKETS, buckets[b][0], buckets[b][1]));
    }
    return new Report(gold.size(), ratio(top1Right, gold.size()), ratio(top1AmongRight, gold.size()), microP, microR, microF1,
        counts.isEmpty() ? 0 : macro / counts.size(), scores, confusion, calibration, bestOutside);
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }
}
