package org.newsflow.tag.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.newsflow.corpus.LabelledArticle;
import org.newsflow.model.TopicTag;
import org.newsflow.tag.Tagger;

/**
 * K-fold cross-validation: the articles are shuffled once (seeded), split into K folds, and each
 * fold is tagged by a tagger trained on the other K-1. Every article is predicted exactly once, by a
 * tagger that never saw it.
 */
public final class CrossValidation {

  private CrossValidation() {}

  /** Predictions in the order of {@code articles}. */
  public static List<List<TopicTag>> predict(List<LabelledArticle> articles, int folds, long seed,
      Function<List<LabelledArticle>, Tagger> train) {
    if (folds < 2 || folds > articles.size()) {
      throw new IllegalArgumentException("folds must be within 2.." + articles.size() + ", not " + folds);
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    List<List<TopicTag>> predictions = new ArrayList<>(Collections.nCopies(articles.size(), null));
    for (int fold = 0; fold < folds; fold++) {
      List<LabelledArticle> training = new ArrayList<>();
      List<Integer> heldOut = new ArrayList<>();
      for (int k = 0; k < order.size(); k++) {
        if (k % folds == fold) {
          heldOut.add(order.get(k));
        } else {
          training.add(articles.get(order.get(k)));
        }
      }
      Tagger tagger = train.apply(training);
      for (int i : heldOut) {
        LabelledArticle article = articles.get(i);
        predictions.set(i, tagger.tag(article.title(), article.body()));
      }
    }
    return predictions;
  }
}
