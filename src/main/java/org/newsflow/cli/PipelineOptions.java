package org.newsflow.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.newsflow.config.Settings;
import org.newsflow.enrich.Enricher;
import org.newsflow.parse.ArticleParser;
import org.newsflow.pipeline.Annotator;
import org.newsflow.route.Router;
import org.newsflow.tag.Taxonomy;
import org.newsflow.tag.TopicTagger;
import picocli.CommandLine.Option;

/** Options that shape the annotation: the taxonomy file and the route threshold. */
final class PipelineOptions {

  @Option(names = "--taxonomy", paramLabel = "FILE",
      description = "Taxonomy and tagging rules (JSON) to use instead of the bundled IPTC Media Topics (newsflow.taxonomy).")
  Path taxonomyFile;

  @Option(names = "--threshold", paramLabel = "SCORE",
      description = "Route an article to a topic when its tag scores at least this, 0..1 (newsflow.route.threshold; default: the taxonomy's).")
  Double threshold;

  Map<String, String> flags() {
    Map<String, String> flags = new HashMap<>();
    if (taxonomyFile != null) {
      flags.put(Settings.TAXONOMY_FILE, taxonomyFile.toString());
    }
    if (threshold != null) {
      flags.put(Settings.ROUTE_THRESHOLD, threshold.toString());
    }
    return flags;
  }

  static Taxonomy taxonomy(Settings settings) throws IOException {
    var file = settings.get(Settings.TAXONOMY_FILE);
    return file.isPresent() ? Taxonomy.load(Path.of(file.get())) : Taxonomy.bundled();
  }

  static Annotator annotator(Taxonomy taxonomy) {
    return new Annotator(new ArticleParser(), Enricher.bundled(), new TopicTagger(taxonomy));
  }

  static Router router(Taxonomy taxonomy, Settings settings) {
    return new Router(taxonomy, settings.getDouble(Settings.ROUTE_THRESHOLD, taxonomy.threshold()));
  }
}
