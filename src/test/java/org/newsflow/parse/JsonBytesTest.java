package org.newsflow.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** JSON objects read straight from their bytes give what decoding them first gave. */
class JsonBytesTest {

  private final ArticleParser parser = new ArticleParser();

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(String before, int[] middle, String after) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(utf8(before));
    for (int b : middle) {
      out.write(b);
    }
    out.writeBytes(utf8(after));
    return out.toByteArray();
  }

  private static final String BODY = "LONDON (Reuters) - The “committee” said on Tuesday — after 3 hours — that café prices rose.\\n\\n"
      + "\\\"It is done,\\\" she said.\\r\\nJane Smith contributed to this report.";

  private static List<byte[]> cases() {
    return List.of(
        utf8("{\"id\":\"a1\",\"title\":\"Prices rise\",\"body\":\"" + BODY + "\"}"),
        utf8("{\"title\":\"No id\",\"body\":\"" + BODY + "\"}"),
        utf8("{\"id\":\"  \",\"title\":\"Blank id\",\"body\":\"Words here.\"}"),
        utf8("\r\n  \t{\"title\" : \"Whitespace\" ,\r\n \"body\" : \"Body text.\" }\r\n"),
        utf8("{\"title\":\"Emoji \uD83D\uDE00 and CJK 新闻\",\"body\":\"Text with \\u00e9 escapes.\"}"),
        utf8("{\"title\":\"Trailing\",\"body\":\"Body.\"} and then words"),
        utf8("{\"title\":\"Bad\",\"body\": }"),
        utf8("{\"title\":\"Wrong type\",\"body\": 42}"),
        utf8("{\"title\":\"No body\"}"),
        utf8("{\"date\":\"2024-02-30\",\"body\":\"Body.\"}"),
        utf8("{\"dateline\":\"PARIS, March 3\",\"date\":\"2024-03-03\",\"body\":\"Body.\",\"byline\":\"By Ann Lee\"}"),
        utf8("{\"body\":\"DEL \u007f inside\"}"),
        utf8("{\"body\":\"raw control \u0001 inside\"}"),
        utf8("{\"body\":\"raw CR \r inside\"}"),
        utf8("\f{\"body\":\"form feed first\"}"),
        utf8("\u2028{\"body\":\"line separator first\"}"),
        concat("{\"body\":\"overlong ", new int[] {0xc0, 0xaf}, "\"}"),
        concat("{\"body\":\"surrogate ", new int[] {0xed, 0xa0, 0x80}, "\"}"),
        concat("{\"body\":\"too high ", new int[] {0xf4, 0x90, 0x80, 0x80}, "\"}"),
        concat("{\"body\":\"cut short ", new int[] {0xe2, 0x80}, "\"}"),
        concat("{\"body\":\"Latin-1 caf", new int[] {0xe9}, "\"}"),
        concat("{\"body\":\"cut at the end\"}", new int[] {0xe2, 0x80}, ""),
        concat("", new int[] {0xef, 0xbb, 0xbf}, "{\"body\":\"with a byte-order mark\"}"),
        utf8("[{\"body\":\"an array\"}]"),
        utf8("{}"),
        utf8("{"));
  }

  @Test
  void parsingFromBytesGivesWhatDecodingFirstGave() {
    assertThat(cases().stream().filter(TextDecoder::isJsonObjectInCleanUtf8).count())
        .as("cases read from their bytes").isGreaterThanOrEqualTo(12);
    for (byte[] raw : cases()) {
      for (String key : new String[] {"key-1", null, " "}) {
        assertThat(parser.parse(key, raw)).as(new String(raw, StandardCharsets.UTF_8) + " key " + key)
            .isEqualTo(parser.parseDecoded(key, raw));
      }
    }
  }

  @Test
  void takesTheShortWayOnlyForCleanUtf8Objects() {
    assertThat(TextDecoder.isJsonObjectInCleanUtf8(utf8("{\"body\":\"“quoted” café\"}"))).isTrue();
    assertThat(TextDecoder.isJsonObjectInCleanUtf8(utf8(" \r\n{\"body\":\"x\"}"))).isTrue();
    assertThat(TextDecoder.isJsonObjectInCleanUtf8(utf8("{\"body\":\"form\ffeed and tab\t\"}"))).isTrue();
    assertThat(TextDecoder.isJsonObjectInCleanUtf8(utf8("plain text"))).isFalse();
    assertThat(TextDecoder.isJsonObjectInCleanUtf8(utf8("[1]"))).isFalse();
    assertThat(TextDecoder.isJsonObjectInCleanUtf8(utf8("{\"a\":\"\u007f\"}"))).isFalse();
    assertThat(TextDecoder.isJsonObjectInCleanUtf8(utf8("{\"a\":\"\u0000\"}"))).isFalse();
    assertThat(TextDecoder.isJsonObjectInCleanUtf8(concat("{", new int[] {0xed, 0xa0, 0x80}, "}"))).isFalse();
    assertThat(TextDecoder.isJsonObjectInCleanUtf8(new byte[0])).isFalse();
    assertThat(TextDecoder.isJsonObjectInCleanUtf8(null)).isFalse();
  }

  /** Random byte soup after a brace: the check agrees with the JDK's strict decoder and the control-character rule. */
  @Test
  void agreesWithTheStrictDecoderOnRandomBytes() {
    Random random = new Random(20261129);
    int[] interesting = {0x00, 0x01, 0x09, 0x0a, 0x0c, 0x0d, 0x1f, 0x20, 0x41, 0x7e, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0,
        0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xff};
    int accepted = 0;
    for (int round = 0; round < 200_000; round++) {
      byte[] raw = new byte[2 + random.nextInt(6)];
      raw[0] = '{';
      for (int i = 1; i < raw.length; i++) {
        raw[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(256) : interesting[random.nextInt(interesting.length)]);
      }
      boolean expected = strictlyDecodable(raw) && TextDecoder.decode(raw).ok();
      assertThat(TextDecoder.isJsonObjectInCleanUtf8(raw)).as(java.util.HexFormat.of().formatHex(raw)).isEqualTo(expected);
      if (expected) {
        accepted++;
        assertThat(TextDecoder.decode(raw).text()).isEqualTo(new String(raw, StandardCharsets.UTF_8));
      }
    }
    assertThat(accepted).as("some random inputs are clean UTF-8").isGreaterThan(1_000);
  }

  private static boolean strictlyDecodable(byte[] raw) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
