package org.newsflow.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsflow.model.Keyword;

/**
 * The terms a story is about: words and two-word phrases ranked by frequency, with headline words
 * counting extra and stop words, numbers and short words left out. Stop-word lists exist for
 * English, Spanish, French and German; other languages fall back to English ones.
 */
public final class KeywordExtractor {

  private static final int MAX_KEYWORDS = 10;
  private static final int MIN_LENGTH = 3;
  private static final double HEADLINE_WEIGHT = 2.0;

  /** Tables are made for no fewer tokens than this: most articles fit, and reuse them. */
  private static final int MIN_CAPACITY = 512;

  private final Map<String, StopWords> stopwords;
  private final ThreadLocal<Counts> counts = ThreadLocal.withInitial(Counts::new);

  private KeywordExtractor(Map<String, Set<String>> stopwords) {
    this.stopwords = new HashMap<>();
    stopwords.forEach((language, words) -> this.stopwords.put(language, new StopWords(words)));
  }

  public static KeywordExtractor bundled() {
    Map<String, Set<String>> lists = new HashMap<>();
    for (String lang : List.of("en", "es", "fr", "de")) {
      lists.put(lang, load("/enrich/stopwords-" + lang + ".txt"));
    }
    return new KeywordExtractor(lists);
  }

  private static Set<String> load(String resource) {
    try (InputStream in = KeywordExtractor.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      Set<String> words = new HashSet<>();
      for (String w : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\s+")) {
        if (!w.isBlank()) {
          words.add(w.toLowerCase(Locale.ROOT));
        }
      }
      return Collections.unmodifiableSet(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Keyword> extract(String headline, List<String> sentences, String language) {
    return extract(headline, sentences, sentences.stream().map(Tokenizer::tokens).toList(), language);
  }

  /**
   * A stop-word list in open addressing with each word's hash beside it: a miss (most lookups)
   * compares ints only, where a HashSet followed a node per probe to its cached hash.
   */
  static final class StopWords {
    private final String[] words;
    private final int[] hashes;
    private final int mask;

    StopWords(Set<String> words) {
      int size = tableSize(words.size());
      this.words = new String[size];
      this.hashes = new int[size];
      mask = size - 1;
      for (String word : words) {
        int hash = word.hashCode();
        int i = (hash ^ (hash >>> 16)) & mask;
        while (this.words[i] != null) {
          i = (i + 1) & mask;
        }
        this.words[i] = word;
        hashes[i] = hash;
      }
    }

    boolean contains(String word) {
      int hash = word.hashCode();
      for (int i = (hash ^ (hash >>> 16)) & mask; words[i] != null; i = (i + 1) & mask) {
        if (hashes[i] == hash && words[i].equals(word)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A word or two-word phrase of one article, with its score so far and the written forms the
   * display form is chosen from. One mutable object per term: a map of boxed scores merged per
   * occurrence, and a phrase string built per adjacent pair only to be looked up, cost more than
   * the counting itself.
   */
  private static final class Term {
    final String key;
    /** The words of a phrase, null for a word. */
    final Term first;
    final Term second;
    /** A stop word, a number or a short word: never counted, remembered so it is judged once. */
    final boolean unusable;
    /** A word's number in its article, from 1, for looking up the phrases it starts or ends; 0 for a phrase. */
    final int id;
    double score;
    /** Kept for ranking: reached the threshold and not dropped as part of a phrase. */
    boolean kept;
    /** Seen in lower case after a sentence start: a common noun, whatever other forms it has. */
    boolean lowerCaseSeen;
    /**
     * The other form seen after a sentence start (or in the headline), and how often; null until
     * one is. Most words are written one way: the map is made only for a second form.
     */
    String form;
    int formCount;
    /** Every other form by count, once a word has two; null until then. */
    Map<String, Integer> forms;
    /** The key the ranking breaks ties by: the word, or the two words with a space between. */
    String rankKey;

    Term(String key, Term first, Term second, boolean unusable, int id) {
      this.key = key;
      this.first = first;
      this.second = second;
      this.unusable = unusable;
      this.id = id;
    }

    void addForm(String written) {
      if (forms != null) {
        forms.merge(written, 1, Integer::sum);
      } else if (form == null) {
        form = written;
        formCount = 1;
      } else if (form.equals(written)) {
        formCount++;
      } else {
        // The first form goes in first, as it would have into a map made for it: ties between
        // equally frequent forms are settled by the map's order, which the order of insertion can sway.
        forms = new HashMap<>();
        forms.put(form, formCount);
        forms.merge(written, 1, Integer::sum);
      }
    }

    void clearForms() {
      form = null;
      forms = null;
    }
  }

  /** Highest score first, then by key: a total order, so the ranking does not depend on counting order. */
  private static final Comparator<Term> RANKING = (a, b) -> {
    int byScore = Double.compare(b.score, a.score);
    return byScore != 0 ? byScore : a.rankKey.compareTo(b.rankKey);
  };

  /**
   * The words of one article by their lower-case form. Open addressing in an array that each thread
   * keeps and clears, instead of a HashMap made per article: its entries and resizes were much of
   * what the extraction allocated.
   */
  private static final class Words {
    private final Term[] slots;
    /** The slots filled, in order: emptying only those is cheaper than clearing the whole table. */
    private final int[] filled;
    private final int mask;
    private int size;

    /** A table for at most {@code capacity} words (an article has no more words than tokens). */
    Words(int capacity) {
      slots = new Term[tableSize(capacity)];
      filled = new int[capacity];
      mask = slots.length - 1;
    }

    void clear() {
      for (int k = 0; k < size; k++) {
        slots[filled[k]] = null;
      }
      size = 0;
    }

    /** The word under {@code key}, or null. */
    Term find(String key) {
      for (int i = slot(key.hashCode()); slots[i] != null; i = (i + 1) & mask) {
        if (slots[i].key.equals(key)) {
          return slots[i];
        }
      }
      return null;
    }

    /** A new word under {@code key}, which {@link #find} did not find. */
    Term add(String key, boolean unusable) {
      int i = slot(key.hashCode());
      while (slots[i] != null) {
        i = (i + 1) & mask;
      }
      filled[size] = i;
      Term term = new Term(key, null, null, unusable, ++size);
      slots[i] = term;
      return term;
    }

    private int slot(int hash) {
      return (hash ^ (hash >>> 16)) & mask;
    }
  }

  /**
   * The two-word phrases of one article, keyed by the numbers of their words. A phrase is looked up
   * per adjacent pair of counted words, and most pairs occur once: their scores live in the table,
   * and a {@link Term} is made only for a phrase that becomes a candidate. An object per pair (and
   * a key object per lookup) was half of what the extraction allocated.
   */
  private static final class Phrases {
    /** {@code first.id << 32 | second.id}; 0 for an empty slot, as word numbers start at 1. */
    private final long[] keys;
    private final double[] scores;
    /** The phrase's term once it is a candidate, else null. */
    private final Term[] terms;
    /** The slots filled, in order, as in {@link Words}. */
    private final int[] filled;
    private int size;
    private final int mask;

    Phrases(int capacity) {
      int tableSize = tableSize(capacity);
      keys = new long[tableSize];
      scores = new double[tableSize];
      terms = new Term[tableSize];
      filled = new int[capacity];
      mask = tableSize - 1;
    }

    void clear() {
      for (int k = 0; k < size; k++) {
        int i = filled[k];
        keys[i] = 0;
        scores[i] = 0;
        terms[i] = null;
      }
      size = 0;
    }

    void add(Term first, Term second, double weight, Counts counts) {
      long key = (long) first.id << 32 | second.id;
      // Fibonacci hashing: the high bits of the product mix both numbers.
      int i = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
      while (keys[i] != 0 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (keys[i] == 0) {
        keys[i] = key;
        filled[size++] = i;
      }
      if (terms[i] != null) {
        counts.add(terms[i], weight);
        return;
      }
      scores[i] += weight;
      if (scores[i] >= HEADLINE_WEIGHT) {
        Term phrase = new Term(null, first, second, false, 0);
        phrase.score = scores[i];
        counts.admit(phrase);
        terms[i] = phrase;
      }
    }
  }

  /** A power of two at least twice {@code capacity}: open addressing stays at most half full. */
  private static int tableSize(int capacity) {
    return Integer.highestOneBit(Math.max(capacity, 1) * 2 - 1) << 1;
  }

  /**
   * The terms of one article as they are counted. Each thread keeps one and clears it for the next
   * article: tables made afresh for every article (sized for it, over 20 KB) cost more in fresh
   * memory than the counting, where cleared ones are already in the cache.
   */
  private static final class Counts {
    /** Tables for this many tokens at least: a token adds at most one word and one phrase. */
    private int capacity = -1;
    Words words;
    Phrases phrases;
    /** Terms in the order they reached the threshold; each once. */
    final List<Term> candidates = new ArrayList<>();

    /** Empty, for an article of {@code tokens} tokens. */
    void reset(int tokens) {
      // New tables when these are too small, or far too large to clear for a short article after a long one.
      if (tokens > capacity || capacity > 4 * Math.max(tokens, MIN_CAPACITY)) {
        capacity = Math.max(tokens, MIN_CAPACITY);
        words = new Words(capacity);
        phrases = new Phrases(capacity);
      } else {
        words.clear();
        phrases.clear();
      }
      candidates.clear();
    }

    void add(Term term, double weight) {
      term.score += weight;
      // Scores only grow: a term crosses the threshold once.
      if (!term.kept && term.score >= HEADLINE_WEIGHT) {
        admit(term);
      }
    }

    void admit(Term term) {
      term.kept = true;
      candidates.add(term);
    }
  }

  /** As {@link #extract(String, List, String)}, with each sentence's {@link Tokenizer#tokens} already at hand. */
  public List<Keyword> extract(String headline, List<String> sentences, List<List<Token>> sentenceTokens,
      String language) {
    StopWords stop = stopwords.getOrDefault(language == null ? "en" : language, stopwords.get("en"));
    String head = headline == null ? "" : headline;
    List<Token> headTokens = Tokenizer.tokens(head);
    int tokens = headTokens.size();
    for (List<Token> sentence : sentenceTokens) {
      tokens += sentence.size();
    }
    Counts counts = this.counts.get();
    counts.reset(tokens);
    count(head, headTokens, HEADLINE_WEIGHT, stop, counts, true);
    for (int i = 0; i < sentences.size(); i++) {
      count(sentences.get(i), sentenceTokens.get(i), 1.0, stop, counts, false);
    }
    // A term seen once in the body is noise: only those seen twice, or once in the headline
    // (weight 2), are candidates. Words that only occur inside a kept phrase add nothing beside it.
    for (Term phrase : counts.candidates) {
      if (phrase.first != null) {
        dropIfOnlyInPhrase(phrase.first, phrase);
        dropIfOnlyInPhrase(phrase.second, phrase);
      }
    }
    List<Term> ranked = topTerms(counts.candidates);
    double top = ranked.isEmpty() ? 1.0 : ranked.get(0).score;
    List<Keyword> keywords = new ArrayList<>(ranked.size());
    for (Term term : ranked) {
      String display = term.first == null ? displayForm(term) : displayForm(term.first) + " " + displayForm(term.second);
      keywords.add(new Keyword(display, Math.round(term.score / top * 1000) / 1000.0));
    }
    return keywords;
  }

  private static void dropIfOnlyInPhrase(Term word, Term phrase) {
    if (word.kept && word.score <= phrase.score + 0.5) {
      word.kept = false;
    }
  }

  /**
   * The first {@link #MAX_KEYWORDS} kept terms in {@link #RANKING} order, by insertion into a short
   * sorted list: most candidates rank below the last of it after one comparison, where sorting
   * them all was a fifth of the extraction. {@code RANKING} never ties two terms, so this is the
   * head of the full sort.
   */
  private static List<Term> topTerms(List<Term> candidates) {
    List<Term> top = new ArrayList<>(MAX_KEYWORDS + 1);
    for (Term term : candidates) {
      if (!term.kept) {
        continue;
      }
      term.rankKey = term.first == null ? term.key : term.first.key + " " + term.second.key;
      if (top.size() == MAX_KEYWORDS && RANKING.compare(term, top.get(MAX_KEYWORDS - 1)) > 0) {
        continue;
      }
      int at = top.size();
      while (at > 0 && RANKING.compare(term, top.get(at - 1)) < 0) {
        at--;
      }
      top.add(at, term);
      if (top.size() > MAX_KEYWORDS) {
        top.remove(MAX_KEYWORDS);
      }
    }
    return top;
  }

  private static void count(String text, List<Token> tokens, double weight, StopWords stop, Counts counts,
      boolean headline) {
    Term previous = null;
    int previousEnd = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String word = withoutPossessive(token.text());
      // One lookup per token: stop words and other unusable words are in the table too, marked.
      String key = word.toLowerCase(Locale.ROOT);
      Term term = counts.words.find(key);
      if (term == null) {
        boolean usable = key.length() >= MIN_LENGTH && hasLetter(key) && !stop.contains(key);
        term = counts.words.add(key, !usable);
      }
      if (term.unusable) {
        previous = null;
        continue;
      }
      counts.add(term, weight);
      if ((i > 0 || headline) && !term.lowerCaseSeen) {
        // Sentence-initial capitals are not evidence of a proper noun.
        if (word.equals(term.key)) {
          term.lowerCaseSeen = true;
          term.clearForms();
        } else {
          term.addForm(word);
        }
      }
      boolean adjacent = previousEnd >= 0 && token.start() == previousEnd + 1 && text.charAt(previousEnd) == ' ';
      if (previous != null && adjacent) {
        counts.phrases.add(previous, term, weight, counts);
      }
      previous = term;
      previousEnd = token.end();
    }
  }

  /**
   * {@link NameFinder#stripPossessive}, asked only when the last character could end a possessive:
   * most words end otherwise, and its four {@code endsWith} per token showed in the profile.
   */
  private static String withoutPossessive(String word) {
    char last = word.isEmpty() ? 0 : word.charAt(word.length() - 1);
    return last == 's' || last == '\'' || last == '’' ? NameFinder.stripPossessive(word) : word;
  }

  /** A word with a letter in it; "2024", "1.5" and "10-2" are not keywords. */
  private static boolean hasLetter(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetter(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A word written in lower case anywhere is a common noun; otherwise keep its most frequent proper-noun form. */
  private static String displayForm(Term word) {
    if (word.lowerCaseSeen || word.form == null) {
      return word.key;
    }
    if (word.forms == null) {
      return word.form;
    }
    return word.forms.entrySet().stream().max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
        .map(Map.Entry::getKey).orElse(word.key);
  }
}
