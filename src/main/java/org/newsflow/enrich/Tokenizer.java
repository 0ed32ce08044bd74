package org.newsflow.enrich;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits text into word tokens: letters and digits, with inner apostrophes, hyphens and ampersands
 * kept ("China-based", "AT&T", "it’s"), and dotted abbreviations as one token ("U.S.").
 */
public final class Tokenizer {

  private static final Pattern WORD = Pattern.compile(
      "(?:\\p{L}\\.){2,}|[\\p{L}\\p{M}\\p{N}]+(?:['’\\-&][\\p{L}\\p{M}\\p{N}]+)*");

  private Tokenizer() {}

  public static List<Token> tokens(String text) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      tokens.add(new Token(m.group(), m.start(), m.end()));
    }
    return tokens;
  }
}
