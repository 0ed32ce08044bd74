package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.DefaultEndOfSentenceScanner;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static final List<String> PARAGRAPHS = List.of(
      "The U.S. economy grew 2.5% last year. Officials said so on Monday! Did they? Yes.",
      "Mr. Smith went to Washington... and came back.",
      "“It is over,” he said. “We won.” Then he left.",
      "No end mark here",
      "Prices rose (by 3.1%.) Markets fell?! Analysts were surprised.",
      "A\u00A0no-break space. Then more.");

  @Test
  void scannerFindsTheEndCharactersOpenNlpsScannerFinds() {
    char[] ends = {'.', '!', '?'};
    var ours = new SentenceSplitter.CharScanner(ends);
    var theirs = new DefaultEndOfSentenceScanner(ends);
    for (String text : PARAGRAPHS) {
      assertThat(ours.getPositions(text)).as(text).isEqualTo(theirs.getPositions(text));
      assertThat(ours.getPositions(text.toCharArray())).as(text).isEqualTo(theirs.getPositions(text.toCharArray()));
    }
    assertThat(ours.getEOSCharacters()).isEqualTo(theirs.getEOSCharacters());
  }

  @Test
  void scannerGivesEachPlaceOnceInOrderWhateverTheTextAndEndsGiven() {
    // The String path merges one search per end character: a repeated end character, ends next
    // to each other and a text that is not a String must still give the stock scanner's answer.
    char[] ends = {'?', '.', '!', '.'};
    var ours = new SentenceSplitter.CharScanner(ends);
    var theirs = new DefaultEndOfSentenceScanner(ends);
    for (String text : List.of("", ".", "?!.", "a.b?c!d", "Really?!... Yes.", "no ends at all", "!x.x?")) {
      assertThat(ours.getPositions(text)).as(text).isEqualTo(theirs.getPositions(text));
      assertThat(ours.getPositions(new StringBuilder(text))).as(text).isEqualTo(theirs.getPositions(text));
    }
    assertThat(ours.getEOSCharacters()).containsExactlyInAnyOrder('?', '.', '!');
  }

  @Test
  void sentencesAreThoseOfTheStockDetector() throws Exception {
    SentenceDetectorME stock;
    try (InputStream in = SentenceSplitter.class.getResourceAsStream("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin")) {
      stock = new SentenceDetectorME(new SentenceModel(in));
    }
    List<String> expected = new ArrayList<>();
    for (String paragraph : PARAGRAPHS) {
      for (Span span : stock.sentPosDetect(paragraph)) {
        String sentence = span.getCoveredText(paragraph).toString().strip();
        if (!sentence.isEmpty()) {
          expected.add(sentence);
        }
      }
    }
    List<String> sentences = SentenceSplitter.bundled().sentences(PARAGRAPHS);
    assertThat(sentences).isEqualTo(expected).hasSizeGreaterThan(PARAGRAPHS.size());
  }
}
