package org.newsflow.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/**
 * The language of a text as an ISO 639-1 code, from Apache OpenNLP's language detector (103
 * languages, trained on Leipzig corpora). Texts too short to judge, or judged with low confidence,
 * get no language rather than a guess.
 */
public final class LanguageIdentifier {

  private static final String MODEL = "/langdetect-183.bin";
  /** Characters sampled from the start of the text: enough to decide, cheap on long articles. */
  private static final int SAMPLE_CHARS = 1500;
  private static final int MIN_CHARS = 20;
  /** The model spreads probability over 103 languages: the winner must stand clear of the runner-up. */
  private static final double MIN_LEAD_RATIO = 1.5;

  private final ThreadLocal<LanguageDetectorME> detector;
  private final Map<String, String> iso3ToIso1;

  private LanguageIdentifier(LanguageDetectorModel model) {
    this.detector = ThreadLocal.withInitial(() -> new LanguageDetectorME(model));
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
      return new LanguageIdentifier(new LanguageDetectorModel(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<String> identify(String text) {
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    if (sample.strip().length() < MIN_CHARS) {
      return Optional.empty();
    }
    Language[] ranked = detector.get().predictLanguages(sample);
    if (ranked.length == 0) {
      return Optional.empty();
    }
    Language best = ranked[0];
    if (ranked.length > 1 && best.getConfidence() < MIN_LEAD_RATIO * ranked[1].getConfidence()) {
      return Optional.empty();
    }
    return Optional.ofNullable(iso3ToIso1.get(best.getLang()));
  }
}
