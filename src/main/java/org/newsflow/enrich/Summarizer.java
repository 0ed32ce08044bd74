package org.newsflow.enrich;

import java.util.List;
import java.util.function.IntUnaryOperator;

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
    return leadSentences(sentences.size(), i -> Tokenizer.count(sentences.get(i)));
  }

  /** As {@link #leadSentences}, from each sentence's {@link Tokenizer#tokens}, already at hand. */
  public static int leadOfTokenized(List<List<Token>> sentenceTokens) {
    return leadSentences(sentenceTokens.size(), i -> sentenceTokens.get(i).size());
  }

  private static int leadSentences(int sentences, IntUnaryOperator wordsOf) {
    int words = 0;
    int taken = 0;
    for (int i = 0; i < sentences; i++) {
      int sentenceWords = wordsOf.applyAsInt(i);
      if (taken > 0 && (words + sentenceWords > WORD_BUDGET || taken >= MAX_SENTENCES)) {
        break;
      }
      words += sentenceWords;
      taken++;
    }
    return taken;
  }
}
