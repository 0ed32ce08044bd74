package org.newsflow.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand scans of the parser give what the regular expressions they replaced gave. */
class ParseScansTest {

  /** Awkward whitespace: runs, tabs, vertical tabs, form feeds, lone carriage returns, spaces the regex \s does not know. */
  private static final List<String> AWKWARD = List.of(
      "plain words only",
      "two  spaces and\ttab",
      "line\nbreak\n\nparagraph\n \t\f\nafter form feed",
      "vertical\u000Btab and\r\rcarriage returns",
      "no-break\u00A0space, em\u2003space and ideographic\u3000space stay",
      "ends with run \n\n\n",
      "\n\n starts with a break",
      "one\n \n two\n\t\nthree\n\u000B\nfour",
      "x\n \u000B\ny",
      "lines\nonly\nno\nparagraphs",
      "a single space \nbefore a break, two  \n  around one",
      "a\n b  c\td \te",
      " ",
      "  ",
      "\t",
      "");

  @Test
  void foldWhitespaceMatchesTheRegex() {
    for (String text : AWKWARD) {
      assertThat(ArticleIds.foldWhitespace(text)).as(text).isEqualTo(text.replaceAll("\\s+", " "));
    }
  }

  @Test
  void foldWhitespaceMatchesTheRegexOnEveryMixOfSpacesAndLetters() {
    // Every string of up to five chars over letters and each kind of whitespace (and one that is
    // not regex whitespace): the scan looks for two spaces and the other spaces separately, and
    // the places where those meet are where it could go wrong.
    char[] alphabet = {'a', ' ', '\n', '\r', '\t', '\u000B', '\f', '\u00A0'};
    List<String> texts = new ArrayList<>(List.of(""));
    List<String> previous = List.of("");
    for (int length = 1; length <= 5; length++) {
      List<String> longer = new ArrayList<>();
      for (String text : previous) {
        for (char c : alphabet) {
          longer.add(text + c);
        }
      }
      texts.addAll(longer);
      previous = longer;
    }
    for (String text : texts) {
      assertThat(ArticleIds.foldWhitespace(text)).as("%s", text.chars().boxed().toList())
          .isEqualTo(text.replaceAll("\\s+", " "));
    }
  }

  @Test
  void foldWhitespaceReturnsTheSameStringWhenThereIsNothingToFold() {
    String text = "Single spaces, nothing else.";
    assertThat(ArticleIds.foldWhitespace(text)).isSameAs(text);
  }

  @Test
  void paragraphsSplitWhereTheRegexSplit() {
    Pattern paragraphBreak = Pattern.compile("\\n[ \\t\\f]*\\n\\s*");
    for (String text : AWKWARD) {
      List<String> expected = new ArrayList<>();
      for (String block : paragraphBreak.split(text.strip())) {
        String paragraph = block.strip().replaceAll("[ \\t]*\\n[ \\t]*", " ").replaceAll("[ \\t\\f]{2,}", " ");
        if (!paragraph.isEmpty()) {
          expected.add(paragraph);
        }
      }
      assertThat(ArticleParser.paragraphs(text)).as(text).isEqualTo(expected);
    }
  }

  @Test
  void bylinePreCheckLetsThroughEveryBylineShape() {
    assertThat(ArticleParser.mayBeByline("Jane Doe in Paris CONTRIBUTED to this report.")).isTrue();
    assertThat(ArticleParser.mayBeByline("By Jane Doe")).isTrue();
    assertThat(ArticleParser.mayBeByline("(Reporting by Jane Doe; Editing by John Roe)")).isTrue();
    assertThat(ArticleParser.mayBeByline("The minister said the talks would resume on Monday.")).isFalse();
    assertThat(ArticleParser.mayBeByline("Bystanders contribute to this")).isFalse();
  }

  @Test
  void letterCharsCountsLettersAsTheRegexDid() {
    for (String text : List.of("WASHINGTON", "A.", "U.S.", "SÃO PAULO", "\uD801\uDC00X", "1 - 2", "")) {
      assertThat(DatelineParser.letterChars(text)).as(text).isEqualTo(text.replaceAll("[^\\p{L}]", "").length());
    }
  }

  @Test
  void asciiAndNonAsciiTextAreCheckedForControlCharactersAlike() {
    for (String text : List.of("plain \u0007 bell", "caf\u00e9 \u0007 bell", "del \u007f", "caf\u00e9 del \u007f")) {
      TextDecoder.Decoded decoded = TextDecoder.decode(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertThat(decoded.reason()).as(text).isEqualTo(org.newsflow.model.Failure.Reason.BINARY_CONTENT);
      assertThat(decoded.detail()).as(text).contains("at character " + text.indexOf(text.charAt(text.length() - 1) == '\u007f' ? '\u007f' : '\u0007'));
    }
    assertThat(TextDecoder.decode("tab\tform\ffeed\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)).text())
        .isEqualTo("tab\tform\ffeed\r\n");
    assertThat(TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'}).reason())
        .isEqualTo(org.newsflow.model.Failure.Reason.EMPTY);
  }

  @Test
  void theDatelineChecksPassWheneverThePatternsMatch() {
    // Cities, regions, dates, agencies and dashes as the wire writes them, in every combination,
    // with the leading noise and the scripts the patterns allow; and prose that must not match.
    List<String> cities = List.of("WASHINGTON", "SAN JUAN", "ST. JOHN'S", "ZÜRICH", "U.S.", "O’HARE",
        "PORT-AU-PRINCE", "Toronto", "São Paulo", "A", "AB", "\uD835\uDC00B", "The market", "Ōsaka", "É\u0301COLE");
    List<String> middles = List.of("", ", Ukraine", ", Feb 26", ", March 17", ", Sept. 3", ", Puerto Rico, dec 1",
        " Macrh 31", ", March 12, Reuter", " (AP)", " (Reuters)", ",  JAN  5", ", Newfoundland, Sept. 3 (AP)",
        ", ", " and more, jun 4", ",fEb 9");
    List<String> dashes = List.of(" — ", " - ", " -- ", " – ", "-", " ", ", said - ");
    List<String> leads = List.of("", "*** ", "  \t", "\n*");
    int datelines = 0;
    for (String lead : leads) {
      for (String city : cities) {
        for (String middle : middles) {
          for (String dash : dashes) {
            String text = lead + city + middle + dash + "Text follows.";
            int start = DatelineParser.cityStart(text);
            if (DatelineParser.DATELINE.matcher(text).lookingAt()) {
              datelines++;
              assertThat(DatelineParser.mayOpenDateline(text, start)).as(text).isTrue();
            }
            if (DatelineParser.MIXED_CASE_DATELINE.matcher(text).lookingAt()) {
              datelines++;
              assertThat(DatelineParser.mayOpenMixedCaseDateline(text, start)).as(text).isTrue();
            }
          }
        }
      }
    }
    assertThat(datelines).as("combinations the patterns match").isGreaterThan(1000);
    assertThat(DatelineParser.mayOpenDateline("The market rose - and fell.", 0)).isFalse();
    assertThat(DatelineParser.mayOpenMixedCaseDateline("The market rose, and fell - then.", 0)).isFalse();
  }

  @Test
  void everyCharBelowTheFirstNfcChangeIsItsOwnNfcFormAloneAndBesideAnyOther() {
    for (char a = 0; a < ArticleIds.FIRST_NFC_CHANGE; a++) {
      assertThat(Normalizer.isNormalized(String.valueOf(a), Normalizer.Form.NFC)).as("U+%04X", (int) a).isTrue();
      for (char b = 0; b < ArticleIds.FIRST_NFC_CHANGE; b++) {
        String pair = new String(new char[] {a, b});
        if (!Normalizer.isNormalized(pair, Normalizer.Form.NFC)) {
          throw new AssertionError(String.format("U+%04X U+%04X is not NFC", (int) a, (int) b));
        }
      }
    }
    // The bound is tight: the first combining mark composes with the letter before it.
    assertThat(Normalizer.normalize("e" + ArticleIds.FIRST_NFC_CHANGE, Normalizer.Form.NFC)).isEqualTo("\u00E8");
  }

  @Test
  void onlyTextBelowTheFirstNfcChangeSkipsTheNormaliser() {
    assertThat(ArticleIds.isNfcAsItIs("Plain ASCII, and Latin-1: caf\u00E9 \u00A35\u00A0m")).isTrue();
    assertThat(ArticleIds.isNfcAsItIs("")).isTrue();
    assertThat(ArticleIds.isNfcAsItIs("cafe\u0301")).isFalse();
    assertThat(ArticleIds.isNfcAsItIs("\u2018quoted\u2019")).isFalse();
    assertThat(ArticleIds.isNfcAsItIs("ends with \u212B")).isFalse();
  }

  @Test
  void textIdsAreTheHashOfTheNormalisedStrippedAndFoldedText() throws Exception {
    List<String> texts = new ArrayList<>(AWKWARD);
    texts.addAll(List.of("caf\u00E9 \u00A35", "cafe\u0301 \u00A35", "\u212Bngstr\u00F6m\n\n\u2003", "\u2000 \u3000 x \u2001",
        "\u2018Quoted\u2019 \u201Cwords\u201D\t\t", "\u1100\u1161 jamo"));
    for (String text : texts) {
      String folded = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(folded.getBytes(StandardCharsets.UTF_8));
      assertThat(ArticleIds.forText(text)).as(text).isEqualTo(HexFormat.of().formatHex(digest).substring(0, 16));
    }
    assertThat(ArticleIds.forText("cafe\u0301 au lait")).isEqualTo(ArticleIds.forText("caf\u00E9 au lait"));
  }

  /** The per-position scan that {@link ArticleParser#containsAsciiIgnoreCase} replaced. */
  private static boolean containsAsciiIgnoreCaseByEveryPosition(String text, String word) {
    for (int i = 0; i <= text.length() - word.length(); i++) {
      int k = 0;
      while (k < word.length() && (text.charAt(i + k) | 0x20) == word.charAt(k)) {
        k++;
      }
      if (k == word.length()) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theWordIsFoundWhereverAnyPositionScanFindsIt() {
    List<String> texts = new ArrayList<>(List.of("", "c", "contribute", "contributed", "CONTRIBUTED.",
        "Jane Doe contributed to this report.", "cccontributed", "Contributed", "cOnTrIbUtEd",
        "contribute d", "a contributor and a CONTRIBUTED one", "ccccc CCCCC", "contributeD",
        "Contributed\u0130", "\u0108ontributed", "Ccontributedc"));
    // Every string over a small alphabet of near misses, up to five letters long, around the word.
    char[] alphabet = {'c', 'C', 'o', 'x', ' '};
    List<String> shorts = new ArrayList<>(List.of(""));
    for (int length = 1; length <= 5; length++) {
      List<String> longer = new ArrayList<>();
      for (String prefix : shorts) {
        if (prefix.length() == length - 1) {
          for (char c : alphabet) {
            longer.add(prefix + c);
          }
        }
      }
      shorts.addAll(longer);
    }
    for (String a : shorts) {
      texts.add(a);
      texts.add(a + "contributed");
      texts.add("CONTRIBUTE" + a);
      texts.add(a + "Contributed" + a);
    }
    for (String text : texts) {
      assertThat(ArticleParser.containsAsciiIgnoreCase(text, "contributed")).as(text)
          .isEqualTo(containsAsciiIgnoreCaseByEveryPosition(text, "contributed"));
      assertThat(ArticleParser.containsAsciiIgnoreCase(text, "co")).as(text)
          .isEqualTo(containsAsciiIgnoreCaseByEveryPosition(text, "co"));
    }
  }

  @Test
  void oneScanTellsAsciiFromNotAndFindsTheControlBytesTheDecoderRejects() {
    for (int value = 0; value < 256; value++) {
      byte b = (byte) value;
      byte[] raw = {'a', ' ', b, 'z'};
      int expected = value >= 0x80 ? TextDecoder.NOT_ASCII
          : (value < 0x20 && value != '\t' && value != '\n' && value != '\r' && value != '\f') || value == 0x7f
              ? TextDecoder.ASCII_WITH_CONTROL : TextDecoder.ASCII;
      assertThat(TextDecoder.asciiScan(raw, 0)).as("byte 0x%02X", value).isEqualTo(expected);
      // Bytes before the offset (a byte-order mark's) are not looked at.
      assertThat(TextDecoder.asciiScan(raw, 3)).as("byte 0x%02X before the offset", value).isEqualTo(TextDecoder.ASCII);
      if (expected == TextDecoder.ASCII_WITH_CONTROL) {
        assertThat(TextDecoder.decode(raw).detail()).startsWith(String.format("control character U+%04X at character 2", value));
      }
    }
    // A control byte and then a byte that is not ASCII: not ASCII, whatever came first.
    assertThat(TextDecoder.asciiScan(new byte[] {'a', 0x01, (byte) 0xC3, (byte) 0xA9}, 0)).isEqualTo(TextDecoder.NOT_ASCII);
    assertThat(TextDecoder.asciiScan(new byte[0], 0)).isEqualTo(TextDecoder.ASCII);
  }
}
