package org.newsflow.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import org.newsflow.model.Whitespace;

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
    String nfc = isNfcAsItIs(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    String normalized = foldWhitespace(nfc.strip());
    return hash(normalized.getBytes(StandardCharsets.UTF_8));
  }

  /** Below this char no text needs NFC composition: the first combining mark (U+0300) is the lowest that can change. */
  static final char FIRST_NFC_CHANGE = '\u0300';

  /**
   * Whether every char of the text lies below {@link #FIRST_NFC_CHANGE}, which makes the text its
   * own NFC form (a unit test checks every such char and pair of chars). Most news copy is ASCII
   * or Latin-1, and the normaliser's own check of every char, through its tables, was over a third
   * of the id's cost.
   */
  static boolean isNfcAsItIs(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= FIRST_NFC_CHANGE) {
        return false;
      }
    }
    return true;
  }

  /**
   * Each run of regex whitespace ({@code \s}: space, tab, line feed, vertical tab, form feed, carriage
   * return) as one space, as {@code replaceAll("\\s+", " ")} gives it. The regex rewrote every single
   * space of the article and was more than half of the parse time; a char-by-char scan still paid a
   * mispredicted branch at nearly every space. Most of a story is single spaces between words, which
   * stay: only the places that change are looked for, with {@link String#indexOf} (a vectorised
   * search), and the stretches between them are copied whole.
   */
  static String foldWhitespace(String text) {
    int n = text.length();
    // The next place of each pattern that starts a change: two spaces, or a space other than ' '.
    // Each is searched again only once the scan has passed it, so the text is read once per pattern.
    int[] next = new int[FOLD_STARTS.length];
    Arrays.fill(next, -1);
    StringBuilder out = null;
    int copied = 0;
    while (true) {
      int at = n;
      for (int k = 0; k < next.length; k++) {
        if (next[k] < copied) {
          int found = text.indexOf(FOLD_STARTS[k], copied);
          next[k] = found < 0 ? n : found;
        }
        at = Math.min(at, next[k]);
      }
      if (at == n) {
        break;
      }
      // A single space just before a line feed (say) belongs to its run: two spaces would have been found first.
      int start = at > copied && text.charAt(at - 1) == ' ' ? at - 1 : at;
      int runEnd = at + 1;
      while (runEnd < n && Whitespace.isRegexSpace(text.charAt(runEnd))) {
        runEnd++;
      }
      if (out == null) {
        out = new StringBuilder(n);
      }
      out.append(text, copied, start).append(' ');
      copied = runEnd;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  private static final String[] FOLD_STARTS = {"  ", "\n", "\r", "\t", "\u000B", "\f"};

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
