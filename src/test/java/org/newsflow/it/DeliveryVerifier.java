package org.newsflow.it;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares what each output topic should hold (topic to article ids, from the pure functions) with
 * the keys read back from it: which ids are missing (lost), which arrived more than once
 * (duplicated, with their counts) and which arrived on a topic they were not routed to (strays).
 * Pure, so the arithmetic that decides the crash tests is itself unit-tested.
 */
final class DeliveryVerifier {

  /** The outcome, topic by topic; every map is sorted, so reports read the same every run. */
  record Report(int expectedRecords, int receivedRecords, Map<String, Set<String>> lost,
      Map<String, Map<String, Integer>> duplicated, Map<String, Set<String>> strays) {

    boolean exactlyOnce() {
      return lost.isEmpty() && duplicated.isEmpty() && strays.isEmpty();
    }

    /** Ids missing from at least one topic they were routed to. */
    Set<String> lostIds() {
      return union(lost.values());
    }

    /** Ids that arrived more than once on at least one topic. */
    Set<String> duplicatedIds() {
      Set<String> ids = new TreeSet<>();
      duplicated.values().forEach(counts -> ids.addAll(counts.keySet()));
      return ids;
    }

    /** Records beyond the first of each id on each topic. */
    int duplicateRecords() {
      return duplicated.values().stream().flatMap(counts -> counts.values().stream()).mapToInt(n -> n - 1).sum();
    }

    String summary() {
      StringBuilder text = new StringBuilder(String.format(java.util.Locale.ROOT,
          "expected %d records, received %d; lost ids %d, duplicated ids %d (%d extra records), strays %d",
          expectedRecords, receivedRecords, lostIds().size(), duplicatedIds().size(), duplicateRecords(),
          union(strays.values()).size()));
      lost.forEach((topic, ids) -> text.append("\n  lost on ").append(topic).append(": ").append(sample(ids)));
      duplicated.forEach((topic, counts) -> text.append("\n  duplicated on ").append(topic).append(": ")
          .append(sample(counts.keySet())));
      strays.forEach((topic, ids) -> text.append("\n  strays on ").append(topic).append(": ").append(sample(ids)));
      return text.toString();
    }

    private static String sample(Set<String> ids) {
      return ids.size() + " " + ids.stream().limit(5).toList() + (ids.size() > 5 ? "..." : "");
    }

    private static Set<String> union(Collection<Set<String>> sets) {
      Set<String> ids = new TreeSet<>();
      sets.forEach(ids::addAll);
      return ids;
    }
  }

  private DeliveryVerifier() {}

  /**
   * @param expected topic to the ids that must appear on it exactly once; a topic absent here must
   *     receive nothing
   * @param received topic to the keys read from it, repeats included
   */
  static Report verify(Map<String, Set<String>> expected, Map<String, List<String>> received) {
    Map<String, Set<String>> lost = new TreeMap<>();
    Map<String, Map<String, Integer>> duplicated = new TreeMap<>();
    Map<String, Set<String>> strays = new TreeMap<>();
    int receivedRecords = 0;
    for (var entry : received.entrySet()) {
      String topic = entry.getKey();
      Set<String> wanted = expected.getOrDefault(topic, Set.of());
      Map<String, Integer> counts = new HashMap<>();
      for (String key : entry.getValue()) {
        counts.merge(String.valueOf(key), 1, Integer::sum);
        receivedRecords++;
      }
      counts.forEach((id, count) -> {
        if (!wanted.contains(id)) {
          strays.computeIfAbsent(topic, t -> new TreeSet<>()).add(id);
        }
        if (count > 1) {
          duplicated.computeIfAbsent(topic, t -> new TreeMap<>()).put(id, count);
        }
      });
    }
    int expectedRecords = 0;
    for (var entry : expected.entrySet()) {
      expectedRecords += entry.getValue().size();
      List<String> keys = received.getOrDefault(entry.getKey(), List.of());
      Set<String> seen = new HashSet<>(keys);
      for (String id : entry.getValue()) {
        if (!seen.contains(id)) {
          lost.computeIfAbsent(entry.getKey(), t -> new TreeSet<>()).add(id);
        }
      }
    }
    return new Report(expectedRecords, receivedRecords, lost, duplicated, strays);
  }
}
