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

  private final Map<String, Set<String>> stopwords;

  private KeywordExtractor(Map<String, Set<String>> stopwords) {
    this.stopwords = stopwords;
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
      // A HashSet, not Set.copyOf: most lookups miss, and a miss in the immutable set's open
      // addressing compares strings along its probe run, where a HashSet compares cached hashes first.
      return Collections.unmodifiableSet(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Keyword> extract(String headline, List<String> sentences, String language) {
    return extract(headline, sentences, sentences.stream().map(Tokenizer::tokens).toList(), language);
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
    double score;
    /** Kept for ranking: reached the threshold and not dropped as part of a phrase. */
    boolean kept;
    /** Seen in lower case after a sentence start: a common noun, whatever other forms it has. */
    boolean lowerCaseSeen;
    /** Other forms seen after a sentence start (or in the headline), by count; null until one is. */
    Map<String, Integer> forms;
    /** The key the ranking breaks ties by: the word, or the two words with a space between. */
    String rankKey;

    Term(String key, Term first, Term second, boolean unusable) {
      this.key = key;
      this.first = first;
      this.second = second;
      this.unusable = unusable;
    }
  }

  /** Highest score first, then by key: a total order, so the ranking does not depend on counting order. */
  private static final Comparator<Term> RANKING = (a, b) -> {
    int byScore = Double.compare(b.score, a.score);
    return byScore != 0 ? byScore : a.rankKey.compareTo(b.rankKey);
  };

  /** A phrase looked up by its two words: no string is built unless the phrase is kept. */
  private record Pair(Term first, Term second) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Pair p && p.first == first && p.second == second;
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(first) + System.identityHashCode(second);
    }
  }

  /** The terms of one article as they are counted. */
  private static final class Counts {
    final Map<String, Term> words;
    final Map<Pair, Term> phrases;
    /** Terms in the order they reached the threshold; each once. */
    final List<Term> candidates = new ArrayList<>();

    Counts(int tokens) {
      // Sized for the article up front (fewer distinct terms than tokens): growing step by step
      // rehashed every term several times. Nothing depends on these maps' order.
      words = new HashMap<>(tokens);
      phrases = new HashMap<>(tokens);
    }

    void add(Term term, double weight) {
      term.score += weight;
      // Scores only grow: a term crosses the threshold once.
      if (!term.kept && term.score >= HEADLINE_WEIGHT) {
        term.kept = true;
        candidates.add(term);
      }
    }
  }

  /** As {@link #extract(String, List, String)}, with each sentence's {@link Tokenizer#tokens} already at hand. */
  public List<Keyword> extract(String headline, List<String> sentences, List<List<Token>> sentenceTokens,
      String language) {
    Set<String> stop = stopwords.getOrDefault(language == null ? "en" : language, stopwords.get("en"));
    int tokens = 0;
    for (List<Token> sentence : sentenceTokens) {
      tokens += sentence.size();
    }
    Counts counts = new Counts(tokens);
    String head = headline == null ? "" : headline;
    count(head, Tokenizer.tokens(head), HEADLINE_WEIGHT, stop, counts, true);
    for (int i = 0; i < sentences.size(); i++) {
      count(sentences.get(i), sentenceTokens.get(i), 1.0, stop, counts, false);
    }
    // A term seen once in the body is noise: only those seen twice, or once in the headline
    // (weight 2), are candidates. Words that only occur inside a kept phrase add nothing beside it.
    for (Term phrase : counts.candidates) {
      if (phrase.first != null) {
        for (Term word : new Term[] {phrase.first, phrase.second}) {
          if (word.kept && word.score <= phrase.score + 0.5) {
            word.kept = false;
          }
        }
      }
    }
    List<Term> ranked = new ArrayList<>();
    for (Term term : counts.candidates) {
      if (term.kept) {
        term.rankKey = term.first == null ? term.key : term.first.key + " " + term.second.key;
        ranked.add(term);
      }
    }
    ranked.sort(RANKING);
    double top = ranked.isEmpty() ? 1.0 : ranked.get(0).score;
    List<Keyword> keywords = new ArrayList<>();
    for (Term term : ranked.subList(0, Math.min(MAX_KEYWORDS, ranked.size()))) {
      String display = term.first == null ? displayForm(term) : displayForm(term.first) + " " + displayForm(term.second);
      keywords.add(new Keyword(display, Math.round(term.score / top * 1000) / 1000.0));
    }
    return keywords;
  }

  private static void count(String text, List<Token> tokens, double weight, Set<String> stop, Counts counts,
      boolean headline) {
    Term previous = null;
    int previousEnd = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String word = withoutPossessive(token.text());
      String key = word.toLowerCase(Locale.ROOT);
      // One lookup per token: stop words and other unusable words are in the map too, marked.
      Term term = counts.words.get(key);
      if (term == null) {
        boolean usable = key.length() >= MIN_LENGTH && hasLetter(key) && !stop.contains(key);
        term = new Term(key, null, null, !usable);
        counts.words.put(key, term);
      }
      if (term.unusable) {
        previous = null;
        continue;
      }
      counts.add(term, weight);
      if ((i > 0 || headline) && !term.lowerCaseSeen) {
        // Sentence-initial capitals are not evidence of a proper noun.
        if (word.equals(key)) {
          term.lowerCaseSeen = true;
          term.forms = null;
        } else {
          if (term.forms == null) {
            term.forms = new HashMap<>();
          }
          term.forms.merge(word, 1, Integer::sum);
        }
      }
      boolean adjacent = previousEnd >= 0 && token.start() == previousEnd + 1 && text.charAt(previousEnd) == ' ';
      if (previous != null && adjacent) {
        Pair pair = new Pair(previous, term);
        Term phrase = counts.phrases.get(pair);
        if (phrase == null) {
          phrase = new Term(null, previous, term, false);
          counts.phrases.put(pair, phrase);
        }
        counts.add(phrase, weight);
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
    if (word.lowerCaseSeen || word.forms == null) {
      return word.key;
    }
    return word.forms.entrySet().stream().max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
        .map(Map.Entry::getKey).orElse(word.key);
  }
}
