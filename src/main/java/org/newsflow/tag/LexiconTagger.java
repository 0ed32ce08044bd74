package org.newsflow.tag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsflow.model.TopicTag;

/**
 * Tags an article with every taxonomy topic its vocabulary supports. Each matched term adds its
 * weight (repeats add less, headline matches count double); a topic's evidence is turned into a
 * score in [0, 1] with a saturating curve that is scaled to the article's length, so a long story
 * needs proportionally more evidence than a brief. Children pull their parent in.
 */
public final class LexiconTagger implements Tagger {

  /** Evidence at which a short article's score reaches 1 - 1/e (about 0.63); chosen so that scores track how often a tag is right. */
  static final double EVIDENCE_SCALE = 10.0;
  /** Words after which the evidence needed doubles. */
  static final double LENGTH_SCALE = 600.0;
  static final double HEADLINE_WEIGHT = 2.0;
  static final double MIN_SCORE = 0.15;
  static final int MAX_TAGS = 8;

  /** A term of one topic; {@code id} numbers the rules, {@code topic} indexes the taxonomy's topics. */
  private record Rule(int id, int topic, String[] words, boolean prefix, double weight) {}

  private final Taxonomy taxonomy;
  private final double evidenceScale;
  private final double lengthScale;
  private final Map<String, List<Rule>> exactByFirstWord = new HashMap<>();
  /**
   * Single-word prefix rules by their first two characters when those are ASCII (all of the bundled
   * ones), so a word is only tried against its own; the others are tried against every word.
   */
  @SuppressWarnings("unchecked")
  private final List<Rule>[] prefixRulesByFirstTwo = new List[128 * 128];
  private final List<Rule> otherPrefixRules = new ArrayList<>();
  private final List<TaxonomyTopic> topics;
  /** Each topic's parent's index, or -1. */
  private final int[] parents;
  private int ruleCount;

  public LexiconTagger(Taxonomy taxonomy) {
    this(taxonomy, EVIDENCE_SCALE, LENGTH_SCALE);
  }

  LexiconTagger(Taxonomy taxonomy, double evidenceScale, double lengthScale) {
    this.taxonomy = taxonomy;
    this.evidenceScale = evidenceScale;
    this.lengthScale = lengthScale;
    this.topics = taxonomy.topics();
    this.parents = new int[topics.size()];
    for (int t = 0; t < topics.size(); t++) {
      String parent = topics.get(t).parent();
      parents[t] = parent == null ? -1 : topics.indexOf(taxonomy.topic(parent).orElse(null));
    }
    for (int t = 0; t < topics.size(); t++) {
      int topicIndex = t;
      topics.get(t).terms().forEach((term, weight) -> {
        String normalized = term.strip().toLowerCase(Locale.ROOT);
        boolean prefix = normalized.endsWith("*");
        String[] words = (prefix ? normalized.substring(0, normalized.length() - 1) : normalized).split("\\s+");
        Rule rule = new Rule(ruleCount++, topicIndex, words, prefix, weight);
        if (prefix && words.length == 1) {
          int slot = asciiPair(words[0]);
          if (slot < 0) {
            otherPrefixRules.add(rule);
          } else {
            if (prefixRulesByFirstTwo[slot] == null) {
              prefixRulesByFirstTwo[slot] = new ArrayList<>();
            }
            prefixRulesByFirstTwo[slot].add(rule);
          }
        } else {
          exactByFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(rule);
        }
      });
    }
  }

  @Override
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  @Override
  public List<TopicTag> tag(String headline, String body) {
    // Matches per rule (weighted by where they occur), and the rules that matched at all.
    double[] hits = new double[ruleCount];
    List<Rule> matched = new ArrayList<>();
    match(words(headline), HEADLINE_WEIGHT, hits, matched);
    String[] bodyWords = words(body);
    match(bodyWords, 1.0, hits, matched);
    double lengthFactor = 1.0 + bodyWords.length / lengthScale;
    double[] evidence = new double[topics.size()];
    for (Rule rule : matched) {
      evidence[rule.topic()] += rule.weight() * (1.0 + Math.log(hits[rule.id()]));
    }
    double[] scores = new double[topics.size()];
    for (int t = 0; t < scores.length; t++) {
      scores[t] = evidence[t] == 0 ? 0 : 1.0 - Math.exp(-evidence[t] / (evidenceScale * lengthFactor));
    }
    // A child topic implies its parent, at least as strongly.
    for (int t = 0; t < scores.length; t++) {
      if (parents[t] >= 0) {
        scores[parents[t]] = Math.max(scores[parents[t]], scores[t]);
      }
    }
    List<TopicTag> tags = new ArrayList<>();
    for (int t = 0; t < scores.length; t++) {
      if (scores[t] >= MIN_SCORE) {
        tags.add(new TopicTag(topics.get(t).code(), topics.get(t).label(), TopicTags.round(scores[t])));
      }
    }
    return TopicTags.best(tags, MAX_TAGS);
  }

  /**
   * Lower-cased words: letters and digits joined across an inner apostrophe or hyphen. A hand-written
   * scan rather than the regex tokenizer, because the tagger runs on every article.
   */
  static String[] words(String text) {
    if (text == null || text.isEmpty()) {
      return new String[0];
    }
    List<String> words = new ArrayList<>(text.length() / 5);
    int length = text.length();
    char[] lower = new char[length];
    int i = 0;
    while (i < length) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      // Lower-cased while scanning: one string per word instead of a substring and its lower-case copy.
      int n = 0;
      while (i < length) {
        char c = text.charAt(i);
        if (Character.isLetterOrDigit(c)) {
          lower[n++] = Character.toLowerCase(c);
          i++;
        } else if ((c == '-' || c == '\'' || c == '’') && i + 1 < length && Character.isLetterOrDigit(text.charAt(i + 1))) {
          lower[n++] = c;
          i++;
        } else {
          break;
        }
      }
      words.add(new String(lower, 0, n));
    }
    return words.toArray(new String[0]);
  }

  private void match(String[] words, double weight, double[] hits, List<Rule> matched) {
    for (int i = 0; i < words.length; i++) {
      List<Rule> candidates = exactByFirstWord.get(words[i]);
      if (candidates != null) {
        for (Rule rule : candidates) {
          if (matchesAt(words, i, rule)) {
            hit(rule, weight, hits, matched);
          }
        }
      }
      int slot = asciiPair(words[i]);
      if (slot >= 0 && prefixRulesByFirstTwo[slot] != null) {
        for (Rule rule : prefixRulesByFirstTwo[slot]) {
          if (words[i].startsWith(rule.words()[0])) {
            hit(rule, weight, hits, matched);
          }
        }
      }
      for (Rule rule : otherPrefixRules) {
        if (words[i].startsWith(rule.words()[0])) {
          hit(rule, weight, hits, matched);
        }
      }
    }
  }

  /** The slot of a word's first two characters, or -1 when it is shorter or they are not ASCII. */
  private static int asciiPair(String word) {
    if (word.length() < 2) {
      return -1;
    }
    char first = word.charAt(0);
    char second = word.charAt(1);
    return first < 128 && second < 128 ? first * 128 + second : -1;
  }

  private static void hit(Rule rule, double weight, double[] hits, List<Rule> matched) {
    if (hits[rule.id()] == 0) {
      matched.add(rule);
    }
    hits[rule.id()] += weight;
  }

  private static boolean matchesAt(String[] words, int start, Rule rule) {
    String[] pattern = rule.words();
    if (start + pattern.length > words.length) {
      return false;
    }
    for (int j = 1; j < pattern.length; j++) {
      String expected = pattern[j];
      boolean last = j == pattern.length - 1;
      if (last && rule.prefix() ? !words[start + j].startsWith(expected) : !words[start + j].equals(expected)) {
        return false;
      }
    }
    return true;
  }
}
