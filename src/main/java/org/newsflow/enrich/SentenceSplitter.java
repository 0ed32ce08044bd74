package org.newsflow.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.sentdetect.EndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorFactory;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries from Apache OpenNLP's English sentence model (UD EWT). The model is shared;
 * the detector is not thread-safe, so each thread gets its own. The detector runs with its own
 * model, features and end-of-sentence characters, only with a faster scanner for those characters
 * ({@link CharScanner}).
 */
public final class SentenceSplitter {

  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private final ThreadLocal<SentenceDetectorME> detector;
  private final boolean cutsOnlyAtWhitespace;

  private SentenceSplitter(SentenceModel model) {
    this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    this.cutsOnlyAtWhitespace = model.getFactory().isUseTokenEnd();
  }

  /**
   * Whether every cut between two sentences of a paragraph falls at whitespace. It does when the
   * model ends sentences at the end of a token (OpenNLP's "use token end", set in the bundled
   * model): the cut moves past the end character to the next whitespace. Then no word spans two
   * sentences, and the words of the sentences are the words of the paragraphs.
   */
  public boolean cutsOnlyAtWhitespace() {
    return cutsOnlyAtWhitespace;
  }

  /**
   * The bundled model, handing the detector a factory whose scanner is {@link CharScanner}: OpenNLP's
   * own scanner boxed every character of the text to look it up in a {@code HashSet<Character>},
   * over a third of the sentence detection time. The factory keeps the model's language,
   * abbreviations, token-end setting and end-of-sentence characters, so the context features and
   * the decisions are the model's own.
   */
  private static final class FastScanningModel extends SentenceModel {
    private final SentenceDetectorFactory fastFactory;

    FastScanningModel(InputStream in) throws IOException {
      super(in);
      SentenceDetectorFactory original = super.getFactory();
      this.fastFactory = new SentenceDetectorFactory(original.getLanguageCode(), original.isUseTokenEnd(),
          original.getAbbreviationDictionary(), original.getEOSCharacters()) {
        @Override
        public EndOfSentenceScanner getEndOfSentenceScanner() {
          return new CharScanner(getEOSCharacters());
        }
      };
    }

    @Override
    public SentenceDetectorFactory getFactory() {
      // The superclass constructor asks for the factory before this one is built.
      return fastFactory == null ? super.getFactory() : fastFactory;
    }
  }

  /** The offsets of the end-of-sentence characters of a text, as OpenNLP's default scanner gives them. */
  static final class CharScanner implements EndOfSentenceScanner {
    /** The end characters, each once. */
    private final char[] ends;
    private final Set<Character> endSet;

    CharScanner(char[] ends) {
      Set<Character> set = new LinkedHashSet<>();
      for (char c : ends) {
        set.add(c);
      }
      this.ends = new char[set.size()];
      int k = 0;
      for (char c : set) {
        this.ends[k++] = c;
      }
      this.endSet = Collections.unmodifiableSet(set);
    }

    /**
     * The positions in a String (every paragraph the splitter is given) found with
     * {@link String#indexOf}, a vectorised search per end character, merged in order: the ends are
     * a few chars in a hundred, and a char-by-char test against each end character cost a
     * mispredicted branch at nearly every one and a quarter of the sentence detection time.
     */
    @Override
    public List<Integer> getPositions(CharSequence text) {
      if (text instanceof String string) {
        return positionsIn(string);
      }
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < text.length(); i++) {
        if (isEnd(text.charAt(i))) {
          positions.add(i);
        }
      }
      return positions;
    }

    private List<Integer> positionsIn(String text) {
      List<Integer> positions = new ArrayList<>();
      // The next place of each end character; -1 once it has no more.
      int[] next = new int[ends.length];
      for (int k = 0; k < ends.length; k++) {
        next[k] = text.indexOf(ends[k]);
      }
      while (true) {
        int first = -1;
        for (int k = 0; k < ends.length; k++) {
          if (next[k] >= 0 && (first < 0 || next[k] < next[first])) {
            first = k;
          }
        }
        if (first < 0) {
          return positions;
        }
        int at = next[first];
        positions.add(at);
        next[first] = text.indexOf(ends[first], at + 1);
      }
    }

    @Override
    public List<Integer> getPositions(StringBuffer text) {
      return getPositions((CharSequence) text);
    }

    @Override
    public List<Integer> getPositions(char[] text) {
      return getPositions(CharBuffer.wrap(text));
    }

    @Override
    public Set<Character> getEOSCharacters() {
      return endSet;
    }

    private boolean isEnd(char c) {
      for (char end : ends) {
        if (c == end) {
          return true;
        }
      }
      return false;
    }
  }

  public static SentenceSplitter bundled() {
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("missing OpenNLP sentence model " + MODEL);
      }
      return new SentenceSplitter(new FastScanningModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sentences of each paragraph, in order; a sentence never spans two paragraphs. */
  public List<String> sentences(List<String> paragraphs) {
    List<String> sentences = new ArrayList<>();
    SentenceDetectorME me = detector.get();
    for (String paragraph : paragraphs) {
      for (Span span : me.sentPosDetect(paragraph)) {
        String sentence = span.getCoveredText(paragraph).toString().strip();
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
        }
      }
    }
    return sentences;
  }
}
