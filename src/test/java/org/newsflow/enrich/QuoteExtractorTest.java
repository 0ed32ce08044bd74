package org.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsflow.model.Quote;

class QuoteExtractorTest {

  private static final NameFinder FINDER = NameFinder.bundled(Gazetteer.bundled());
  private final QuoteExtractor extractor = new QuoteExtractor();

  private List<Quote> quotes(String... paragraphs) {
    var sentences = SentenceSplitter.bundled().sentences(List.of(paragraphs));
    return extractor.extract(List.of(paragraphs), FINDER.find(sentences));
  }

  @Test
  void speakerAfterTheQuote() {
    assertThat(quotes("Chinese leader Xi Jinping spoke first.", "“Conflict is not an option,” Xi said."))
        .containsExactly(new Quote("Conflict is not an option", "Xi Jinping"));
  }

  @Test
  void speakerBeforeTheQuoteWithAColon() {
    assertThat(quotes("ECB President Christine Lagarde said: “Inflation is falling.”"))
        .containsExactly(new Quote("Inflation is falling.", "Christine Lagarde"));
  }

  @Test
  void saidNameWithAnAppositive() {
    assertThat(quotes("\"Leave now,\" said Maria Santos, the fire chief."))
        .containsExactly(new Quote("Leave now", "Maria Santos"));
  }

  @Test
  void pronounResolvesToThePersonLastNamed() {
    assertThat(quotes("Coach Graham Pike was furious after the game.", "\"We let them back into it,\" he said."))
        .containsExactly(new Quote("We let them back into it", "Graham Pike"));
  }

  @Test
  void quoteContinuingAfterItsAttribution() {
    assertThat(quotes("Runner Mercy Tanui won. “I was not thinking,” Tanui said. “Then I saw the clock.”"))
        .extracting(Quote::speaker).containsExactly("Mercy Tanui", "Mercy Tanui");
  }

  @Test
  void noSpeakerRatherThanAWrongOne() {
    assertThat(quotes("“Nobody expected this,” one resident told local radio."))
        .containsExactly(new Quote("Nobody expected this", null));
  }

  @Test
  void titlesInQuotesAreNotSpeech() {
    assertThat(quotes("Joe Biden said on “Meet the Press” that he would run.")).isEmpty();
  }

  @Test
  void quoteEndingInACommaLosesIt() {
    for (String text : List.of("We won,", "We won", "We won,,", ",", "a,\u0085", "a\u0085", "Oui, mais non,  ", "")) {
      assertThat(QuoteExtractor.trimPunctuation(text.strip()))
          .as(text).isEqualTo(text.strip().replaceAll("[,]$", "").strip());
    }
  }

  @Test
  void speakerLosesAFullStopAfterAWordButNotAnAbbreviation() {
    for (String name : List.of("Smith.", "Smith", "U.S.", "Jr.", "Mr.", "A.", ".", "", "Ax.", "Éric Zoë.", "Łódź.",
        "Dr 𝑎𝑏.", "ab.", "aB.", "Ab..")) {
      assertThat(QuoteExtractor.stripSentenceStop(name))
          .as(name).isEqualTo(name.replaceAll("(?<=\\p{Ll}{2})\\.$", ""));
    }
  }

  @Test
  void attributionBeforeAQuoteEndsInAColonOrComma() {
    assertThat(QuoteExtractor.endsWithColonOrComma("Lagarde said: ")).isTrue();
    assertThat(QuoteExtractor.endsWithColonOrComma("He added,\n")).isTrue();
    assertThat(QuoteExtractor.endsWithColonOrComma("He added,\u2028")).isTrue();
    assertThat(QuoteExtractor.endsWithColonOrComma("The minister left. ")).isFalse();
    assertThat(QuoteExtractor.endsWithColonOrComma("")).isFalse();
    assertThat(QuoteExtractor.endsWithColonOrComma("  ")).isFalse();
  }

  @Test
  void quotesAfterOtherQuotationMarksAndTextAreAllFound() {
    assertThat(quotes("The motto “Never again” was painted on the wall. “We will not stop,” said Anna Berg. "
        + "Later she added: \"It is only the start.\""))
        .extracting(Quote::text).containsExactly("We will not stop", "It is only the start.");
  }

  @Test
  void sentenceBeforeAQuoteStartsAfterTheLastStop() {
    for (String text : List.of("He left. She said ", "Why? Because! Then. ", "no stop here", "", "A.", ". ", "a! b? c. d",
        "end with stop.")) {
      int expected = Math.max(Math.max(text.lastIndexOf(". "), text.lastIndexOf("? ")), text.lastIndexOf("! "));
      assertThat(QuoteExtractor.lastSentenceEnd(text)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void reportedSpeechFoundWhereTheWholeTextRegexFindsIt() {
    var regex = java.util.regex.Pattern.compile(
        "\\b(?:said|says|told|wrote|saying|vowing|vowed|urged|called|according to|warned|pledged|promised|described)\\b");
    for (String text : List.of("She said so", "unsaid things", "saidx", "xsaid", "He told_ them", "according to him",
        "according  to", "accordingto", "The minister, according to reports,", "she says", "", "said", "re-called",
        "misdescribed it", "vowed.", "Éwrote", "wroteé", "It was called off", "SAID loudly", "sayings", "saying")) {
      assertThat(QuoteExtractor.reportsSpeech(text)).as(text).isEqualTo(regex.matcher(text).find());
    }
  }
}
