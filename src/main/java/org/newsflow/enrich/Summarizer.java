package org.newsflow.enrich;

import java.util.List;

/**
 * An extractive summary: the lead sentences, whole, up to a word budget. Wire stories put the news
 * first, so the lead is the summary an editor would write; a sentence is never cut in half.
 */
public final class Summarizer {

  private static final int WORD_BUDGET = 60;
  private static final int MAX_SENTENCES = 3;

  private Summarizer() {}

  public static String summarize(List<String> sentences) {
    return String.join(" ", sentences.subList(0, leadSentences(sentences)));
  }

  /** How many of the first sentences the summary takes. */
  public static int leadSentences(List<String> sentences) {
    int words = 0;
    int taken = 0;
    for (String sentence : sentences) {
      int sentenceWords = Tokenizer.count(sentence);
      if (taken > 0 && (words + sentenceWords > WORD_BUDGET || taken >= MAX_SENTENCES)) {
        break;
      }
      words += sentenceWords;
      taken++;
    }
    return taken;
  }
}
