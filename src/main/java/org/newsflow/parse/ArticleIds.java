package org.newsflow.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * Stable article ids. The same story always gets the same id: the id is a hash of its text after
 * Unicode normalisation and whitespace folding, so re-publishing a file, or the same story with
 * other line endings, yields the same key.
 */
public final class ArticleIds {

  private static final int HEX_CHARS = 16;

  private ArticleIds() {}

  /** The id of a decoded article text. */
  public static String forText(String text) {
    String normalized = foldWhitespace(Normalizer.normalize(text, Normalizer.Form.NFC).strip());
    return hash(normalized.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Each run of regex whitespace ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage
   * return) as one space, as {@code replaceAll("\\s+", " ")} gives it. A hand scan: the regex rewrote
   * every single space of the article and was more than half of the parse time.
   */
  static String foldWhitespace(String text) {
    int n = text.length();
    StringBuilder out = null;
    // Most of a story is single spaces between words: copy the stretches between the places that
    // change (a run of whitespace, or whitespace other than a space) whole, not char by char.
    int copied = 0;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isRegexSpace(c) || c == ' ' && (i + 1 == n || !isRegexSpace(text.charAt(i + 1)))) {
        i++;
        continue;
      }
      int runEnd = i + 1;
      while (runEnd < n && isRegexSpace(text.charAt(runEnd))) {
        runEnd++;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(text, copied, i).append(' ');
      copied = runEnd;
      i = runEnd;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** The id of raw bytes that are not text (used for inputs that will be dead-lettered). */
  public static String forBytes(byte[] raw) {
    return hash(raw == null ? new byte[0] : raw);
  }

  /** A hash of several texts, each kept apart from the next so that moving text between them changes it. */
  public static String forParts(String... parts) {
    return hash(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
  }

  private static String hash(byte[] bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return HexFormat.of().formatHex(digest).substring(0, HEX_CHARS);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java platform", e);
    }
  }
}
