package org.newsflow.corpus;

import java.util.List;

/** An article with the labels a person gave it, for training and evaluation. */
public record LabelledArticle(String id, String title, String body, List<String> labels) {

  public LabelledArticle {
    labels = List.copyOf(labels);
  }
}
