package org.newsflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.newsflow.corpus.LabelledArticle;
import org.newsflow.enrich.Enricher;
import org.newsflow.parse.ArticleParser;
import org.newsflow.pipeline.Annotator;
import org.newsflow.model.TopicTag;
import org.newsflow.route.Router;
import org.newsflow.tag.Tagger;
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

  /**
   * The standard tagger with {@code beforeTagging} run on each body first: to count the articles
   * tagged, or to throw on chosen ones as a faulty tagger would.
   */
  public static Tagger taggerBefore(Consumer<String> beforeTagging) {
    Tagger standard = BundledModel.standardTagger();
    return new Tagger() {
      @Override
      public List<TopicTag> tag(String headline, String body) {
        beforeTagging.accept(body);
        return standard.tag(headline, body);
      }

      @Override
      public Taxonomy taxonomy() {
        return standard.taxonomy();
      }
    };
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

  /** A small invented corpus: three topics with their own vocabulary, one story in two of them. */
  public static List<LabelledArticle> inventedCorpus() {
    List<LabelledArticle> articles = new ArrayList<>();
    String[] sport = {"striker scored a late goal", "the keeper saved a penalty", "league leaders won the derby",
        "coach praised the midfield", "fans cheered the match winner"};
    String[] markets = {"shares fell as profits slipped", "the central bank raised rates", "bond yields rose on inflation",
        "the company reported quarterly earnings", "investors sold stocks and bonds"};
    String[] weather = {"heavy rain and strong winds", "a heatwave with record temperatures", "snow closed mountain roads",
        "forecasters warned of storms", "frost and fog overnight"};
    for (int repeat = 0; repeat < 6; repeat++) {
      for (int i = 0; i < 5; i++) {
        articles.add(new LabelledArticle("s" + repeat + i, "Match report", sport[i] + " " + sport[(i + repeat) % 5], List.of("sport")));
        articles.add(new LabelledArticle("m" + repeat + i, "Markets", markets[i] + " " + markets[(i + repeat) % 5], List.of("Money FX")));
        articles.add(new LabelledArticle("w" + repeat + i, "Forecast", weather[i] + " " + weather[(i + repeat) % 5], List.of("weather")));
      }
    }
    articles.add(new LabelledArticle("both", "Storm stops play", "heavy rain and strong winds stopped the match winner", List.of("sport", "weather")));
    return articles;
  }

  public static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
