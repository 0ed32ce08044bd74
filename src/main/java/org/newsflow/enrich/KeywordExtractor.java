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

  /** Marks a word seen in lower case (an identity marker, never written to). */
  private static final Map<String, Integer> LOWER_CASE_SEEN = Collections.unmodifiableMap(new HashMap<>());

  public List<Keyword> extract(String headline, List<String> sentences, String language) {
    return extract(headline, sentences, sentences.stream().map(Tokenizer::tokens).toList(), language);
  }

  /** As {@link #extract(String, List, String)}, with each sentence's {@link Tokenizer#tokens} already at hand. */
  public List<Keyword> extract(String headline, List<String> sentences, List<List<Token>> sentenceTokens,
      String language) {
    Set<String> stop = stopwords.getOrDefault(language == null ? "en" : language, stopwords.get("en"));
    // Sized for the article up front: growing the maps step by step rehashed every term several
    // times. Only lookups depend on these maps' order (the ranking sorts), so the size is free to vary.
    int tokens = sentenceTokens.stream().mapToInt(List::size).sum();
    Map<String, Double> scores = new HashMap<>(2 * tokens);
    Map<String, Map<String, Integer>> surfaces = new HashMap<>(tokens);
    String head = headline == null ? "" : headline;
    count(head, Tokenizer.tokens(head), HEADLINE_WEIGHT, stop, scores, surfaces, true);
    for (int i = 0; i < sentences.size(); i++) {
      count(sentences.get(i), sentenceTokens.get(i), 1.0, stop, scores, surfaces, false);
    }
    // A term seen once in the body is noise: keep those seen twice, or once in the headline (weight 2).
    scores.entrySet().removeIf(e -> e.getValue() < HEADLINE_WEIGHT);
    // Words that only occur inside a kept phrase add nothing beside it.
    for (String phrase : List.copyOf(scores.keySet())) {
      if (phrase.contains(" ")) {
        for (String word : phrase.split(" ")) {
          scores.computeIfPresent(word, (w, s) -> s <= scores.get(phrase) + 0.5 ? null : s);
        }
      }
    }
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(scores.entrySet());
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    double top = ranked.isEmpty() ? 1.0 : ranked.get(0).getValue();
    List<Keyword> keywords = new ArrayList<>();
    for (var e : ranked.subList(0, Math.min(MAX_KEYWORDS, ranked.size()))) {
      keywords.add(new Keyword(displayForm(e.getKey(), surfaces), Math.round(e.getValue() / top * 1000) / 1000.0));
    }
    return keywords;
  }

  private static void count(String text, List<Token> tokens, double weight, Set<String> stop,
      Map<String, Double> scores, Map<String, Map<String, Integer>> surfaces, boolean headline) {
    String previous = null;
    int previousEnd = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String word = NameFinder.stripPossessive(token.text());
      String key = word.toLowerCase(Locale.ROOT);
      boolean usable = key.length() >= MIN_LENGTH && hasLetter(key) && !stop.contains(key);
      if (!usable) {
        previous = null;
        continue;
      }
      scores.merge(key, weight, Double::sum);
      if (i > 0 || headline) {
        // Sentence-initial capitals are not evidence of a proper noun. Most words are written in
        // lower case: one shared marker map records that without a map of forms per word.
        Map<String, Integer> forms = surfaces.get(key);
        if (word.equals(key)) {
          if (forms != LOWER_CASE_SEEN) {
            surfaces.put(key, LOWER_CASE_SEEN);
          }
        } else if (forms != LOWER_CASE_SEEN) {
          surfaces.computeIfAbsent(key, k -> new HashMap<>()).merge(word, 1, Integer::sum);
        }
      }
      boolean adjacent = previousEnd >= 0 && token.start() == previousEnd + 1 && text.charAt(previousEnd) == ' ';
      if (previous != null && adjacent) {
        scores.merge(previous + " " + key, weight, Double::sum);
      }
      previous = key;
      previousEnd = token.end();
    }
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

  private static String displayForm(String key, Map<String, Map<String, Integer>> surfaces) {
    if (key.contains(" ")) {
      StringBuilder out = new StringBuilder();
      for (String part : key.split(" ")) {
        out.append(out.isEmpty() ? "" : " ").append(displayForm(part, surfaces));
      }
      return out.toString();
    }
    Map<String, Integer> forms = surfaces.get(key);
    if (forms == null) {
      return key;
    }
    // A word written in lower case anywhere is a common noun; otherwise keep its proper-noun form.
    if (forms == LOWER_CASE_SEEN) {
      return key;
    }
    return forms.entrySet().stream().max(Comparator.comparingInt(Map.Entry<String, Integer>::getValue))
        .map(Map.Entry::getKey).orElse(key);
  }
}
