package org.newsflow.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Sentence boundaries from Apache OpenNLP's English sentence model (UD EWT). The model is shared;
 * the detector is not thread-safe, so each thread gets its own.
 */
public final class SentenceSplitter {

  private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

  private final ThreadLocal<SentenceDetectorME> detector;

  private SentenceSplitter(SentenceModel model) {
    this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
  }

  public static SentenceSplitter bundled() {
    try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
      if (in == null) {
        throw new IllegalStateException("missing OpenNLP sentence model " + MODEL);
      }
      return new SentenceSplitter(new SentenceModel(in));
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
