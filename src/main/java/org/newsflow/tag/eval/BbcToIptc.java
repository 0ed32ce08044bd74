package org.newsflow.tag.eval;

import java.util.Map;

/** The BBC News classes as IPTC Media Topics, as the corpus README maps them. */
public final class BbcToIptc {

  public static final Map<String, String> MAPPING = Map.of(
      "business", "medtop:04000000",
      "entertainment", "medtop:01000000",
      "politics", "medtop:11000000",
      "sport", "medtop:15000000",
      "tech", "medtop:13000000");

  private BbcToIptc() {}

  /** The same articles labelled with IPTC codes instead of BBC classes. */
  public static java.util.List<org.newsflow.corpus.LabelledArticle> relabel(java.util.List<org.newsflow.corpus.LabelledArticle> bbc) {
    return bbc.stream().map(a -> new org.newsflow.corpus.LabelledArticle(a.id(), a.title(), a.body(),
        a.labels().stream().map(MAPPING::get).toList())).toList();
  }
}
