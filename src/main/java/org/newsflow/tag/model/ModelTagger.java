package org.newsflow.tag.model;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsflow.model.TopicTag;
import org.newsflow.tag.Tagger;
import org.newsflow.tag.Taxonomy;
import org.newsflow.tag.TopicTags;
import org.newsflow.tag.TaxonomyTopic;

/**
 * Tags with a trained {@link LinearModel}: each label becomes a topic whose code and label are the
 * label itself and whose route slug is the label made URL-safe ({@code money-fx}, {@code tech}).
 */
public final class ModelTagger implements Tagger {

  static final double MIN_SCORE = 0.1;
  static final int MAX_TAGS = 8;
  public static final double DEFAULT_THRESHOLD = 0.5;

  private final LinearModel model;
  /** The model's labels, listed once: {@link LinearModel#labels()} builds the list on every call. */
  private final List<String> labels;
  private final Taxonomy taxonomy;

  public ModelTagger(LinearModel model) {
    this.model = model;
    this.labels = model.labels();
    List<TaxonomyTopic> topics = new ArrayList<>();
    for (String label : labels) {
      topics.add(new TaxonomyTopic(label, label, slug(label), null, null));
    }
    this.taxonomy = new Taxonomy(model.description(), DEFAULT_THRESHOLD, topics);
  }

  public LinearModel model() {
    return model;
  }

  @Override
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  @Override
  public List<TopicTag> tag(String headline, String body) {
    double[] p = model.probabilities(headline, body);
    List<TopicTag> tags = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      if (p[i] >= MIN_SCORE) {
        tags.add(new TopicTag(labels.get(i), labels.get(i), TopicTags.round(p[i])));
      }
    }
    return TopicTags.best(tags, MAX_TAGS);
  }

  /** "Money FX" becomes "money-fx"; "Économie" becomes "economie". */
  public static String slug(String label) {
    String ascii = Normalizer.normalize(label, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.isEmpty()) {
      throw new IllegalArgumentException("label '" + label + "' has no letters or digits to name a topic by");
    }
    return slug;
  }
}
