package org.newsflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsflow.enrich.Enricher;
import org.newsflow.parse.ArticleParser;
import org.newsflow.pipeline.Annotator;
import org.newsflow.route.Router;
import org.newsflow.tag.Taxonomy;
import org.newsflow.tag.BundledModel;

/** Shared, expensive-to-build production components and the seed files, for tests. */
public final class Fixtures {

  public static final Path SEEDS = Path.of("seeds");
  public static final String SEED_ARTICLE = "000_c741f3a0a8cdc543.txt";

  private static Enricher enricher;

  private Fixtures() {}

  public static synchronized Enricher enricher() {
    if (enricher == null) {
      enricher = Enricher.bundled();
    }
    return enricher;
  }

  public static Annotator annotator() {
    return new Annotator(new ArticleParser(), enricher(), BundledModel.standardTagger());
  }

  public static Router router() {
    Taxonomy taxonomy = Taxonomy.bundled();
    return new Router(taxonomy, taxonomy.threshold());
  }

  public static byte[] seed(String name) {
    try {
      return Files.readAllBytes(SEEDS.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
