package org.newsflow.jmh;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsflow.bench.BenchArticles;
import org.newsflow.model.Article;
import org.newsflow.parse.ArticleParser;
import org.newsflow.parse.ParseResult;

/** The microbenchmarks' articles: the same as {@code newsflow bench}'s (BBC when present, else invented). */
final class Inputs {

  private Inputs() {}

  /** Up to {@code count} distinct raw JSON articles. */
  static List<byte[]> raw(int count) {
    try {
      BenchArticles articles = BenchArticles.load(Path.of(System.getProperty("newsflow.corpus", "../shared/corpus")), count);
      List<byte[]> raw = new ArrayList<>();
      for (int i = 0; i < Math.min(count, articles.distinct()); i++) {
        raw.add(articles.raw(i, "jmh-" + i));
      }
      return raw;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same articles parsed, for the steps that start from a parsed article. */
  static List<Article> parsed(int count) {
    ArticleParser parser = new ArticleParser();
    List<Article> articles = new ArrayList<>();
    for (byte[] raw : raw(count)) {
      if (parser.parse("jmh", raw) instanceof ParseResult.Parsed parsed) {
        articles.add(parsed.article());
      }
    }
    return articles;
  }
}
