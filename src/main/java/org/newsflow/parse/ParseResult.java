package org.newsflow.parse;

import org.newsflow.model.Article;
import org.newsflow.model.Failure;

/** Either a parsed article or the reason the input is not one. Never an exception. */
public sealed interface ParseResult {

  record Parsed(Article article) implements ParseResult {}

  record Rejected(Failure failure) implements ParseResult {}

  static ParseResult rejected(Failure.Reason reason, String detail) {
    return new Rejected(Failure.parse(reason, detail));
  }
}
