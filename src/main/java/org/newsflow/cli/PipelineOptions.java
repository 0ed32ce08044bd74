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
import java.util.List;
import org.newsflow.tag.BundledModel;
import org.newsflow.tag.CompositeTagger;
import org.newsflow.tag.LexiconTagger;
import org.newsflow.tag.Tagger;
import org.newsflow.tag.model.LinearModel;
import org.newsflow.tag.model.ModelTagger;
import picocli.CommandLine.Option;

/** Options that shape the annotation: the taxonomy file and the route threshold. */
final class PipelineOptions {

  @Option(names = "--taxonomy", paramLabel = "FILE",
      description = "Taxonomy and tagging rules (JSON) to use instead of the bundled IPTC Media Topics (newsflow.taxonomy).")
  Path taxonomyFile;

  @Option(names = "--threshold", paramLabel = "SCORE",
      description = "Route an article to a topic when its tag scores at least this, 0..1 (newsflow.route.threshold; default: the taxonomy's).")
  Double threshold;

  @Option(names = "--model", paramLabel = "MODEL",
      description = "A model from `newsflow train`: its labels become tags and news.topic.<label> routes (newsflow.model).")
  Path modelFile;

  @Option(names = "--model-mode", paramLabel = "MODE",
      description = "beside (default): model tags next to the IPTC ones; instead: the model's tags only (newsflow.model.mode).")
  String modelMode;

  Map<String, String> flags() {
    Map<String, String> flags = new HashMap<>();
    if (taxonomyFile != null) {
      flags.put(Settings.TAXONOMY_FILE, taxonomyFile.toString());
    }
    if (threshold != null) {
      flags.put(Settings.ROUTE_THRESHOLD, threshold.toString());
    }
    if (modelFile != null) {
      flags.put(Settings.MODEL_FILE, modelFile.toString());
    }
    if (modelMode != null) {
      flags.put(Settings.MODEL_MODE, modelMode);
    }
    return flags;
  }

  static Taxonomy taxonomy(Settings settings) throws IOException {
    var file = settings.get(Settings.TAXONOMY_FILE);
    return file.isPresent() ? Taxonomy.load(Path.of(file.get())) : Taxonomy.bundled();
  }

  static LexiconTagger lexiconTagger(Settings settings) throws IOException {
    return new LexiconTagger(taxonomy(settings));
  }

  /**
   * What tags articles when no model is given: the IPTC lexicon blended with the bundled IPTC model,
   * or, with a taxonomy file of the user's, that file's lexicon alone.
   */
  static Tagger defaultTagger(Settings settings) throws IOException {
    if (settings.get(Settings.TAXONOMY_FILE).isPresent()) {
      return lexiconTagger(settings);
    }
    return BundledModel.standardTagger();
  }

  /** The tagger the settings ask for: the default one, a trained model, or both side by side. */
  static Tagger tagger(Settings settings) throws IOException {
    Tagger standard = defaultTagger(settings);
    var modelFile = settings.get(Settings.MODEL_FILE);
    if (modelFile.isEmpty()) {
      return standard;
    }
    Tagger model = new ModelTagger(LinearModel.read(Path.of(modelFile.get())));
    String mode = settings.get(Settings.MODEL_MODE, "beside");
    return switch (mode) {
      case "beside" -> new CompositeTagger(List.of(standard, model));
      case "instead" -> model;
      default -> throw new IllegalArgumentException(Settings.MODEL_MODE + " must be beside or instead, not " + mode);
    };
  }

  static Annotator annotator(Tagger tagger) {
    return new Annotator(new ArticleParser(), Enricher.bundled(), tagger);
  }

  static Router router(Tagger tagger, Settings settings) {
    Taxonomy taxonomy = tagger.taxonomy();
    return new Router(taxonomy, settings.getDouble(Settings.ROUTE_THRESHOLD, taxonomy.threshold()));
  }
}
