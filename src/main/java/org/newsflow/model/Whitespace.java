package org.newsflow.model;

/**
 * Whitespace as the regex {@code \s} means it, for the hand scans that replaced such regexes in the
 * parser and the enrichers: they must split where the patterns did, or their output would change.
 */
public final class Whitespace {

  private Whitespace() {}

  /** Whether {@code \s} (without {@code UNICODE_CHARACTER_CLASS}) matches {@code c}. */
  public static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
