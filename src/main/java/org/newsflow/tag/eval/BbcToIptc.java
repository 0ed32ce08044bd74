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
}
