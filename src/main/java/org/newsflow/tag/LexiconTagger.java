package org.newsflow.tag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
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

  private final Taxonomy taxonomy;
  private final double evidenceScale;
  private final double lengthScale;
  private final List<TaxonomyTopic> topics;
  /** Each topic's parent's index, or -1. */
  private final int[] parents;

  /*
   * The terms as rules, numbered in the order they are read. Arrays indexed by rule and word ids
   * rather than objects and maps, because every word of every article is looked up here.
   */
  /**
   * The words a term must match exactly: every word of a phrase but a prefix rule's last. Each
   * word's payload is the rules (exact ones, and prefix phrases) it is the first word of, in rule
   * order, as pairs: the rule, and the id of its second word if that must match exactly, else
   * {@link #PREFIX_NEXT} or {@link #FIRST_WORD_ONLY}.
   */
  private final WordTable words;
  /** In place of a second word's id: the rule goes on with a prefix. */
  private static final int PREFIX_NEXT = -1;
  /**
   * In place of a second word's id: the first word is the whole rule (most rules), so it matches
   * without reading the rule's other arrays, which cost two cache misses per rule after enrichment.
   */
  private static final int FIRST_WORD_ONLY = -2;
  private final int[] ruleTopic;
  private final double[] ruleWeight;
  /** The ids of a phrase's words after the first (a prefix rule's last word excluded). */
  private final int[][] ruleNextWords;
  /** A prefix rule's last word, which an article's word need only start with; null for exact rules. */
  private final char[][] rulePrefix;
  /**
   * Single-word prefix rules by their first two characters when those are ASCII (all of the bundled
   * ones), so a word is only tried against its own; the others are tried against every word. A
   * slot without rules holds an empty array: {@link #prefixTriples} is hashed and may send a word
   * to any slot.
   */
  private final int[][] prefixRulesByFirstTwo = new int[128 * 128][];
  /**
   * A bit per slot of {@link #prefixRulesByFirstTwo} that has a rule whose prefix is not told by
   * {@link #prefixTriples} (two chars long, or a third char that is not ASCII): such a slot's words
   * are always tried against its rules. 2 KB stay in the cache where the 64 KB of the table do not.
   */
  private final long[] shortPrefixPairs = new long[128 * 128 / 64];
  /**
   * A bit per hashed first three ASCII chars of the other prefix rules (all of the bundled ones).
   * A third of an article's words share their first two letters with a prefix ("co", "re", "in"),
   * but about one in fifteen its first three, and a word that does not share them cannot match:
   * most words then skip the slot's rules, and the branch that sends them there is mostly right.
   */
  private static final int TRIPLE_HASH_BITS = 13;
  private final long[] prefixTriples = new long[(1 << TRIPLE_HASH_BITS) / 64];
  private final int[] otherPrefixRules;
  private static final int[] NO_RULES = new int[0];
  /** Buffers for the words of the article being tagged: one set per thread, as a tagger is shared by the stream threads. */
  private final ThreadLocal<Scratch> scratch;

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
    List<Integer> topicOf = new ArrayList<>();
    List<Double> weightOf = new ArrayList<>();
    List<String[]> wordsOf = new ArrayList<>();
    List<Boolean> prefixOf = new ArrayList<>();
    for (int t = 0; t < topics.size(); t++) {
      int topicIndex = t;
      topics.get(t).terms().forEach((term, weight) -> {
        String normalized = term.strip().toLowerCase(Locale.ROOT);
        boolean prefix = normalized.endsWith("*");
        topicOf.add(topicIndex);
        weightOf.add(weight);
        wordsOf.add((prefix ? normalized.substring(0, normalized.length() - 1) : normalized).split("\\s+"));
        prefixOf.add(prefix);
      });
    }
    int ruleCount = topicOf.size();
    Map<String, Integer> wordIds = new LinkedHashMap<>();
    for (int r = 0; r < ruleCount; r++) {
      String[] ws = wordsOf.get(r);
      for (int j = 0; j < ws.length - (prefixOf.get(r) ? 1 : 0); j++) {
        wordIds.putIfAbsent(ws[j], wordIds.size());
      }
    }
    this.ruleTopic = new int[ruleCount];
    this.ruleWeight = new double[ruleCount];
    this.ruleNextWords = new int[ruleCount][];
    this.rulePrefix = new char[ruleCount][];
    List<List<Integer>> byFirstWord = new ArrayList<>();
    for (int w = 0; w < wordIds.size(); w++) {
      byFirstWord.add(new ArrayList<>());
    }
    @SuppressWarnings("unchecked")
    List<Integer>[] byFirstTwo = new List[prefixRulesByFirstTwo.length];
    List<Integer> other = new ArrayList<>();
    for (int r = 0; r < ruleCount; r++) {
      String[] ws = wordsOf.get(r);
      boolean prefix = prefixOf.get(r);
      ruleTopic[r] = topicOf.get(r);
      ruleWeight[r] = weightOf.get(r);
      rulePrefix[r] = prefix ? ws[ws.length - 1].toCharArray() : null;
      int exactWords = ws.length - (prefix ? 1 : 0);
      ruleNextWords[r] = new int[Math.max(0, exactWords - 1)];
      for (int j = 1; j < exactWords; j++) {
        ruleNextWords[r][j - 1] = wordIds.get(ws[j]);
      }
      if (prefix && ws.length == 1) {
        int slot = asciiPair(rulePrefix[r], 0, rulePrefix[r].length);
        if (slot < 0) {
          other.add(r);
        } else {
          if (byFirstTwo[slot] == null) {
            byFirstTwo[slot] = new ArrayList<>();
          }
          byFirstTwo[slot].add(r);
          int triple = asciiTriple(rulePrefix[r], 0, rulePrefix[r].length);
          if (triple < 0) {
            shortPrefixPairs[slot >>> 6] |= 1L << slot;
          } else {
            prefixTriples[triple >>> 6] |= 1L << triple;
          }
        }
      } else {
        byFirstWord.get(wordIds.get(ws[0])).add(r);
      }
    }
    List<int[]> firstWordRules = new ArrayList<>();
    for (List<Integer> rules : byFirstWord) {
      int[] pairs = new int[rules.size() * 2];
      for (int k = 0; k < rules.size(); k++) {
        int rule = rules.get(k);
        pairs[2 * k] = rule;
        if (ruleNextWords[rule].length > 0) {
          pairs[2 * k + 1] = ruleNextWords[rule][0];
        } else {
          pairs[2 * k + 1] = rulePrefix[rule] == null ? FIRST_WORD_ONLY : PREFIX_NEXT;
        }
      }
      firstWordRules.add(pairs);
    }
    this.words = new WordTable(new ArrayList<>(wordIds.keySet()), firstWordRules);
    for (int slot = 0; slot < byFirstTwo.length; slot++) {
      prefixRulesByFirstTwo[slot] = byFirstTwo[slot] == null ? NO_RULES : toInts(byFirstTwo[slot]);
    }
    this.otherPrefixRules = toInts(other);
    this.scratch = ThreadLocal.withInitial(() -> new Scratch(ruleCount, topics.size()));
  }

  private static int[] toInts(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }

  @Override
  public Taxonomy taxonomy() {
    return taxonomy;
  }

  @Override
  public List<TopicTag> tag(String headline, String body) {
    Scratch s = scratch.get();
    s.clear();
    ScannedText headlineWords = ScannedText.of(headline);
    ScannedText bodyWords = ScannedText.of(body);
    lookUp(headlineWords, s.headline);
    lookUp(bodyWords, s.body);
    // Matches per rule (weighted by where they occur), and the rules that matched at all, in the
    // order they first matched: evidence is summed in that order, so scores keep their last bits.
    match(headlineWords, s.headline, HEADLINE_WEIGHT, s);
    match(bodyWords, s.body, 1.0, s);
    double lengthFactor = 1.0 + bodyWords.count / lengthScale;
    // Each topic's evidence, then in the same slot its score.
    double[] scores = s.scores;
    Arrays.fill(scores, 0);
    for (int k = 0; k < s.matchedCount; k++) {
      int rule = s.matched[k];
      scores[ruleTopic[rule]] += ruleWeight[rule] * onePlusLog(s.hits[rule]);
    }
    for (int t = 0; t < scores.length; t++) {
      scores[t] = scores[t] == 0 ? 0 : 1.0 - Math.exp(-scores[t] / (evidenceScale * lengthFactor));
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
   * {@code 1 + ln(hits)}. A rule's hits are whole numbers (headline and body weights are 2 and 1),
   * nearly always small: those come from a table, which holds the same {@code 1 + Math.log(n)}.
   */
  static double onePlusLog(double hits) {
    int n = (int) hits;
    return n == hits && n < ONE_PLUS_LOG.length ? ONE_PLUS_LOG[n] : 1.0 + Math.log(hits);
  }

  private static final double[] ONE_PLUS_LOG = new double[64];

  static {
    for (int n = 0; n < ONE_PLUS_LOG.length; n++) {
      ONE_PLUS_LOG[n] = 1.0 + Math.log(n);
    }
  }

  /** Finds each of the text's words in the lexicon. */
  private void lookUp(ScannedText text, Found found) {
    found.ensureCapacity(text.count);
    for (int i = 0; i < text.count; i++) {
      int record = words.find(text.chars, text.starts[i], text.lengths[i], text.hashes[i]);
      found.records[i] = record;
      found.ids[i] = record < 0 ? -1 : words.id(record);
    }
  }

  private void match(ScannedText text, Found found, double weight, Scratch s) {
    char[] chars = text.chars;
    int[] ids = found.ids;
    int[] records = words.records();
    for (int i = 0; i < text.count; i++) {
      int record = found.records[i];
      if (record >= 0) {
        int nextId = i + 1 < text.count ? ids[i + 1] : -1;
        for (int c = words.payloadStart(record), end = words.payloadEnd(record); c < end; c += 2) {
          // Most phrases fail on their second word, told here without touching the rule's arrays.
          int second = records[c + 1];
          if (second == FIRST_WORD_ONLY || (second == PREFIX_NEXT || second == nextId) && matchesAt(text, ids, i, records[c])) {
            s.hit(records[c], weight);
          }
        }
      }
      int from = text.starts[i];
      int length = text.lengths[i];
      int slot = asciiPair(chars, from, length);
      if (slot >= 0 && mayStartWithPrefix(chars, from, length, slot)) {
        for (int rule : prefixRulesByFirstTwo[slot]) {
          if (startsWith(chars, from, length, rulePrefix[rule])) {
            s.hit(rule, weight);
          }
        }
      }
      for (int rule : otherPrefixRules) {
        if (startsWith(chars, from, length, rulePrefix[rule])) {
          s.hit(rule, weight);
        }
      }
    }
  }

  /** The slot of a word's first two characters, or -1 when it is shorter or they are not ASCII. */
  private static int asciiPair(char[] chars, int from, int length) {
    if (length < 2) {
      return -1;
    }
    char first = chars[from];
    char second = chars[from + 1];
    return first < 128 && second < 128 ? first * 128 + second : -1;
  }

  /**
   * False when no rule of {@code slot} (the word's first two chars) can be a prefix of the word:
   * its first three chars are not those of any rule in {@link #prefixTriples}, and the slot has no
   * rule that is not. True may still be a false alarm (the triples are hashed).
   */
  private boolean mayStartWithPrefix(char[] chars, int from, int length, int slot) {
    if ((shortPrefixPairs[slot >>> 6] & (1L << slot)) != 0) {
      return true;
    }
    int triple = asciiTriple(chars, from, length);
    return triple >= 0 && (prefixTriples[triple >>> 6] & (1L << triple)) != 0;
  }

  /** The bit of {@link #prefixTriples} for a word's first three characters, or -1 when it is shorter or they are not ASCII. */
  static int asciiTriple(char[] chars, int from, int length) {
    if (length < 3) {
      return -1;
    }
    char first = chars[from];
    char second = chars[from + 1];
    char third = chars[from + 2];
    if ((first | second | third) >= 128) {
      return -1;
    }
    // Fibonacci hashing of the 21-bit code keeps the top bits, which every char reaches.
    return ((first << 14 | second << 7 | third) * 0x9E3779B9) >>> (32 - TRIPLE_HASH_BITS);
  }

  private static boolean startsWith(char[] chars, int from, int length, char[] prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int k = 0; k < prefix.length; k++) {
      if (chars[from + k] != prefix[k]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the phrase whose first word is the text's {@code start}th goes on to match. */
  private boolean matchesAt(ScannedText text, int[] ids, int start, int rule) {
    int[] next = ruleNextWords[rule];
    char[] prefix = rulePrefix[rule];
    int end = start + 1 + next.length;
    if (end + (prefix == null ? 0 : 1) > text.count) {
      return false;
    }
    for (int j = 0; j < next.length; j++) {
      if (ids[start + 1 + j] != next[j]) {
        return false;
      }
    }
    return prefix == null || startsWith(text.chars, text.starts[end], text.lengths[end], prefix);
  }

  /** A text's words as found in the lexicon: per word, its id and its record in {@link #words}, or -1 for both. */
  private static final class Found {
    int[] ids;
    int[] records;

    Found(int capacity) {
      ids = new int[capacity];
      records = new int[capacity];
    }

    void ensureCapacity(int count) {
      if (ids.length < count) {
        int size = Math.max(count, ids.length * 2);
        ids = new int[size];
        records = new int[size];
      }
    }
  }

  /** One thread's buffers: the headline's and the body's words, the rules matched so far, and the topics' scores. */
  private static final class Scratch {
    final Found headline = new Found(64);
    final Found body = new Found(1024);
    /** Weighted matches per rule; zero for every rule not in {@code matched}. */
    final double[] hits;
    int[] matched = new int[64];
    int matchedCount;
    /** Per topic: its evidence, then its score; read before the next article on this thread. */
    final double[] scores;

    Scratch(int rules, int topics) {
      hits = new double[rules];
      scores = new double[topics];
    }

    /** Zeroes only the rules the last article matched, instead of all of them. */
    void clear() {
      for (int k = 0; k < matchedCount; k++) {
        hits[matched[k]] = 0;
      }
      matchedCount = 0;
    }

    void hit(int rule, double weight) {
      if (hits[rule] == 0) {
        if (matchedCount == matched.length) {
          matched = Arrays.copyOf(matched, matchedCount * 2);
        }
        matched[matchedCount++] = rule;
      }
      hits[rule] += weight;
    }
  }
}
