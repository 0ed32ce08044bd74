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
    // The text after the end holds a colon and a comma: only what comes before the end counts.
    for (String before : List.of("Lagarde said: ", "He added,\n", "He added,\u2028")) {
      assertThat(QuoteExtractor.endsWithColonOrComma(before + "“Yes.” More: ", before.length())).as(before).isTrue();
    }
    for (String before : List.of("The minister left. ", "", "  ")) {
      assertThat(QuoteExtractor.endsWithColonOrComma(before + "“Yes,” he said: ", before.length())).as(before).isFalse();
    }
  }

  @Test
  void quoteClosesWhereTheQuoteRegexEndsItsMatch() {
    var regex = java.util.regex.Pattern.compile("“([^“”]{2,2000}?)”|\"([^\"\\n]{2,2000}?)\"");
    String twoThousand = "a".repeat(2000);
    for (String paragraph : List.of("“We won,” he said.", "\"We won,\" he said.", "“a” “ab” “abc”", "\"a\" \"ab\"",
        "“one “two” three”", "“open only", "\"open only", "\"line\nbreak\" \"ok\"", "“line\nbreak is fine”",
        "“😀” “😀a” “a😀” \"😀\"", "“\uD800” “\uD800\uD800”", "“" + twoThousand + "”", "“" + twoThousand + "a”",
        "\"" + twoThousand + "\"", "\"" + twoThousand + "a\"", "“" + "😀".repeat(1500) + "”", "“mixed\" marks”",
        "\"mixed ” marks\"", "“”", "\"\"", "", "”backwards“ and “on”")) {
      for (int open = 0; open < paragraph.length(); open++) {
        char c = paragraph.charAt(open);
        if (c != '“' && c != '"') {
          continue;
        }
        var m = regex.matcher(paragraph).region(open, paragraph.length());
        int expected = m.lookingAt() ? m.end() - 1 : -1;
        assertThat(QuoteExtractor.closingMark(paragraph, open)).as("%s at %d", paragraph, open).isEqualTo(expected);
      }
    }
  }

  @Test
  void attributionBeforeAQuoteFoundWhereTheRegionsFindFindsIt() {
    for (String text : List.of("Mr Smith said: ", "Later he said: ", "She told reporters, ", "the said: ", "Xthe said: ",
        "Anna Berg, a spokeswoman, said: ", "Éric Zoë said, ", "𝐀lpha Beta said: ", "HE SAID: ", "\u017Fhe said: ",
        "He said:\u2028", "He said. Then Jo Lee added, ", "no attribution here: ", "", ",", "she  warned  them all, ",
        "It was, said Lee, ", "Ahe said: ")) {
      for (int from = 0; from <= text.length(); from++) {
        for (var pattern : List.of(QuoteExtractor.BEFORE_NAME_VERB, QuoteExtractor.BEFORE_PRONOUN)) {
          var expected = pattern.matcher(text).region(from, text.length());
          var actual = pattern.matcher(text);
          boolean found = pattern == QuoteExtractor.BEFORE_NAME_VERB
              ? QuoteExtractor.find(actual, from, text.length(), at -> QuoteExtractor.mayStartName(text, at))
              : QuoteExtractor.find(actual, from, text.length(), at -> QuoteExtractor.mayStartPronoun(text, at));
          String where = pattern + " in [" + text + "] from " + from;
          assertThat(found).as(where).isEqualTo(expected.find());
          if (found) {
            assertThat(actual.start()).as(where).isEqualTo(expected.start());
            assertThat(actual.end()).as(where).isEqualTo(expected.end());
            assertThat(actual.group(1)).as(where).isEqualTo(expected.group(1));
          }
        }
      }
    }
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
      // What follows the end has sentence ends of its own, which must not count.
      assertThat(QuoteExtractor.lastSentenceEnd(text + " Yes. No! ", text.length())).as(text).isEqualTo(expected);
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

  @Test
  void afterAQuoteEachPatternIsRuledOutOnlyWhereItCannotMatch() {
    for (String text : List.of(", he said.", "\" she told reporters", ",they  added", " HE SAID", " \u017Fhe said", "?\the noted",
        ". The minister said", ", said Anna Berg.", " said\tAnna", "saidAnna", ", the party's leader, Tom Lee, said",
        " mission director Éric Zoë warned", " 𝐀lpha Beta said", "", ",", ". ", " 42 people", " \"Next\"", " he", " hesaid",
        " But he said", ", according to Lee.", " told", " wrote\n Lee", ",, said Lee")) {
      for (int from = 0; from <= text.length(); from++) {
        int word = QuoteExtractor.firstWordAfter(text, from);
        String where = "[" + text + "] from " + from;
        if (QuoteExtractor.AFTER_PRONOUN.matcher(text).region(from, text.length()).lookingAt()) {
          assertThat(QuoteExtractor.mayStartPronounAttribution(text, word)).as(where).isTrue();
        }
        if (QuoteExtractor.AFTER_NAME_VERB.matcher(text).region(from, text.length()).lookingAt()) {
          assertThat(word < text.length() && QuoteExtractor.isLetterCased(text, word)).as(where).isTrue();
        }
        if (QuoteExtractor.AFTER_VERB_NAME.matcher(text).region(from, text.length()).lookingAt()) {
          assertThat(QuoteExtractor.startsWithVerb(text, word)).as(where).isTrue();
        }
      }
    }
    // And most attributions that are not there are ruled out by the first word.
    assertThat(QuoteExtractor.mayStartPronounAttribution(" The end", QuoteExtractor.firstWordAfter(" The end", 0))).isFalse();
    assertThat(QuoteExtractor.startsWithVerb(". The end", QuoteExtractor.firstWordAfter(". The end", 0))).isFalse();
    assertThat(QuoteExtractor.startsWithVerb(" saidx Lee", 1)).isFalse();
    assertThat(QuoteExtractor.isLetterCased(" 42", QuoteExtractor.firstWordAfter(" 42", 0))).isFalse();
  }

  @Test
  void pronounResolvesToThePersonNamedLastWhenSeveralAre() {
    assertThat(quotes("Coach Graham Pike praised striker Ana Silva after the game.", "\"We never gave up,\" she said."))
        .containsExactly(new Quote("We never gave up", "Ana Silva"));
    assertThat(quotes("Ana Silva scored twice.", "Coach Graham Pike was furious.", "\"We let them back in,\" he said."))
        .containsExactly(new Quote("We let them back in", "Graham Pike"));
  }

  @Test
  void titleLikeTextsOfUpToSixWordsAreNotSpeechLongerOnesAre() {
    assertThat(QuoteExtractor.isSpeech("Meet the Press")).isFalse();
    assertThat(QuoteExtractor.isSpeech("One Two Three Four Five Six")).isFalse();
    assertThat(QuoteExtractor.isSpeech("One Two Three Four Five Six Seven")).isTrue();
    assertThat(QuoteExtractor.isSpeech("One Two Three Four Five Six.")).isTrue();
    assertThat(QuoteExtractor.isSpeech("We will win this")).isTrue();
    assertThat(QuoteExtractor.isSpeech("Never")).isFalse();
    assertThat(QuoteExtractor.isSpeech("")).isFalse();
  }
}
