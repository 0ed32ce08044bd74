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
    String normalized = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    return hash(normalized.getBytes(StandardCharsets.UTF_8));
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
