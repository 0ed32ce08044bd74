package org.newsflow.enrich;

/** A word in a sentence, with its character offsets in the text it came from. */
public record Token(String text, int start, int end) {

  public boolean capitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }
}
