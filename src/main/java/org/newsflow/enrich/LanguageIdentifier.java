package org.newsflow.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a text as an ISO 639-1 code. Frequent function words decide English, German,
 * Spanish and French news at once when they are plentiful and one-sided; otherwise Apache OpenNLP's
 * language detector (103 languages, trained on Leipzig corpora) decides, and when it is unsure the
 * weaker function-word evidence may still settle a short or tabular text. Texts too short to judge
 * get no language rather than a guess.
 */
public final class LanguageIdentifier {

  private static final String MODEL = "/langdetect-183.bin";
  /** Characters sampled from the start of the text: enough to decide, cheap on long articles. */
  private static final int SAMPLE_CHARS = 1500;
  private static final int MIN_CHARS = 20;
  /** The model spreads probability over 103 languages: the winner must stand clear of the runner-up. */
  private static final double MIN_LEAD_RATIO = 1.5;

  private static final String WORDS = "/enrich/language-words.txt";
  /** Frequent-word evidence that decides without the model: this many hits, this share of the words... */
  private static final int SURE_HITS = 8;
  private static final double SURE_SHARE = 0.25;
  /** ...and this many times the runner-up's hits. */
  private static final int SURE_LEAD = 4;
  /** Weaker evidence, used only when the model cannot decide (tables, very short texts). */
  private static final int FALLBACK_HITS = 3;
  private static final double FALLBACK_SHARE = 0.15;

  private final ThreadLocal<LanguageDetectorME> detector;
  private final Map<String, String> iso3ToIso1;
  private final Map<String, Integer> languageOfWord;
  /**
   * The same words in an open-addressing table keyed by the chars themselves, so that a word of the
   * text is looked up from its place in the text: building a lower-cased string per word only to
   * look it up was most of the identification time. Slots hold a word and its language, or null.
   */
  private final char[][] tableWords;
  private final int[] tableLanguages;
  private final String[] languages;
  /** The longest frequent word: a longer word needs no lookup. */
  private final int longestWord;

  private LanguageIdentifier(LanguageDetectorModel model, Map<String, List<String>> frequentWords) {
    this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
    this.languages = frequentWords.keySet().toArray(new String[0]);
    Map<String, Integer> byWord = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (int i = 0; i < languages.length; i++) {
      for (String word : frequentWords.get(languages[i])) {
        Integer previous = byWord.put(word, i);
        if (previous != null && previous != i) {
          shared.add(word);
        }
      }
    }
    shared.forEach(byWord::remove);
    this.languageOfWord = byWord;
    int slots = Integer.highestOneBit(Math.max(1, byWord.size()) * 4);
    this.tableWords = new char[slots][];
    this.tableLanguages = new int[slots];
    for (var entry : byWord.entrySet()) {
      String word = entry.getKey();
      int slot = hash(word, 0, word.length()) & (slots - 1);
      while (tableWords[slot] != null) {
        slot = (slot + 1) & (slots - 1);
      }
      tableWords[slot] = word.toCharArray();
      tableLanguages[slot] = entry.getValue();
    }
    this.longestWord = byWord.keySet().stream().mapToInt(String::length).max().orElse(0);
    this.iso3ToIso1 = new HashMap<>();
    for (String iso1 : Locale.getISOLanguages()) {
      try {
        iso3ToIso1.putIfAbsent(new Locale(iso1).getISO3Language(), iso1);
      } catch (MissingResourceException e) {
        // A language with no three-letter code cannot be returned by the model either.
      }
    }
  }

  public static LanguageIdentifier bundled() {
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("missing OpenNLP language model " + MODEL);
      }
      return new LanguageIdentifier(new LanguageDetectorModel(in), frequentWords());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, List<String>> frequentWords() throws IOException {
    Map<String, List<String>> words = new LinkedHashMap<>();
    try (InputStream in = LanguageIdentifier.class.getResourceAsStream(WORDS)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + WORDS);
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int colon = line.indexOf(':');
        if (line.isBlank() || line.startsWith("#") || colon < 0) {
          continue;
        }
        words.put(line.substring(0, colon).strip(), List.of(line.substring(colon + 1).strip().split("\\s+")));
      }
    }
    return words;
  }

  /**
   * The language of a story told as its headline and paragraphs: the text identified is the
   * headline, a line feed and the paragraphs joined by blank lines (its body), but only the start
   * that is sampled is ever built, straight into the char array that is read.
   */
  public Optional<String> identify(String headline, List<String> paragraphs) {
    Sample sample = new Sample();
    sample.append(headline);
    sample.append("\n");
    for (int i = 0; i < paragraphs.size() && !sample.full(); i++) {
      if (i > 0) {
        sample.append("\n\n");
      }
      sample.append(paragraphs.get(i));
    }
    return identify(sample.chars, sample.length);
  }

  public Optional<String> identify(String text) {
    int length = Math.min(text.length(), SAMPLE_CHARS);
    char[] chars = new char[length];
    text.getChars(0, length, chars, 0);
    return identify(chars, length);
  }

  /** The first {@link #SAMPLE_CHARS} chars of a text, as they are appended. */
  private static final class Sample {
    final char[] chars = new char[SAMPLE_CHARS];
    int length;

    void append(String part) {
      int taken = Math.min(part.length(), SAMPLE_CHARS - length);
      part.getChars(0, taken, chars, length);
      length += taken;
    }

    boolean full() {
      return length == SAMPLE_CHARS;
    }
  }

  /**
   * The language of the sampled {@code text[0, length)}. It is read from a char array:
   * String.charAt tests the string's coding and bounds per char, and every char is read.
   */
  private Optional<String> identify(char[] text, int length) {
    if (strippedLength(text, length) < MIN_CHARS) {
      return Optional.empty();
    }
    int[] hits = new int[languages.length];
    int words = countFrequentWords(text, length, hits);
    int best = 0;
    int second = -1;
    for (int i = 1; i < hits.length; i++) {
      if (hits[i] > hits[best]) {
        second = best;
        best = i;
      } else if (second < 0 || hits[i] > hits[second]) {
        second = i;
      }
    }
    int runnerUp = second < 0 ? 0 : hits[second];
    if (hits[best] >= SURE_HITS && hits[best] >= SURE_SHARE * words && hits[best] >= SURE_LEAD * runnerUp) {
      return Optional.of(languages[best]);
    }
    Language[] ranked = detector.get().predictLanguages(new String(text, 0, length));
    if (ranked.length > 0 && (ranked.length == 1 || ranked[0].getConfidence() >= MIN_LEAD_RATIO * ranked[1].getConfidence())) {
      return Optional.ofNullable(iso3ToIso1.get(ranked[0].getLang()));
    }
    if (hits[best] >= FALLBACK_HITS && hits[best] >= FALLBACK_SHARE * words && hits[best] >= 2 * runnerUp) {
      return Optional.of(languages[best]);
    }
    return Optional.empty();
  }

  /**
   * The length {@link String#strip} would leave: a surrogate is never whitespace, so testing chars
   * is testing code points.
   */
  private static int strippedLength(char[] text, int length) {
    int start = 0;
    while (start < length && Character.isWhitespace(text[start])) {
      start++;
    }
    int end = length;
    while (end > start && Character.isWhitespace(text[end - 1])) {
      end--;
    }
    return end - start;
  }

  /** The frequent words of each language in {@code text}, with the word count under "" (what the rules weigh). */
  Map<String, Integer> frequentWordHits(String text) {
    int[] hits = new int[languages.length];
    Map<String, Integer> result = new HashMap<>();
    result.put("", countFrequentWords(text.toCharArray(), text.length(), hits));
    for (int i = 0; i < languages.length; i++) {
      result.put(languages[i], hits[i]);
    }
    return result;
  }

  /** Counts the words of {@code text[0, n)}, and in {@code hits} those frequent in each language. */
  private int countFrequentWords(char[] text, int n, int[] hits) {
    int words = 0;
    int start = -1;
    // The word's lower-cased hash is built as the word is read, not in a second pass over it.
    int hash = 0;
    boolean special = false;
    for (int i = 0; i <= n; i++) {
      // A space after the end closes the last word.
      char c = i < n ? text[i] : ' ';
      if (isLetter(c)) {
        if (start < 0) {
          start = i;
          hash = 0;
          special = false;
        }
        hash = 31 * hash + lower(c);
        special |= c == 'Σ' || c == 'İ';
      } else if (start >= 0) {
        words++;
        if (i - start <= longestWord) {
          int language = languageOf(text, start, i, hash ^ (hash >>> 16), special);
          if (language >= 0) {
            hits[language]++;
          }
        }
        start = -1;
      }
    }
    return words;
  }

  /**
   * The language whose frequent word {@code text[start, end)} is in lower case, or -1, given the
   * word's {@link #hash} and whether it holds a letter whose lower case is not one char for one.
   */
  private int languageOf(char[] text, int start, int end, int hash, boolean special) {
    if (special) {
      // The two letters whose lower case is not one char for one: a final sigma depends on what
      // follows, a dotted capital I becomes two chars. Lower-case the word as a string.
      Integer language = languageOfWord.get(new String(text, start, end - start).toLowerCase(Locale.ROOT));
      return language == null ? -1 : language;
    }
    int mask = tableWords.length - 1;
    for (int slot = hash & mask; tableWords[slot] != null; slot = (slot + 1) & mask) {
      if (equalsLowerCased(tableWords[slot], text, start, end)) {
        return tableLanguages[slot];
      }
    }
    return -1;
  }

  /** A hash of {@code text[start, end)} in lower case, char by char. */
  private static int hash(String text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + lower(text.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  private static boolean equalsLowerCased(char[] word, char[] text, int start, int end) {
    if (word.length != end - start) {
      return false;
    }
    for (int k = 0; k < word.length; k++) {
      if (word[k] != lower(text[start + k])) {
        return false;
      }
    }
    return true;
  }

  /** {@link Character#toLowerCase(char)}, with ASCII (most of news copy) decided inline. */
  private static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return Character.toLowerCase(c);
  }

  /** {@link Character#isLetter(char)}, with ASCII decided inline. */
  private static boolean isLetter(char c) {
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    return Character.isLetter(c);
  }
}
