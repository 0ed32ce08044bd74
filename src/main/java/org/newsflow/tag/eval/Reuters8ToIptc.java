package org.newsflow.tag.eval;

import java.util.Map;

/**
 * Seven of the eight largest Reuters-21578 topics as the IPTC subtopics that mean the same, to score
 * the default tagger's subtopics on news it was never built from. {@code ship} has no subtopic in the
 * bundled taxonomy, so its stories are left out.
 */
public final class Reuters8ToIptc {

  public static final Map<String, String> MAPPING = Map.of(
      "earn", "medtop:20000178",      // corporate earnings
      "acq", "medtop:20000204",       // merger or acquisition
      "crude", "medtop:20000256",     // energy and resource
      "trade", "medtop:20000373",     // international trade
      "money-fx", "medtop:20000385",  // market and exchange (foreign exchange market is its child)
      "interest", "medtop:20000371",  // interest rate
      "grain", "medtop:20000386");    // commodity market

  private Reuters8ToIptc() {}
}
