package org.newsflow.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsflow.config.Settings;
import org.newsflow.corpus.Corpora;
import org.newsflow.corpus.CorpusFormat;
import org.newsflow.corpus.LabelledArticle;
import org.newsflow.model.TopicTag;
import org.newsflow.tag.BlendedTagger;
import org.newsflow.tag.Tagger;
import org.newsflow.tag.eval.BbcToIptc;
import org.newsflow.tag.eval.Reuters8ToIptc;
import org.newsflow.tag.eval.CrossValidation;
import org.newsflow.tag.eval.Evaluation;
import org.newsflow.tag.model.LinearModel;
import org.newsflow.tag.model.ModelTagger;
import org.newsflow.tag.model.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Measure newsflow against labelled corpora.",
    subcommands = {EvaluateCommand.Topics.class, EvaluateEntitiesCommand.class})
final class EvaluateCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing what to evaluate (topics or entities)");
  }

  @Command(name = "topics", mixinStandardHelpOptions = true,
      description = {"Topic tagging against a labelled corpus: top-1 accuracy, micro- and macro-F1, per-label",
          "precision and recall, the confusion matrix, calibration, and the tagging rate.",
          "With no --model or --folds: the default IPTC tagger (BBC classes mapped to IPTC, as the corpus README says).",
          "With --folds K: K-fold cross-validation of a model trained by `newsflow train`."})
  static final class Topics implements Callable<Integer> {

    @Option(names = "--corpus", required = true, paramLabel = "PATH", description = "The labelled articles.")
    Path corpus;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "bbc, reuters, reuters8 or jsonl.")
    String format;

    @Option(names = "--model", paramLabel = "MODEL", description = "Evaluate this trained model.")
    Path model;

    @Option(names = "--folds", paramLabel = "K", description = "Cross-validate: train on K-1 folds, score the held-out one.")
    Integer folds;

    @Option(names = "--iptc-folds", paramLabel = "K",
        description = "bbc only: the default IPTC tagger with its bundled model retrained K times, each time "
            + "without the fold it is scored on (the bundled model was trained on BBC News).")
    Integer iptcFolds;

    @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "0.5",
        description = "Tags scoring at least this count as predicted, besides the best one (default ${DEFAULT-VALUE}).")
    double threshold;

    @Mixin
    TrainingOptions training;

    @Option(names = "--taxonomy", paramLabel = "FILE", description = "For the default tagger: this taxonomy instead of the bundled one.")
    Path taxonomyFile;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      if ((model != null ? 1 : 0) + (folds != null ? 1 : 0) + (iptcFolds != null ? 1 : 0) > 1) {
        throw new ParameterException(spec.commandLine(), "give one of --model, --folds and --iptc-folds");
      }
      CorpusFormat corpusFormat = CorpusFormat.parse(format);
      List<LabelledArticle> articles = Corpora.read(corpus, corpusFormat);
      List<Set<String>> gold = new ArrayList<>();
      List<List<TopicTag>> predicted;
      Tagger last;
      String method;
      if (iptcFolds != null) {
        if (corpusFormat != CorpusFormat.BBC) {
          throw new ParameterException(spec.commandLine(), "--iptc-folds needs the bbc format");
        }
        method = "default tagger, its bundled model retrained without each of " + iptcFolds + " held-out folds";
        var lexicon = PipelineOptions.lexiconTagger(settingsFor(taxonomyFile));
        Tagger[] lastFold = new Tagger[1];
        predicted = CrossValidation.predict(articles, iptcFolds, 42L, training -> {
          var model = Trainer.train(BbcToIptc.relabel(training), this.training.options(), "IPTC from BBC folds");
          lastFold[0] = new BlendedTagger(lexicon, new ModelTagger(model));
          return lastFold[0];
        });
        last = lastFold[0];
        articles.forEach(a -> gold.add(Set.of(BbcToIptc.MAPPING.get(a.labels().get(0)))));
      } else if (folds != null) {
        method = folds + "-fold cross-validation of the linear model";
        long[] trainTime = {0};
        Tagger[] lastFold = new Tagger[1];
        predicted = CrossValidation.predict(articles, folds, 42L, training -> {
          long started = System.nanoTime();
          var tagger = new ModelTagger(Trainer.train(training, this.training.options(), "fold"));
          trainTime[0] += System.nanoTime() - started;
          lastFold[0] = tagger;
          return tagger;
        });
        last = lastFold[0];
        out.printf(Locale.ROOT, "training: %d models in %.1f s (%.1f s each)%n", folds, trainTime[0] / 1e9,
            trainTime[0] / 1e9 / folds);
        articles.forEach(a -> gold.add(new LinkedHashSet<>(a.labels())));
      } else {
        Tagger tagger;
        if (model != null) {
          tagger = new ModelTagger(LinearModel.read(model));
          method = "model " + model;
          articles.forEach(a -> gold.add(new LinkedHashSet<>(a.labels())));
        } else {
          tagger = PipelineOptions.defaultTagger(settingsFor(taxonomyFile));
          method = "default tagger (" + tagger.taxonomy().name() + ")";
          if (corpusFormat == CorpusFormat.BBC) {
            if (taxonomyFile == null) {
              out.println("note: the default tagger's bundled model was trained on BBC News, so these figures flatter it;"
                  + " --iptc-folds 5 gives figures that count");
            }
            articles.forEach(a -> gold.add(Set.of(BbcToIptc.MAPPING.get(a.labels().get(0)))));
          } else if (corpusFormat == CorpusFormat.REUTERS8) {
            // Scored on IPTC subtopics: the best of the seven mapped subtopics is what counts.
            articles = articles.stream().filter(a -> Reuters8ToIptc.MAPPING.containsKey(a.labels().get(0))).toList();
            method += "; Reuters topics as IPTC subtopics, ship left out";
            articles.forEach(a -> gold.add(Set.of(Reuters8ToIptc.MAPPING.get(a.labels().get(0)))));
          } else {
            throw new ParameterException(spec.commandLine(),
                "the default tagger speaks IPTC, which the bbc and reuters8 formats map to; give --model or --folds");
          }
        }
        predicted = new ArrayList<>();
        for (LabelledArticle article : articles) {
          predicted.add(tagger.tag(article.title(), article.body()));
        }
        last = tagger;
      }
      var report = Evaluation.evaluate(gold, predicted, threshold);
      print(out, method, report, articles.size(), taggingRate(last, articles));
      out.println();
      out.println("micro-averaged, by threshold (a tag counts when it scores at least the threshold, or is the best)");
      out.printf("%-10s %9s %9s %9s%n", "threshold", "precision", "recall", "F1");
      for (int t = 1; t <= 9; t++) {
        var at = Evaluation.evaluate(gold, predicted, t / 10.0);
        out.printf(Locale.ROOT, "%-10.1f %9.4f %9.4f %9.4f%n", t / 10.0, at.microPrecision(), at.microRecall(), at.microF1());
      }
      out.flush();
      return 0;
    }

    private static Settings settingsFor(Path taxonomyFile) throws java.io.IOException {
      Map<String, String> flags = taxonomyFile == null ? Map.of() : Map.of(Settings.TAXONOMY_FILE, taxonomyFile.toString());
      return Settings.load(Map.of(), null, Map.of(), flags);
    }

    /** Tagging alone on this thread, after a warm-up pass for the JIT: articles per second and per CPU-second. */
    static double[] taggingRate(Tagger tagger, List<LabelledArticle> articles) {
      var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
      long checksum = 0;
      for (int pass = 0; pass < 2; pass++) {
        for (LabelledArticle article : articles) {
          checksum += tagger.tag(article.title(), article.body()).size();
        }
      }
      long started = System.nanoTime();
      long cpuStarted = threads.getCurrentThreadCpuTime();
      for (LabelledArticle article : articles) {
        checksum += tagger.tag(article.title(), article.body()).size();
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
      return checksum < 0 ? new double[2] : new double[] {articles.size() / seconds, articles.size() / cpuSeconds};
    }

    private void print(PrintWriter out, String method, Evaluation.Report r, int articles, double[] rate) {
      out.printf(Locale.ROOT, "corpus: %s (%s), %d articles; %s; threshold %.2f%n", corpus, format, articles, method, threshold);
      out.printf(Locale.ROOT, "top-1 accuracy  %.4f   (best tag of all; best of the corpus's labels: %.4f)%n",
          r.top1Accuracy(), r.top1AmongLabels());
      out.printf(Locale.ROOT, "micro P/R/F1    %.4f / %.4f / %.4f%n", r.microPrecision(), r.microRecall(), r.microF1());
      out.printf(Locale.ROOT, "macro F1        %.4f%n", r.macroF1());
      out.printf(Locale.ROOT, "tagging rate    %.0f articles/s, %.0f per CPU-second (one thread, tagging only, after "
          + "warm-up passes; the CPU figure holds on a shared machine)%n", rate[0], rate[1]);
      out.println();
      out.printf(Locale.ROOT, "%-24s %9s %9s %9s %8s%n", "label", "precision", "recall", "F1", "support");
      for (var label : r.labels()) {
        out.printf(Locale.ROOT, "%-24s %9.4f %9.4f %9.4f %8d%n", label.label(), label.precision(), label.recall(), label.f1(), label.support());
      }
      if (r.confusion().size() <= 20) {
        out.println();
        out.println("confusion (single-label articles: gold row, best tag column)");
        List<String> columns = new ArrayList<>(r.confusion().keySet());
        columns.add(Evaluation.NONE);
        out.printf("%-18s", "");
        columns.forEach(c -> out.printf(" %9s", abbreviate(c)));
        out.println();
        r.confusion().forEach((gold, row) -> {
          out.printf("%-18s", abbreviate(gold));
          columns.forEach(c -> out.printf(" %9d", row.getOrDefault(c, 0)));
          out.println();
        });
      }
      if (!r.bestOutsideLabels().isEmpty()) {
        out.println();
        out.println("best tag outside the corpus's labels (articles)");
        r.bestOutsideLabels().entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .forEach(e -> out.printf(Locale.ROOT, "  %-24s %5d%n", e.getKey(), e.getValue()));
      }
      out.println();
      out.println("calibration (all tags of the evaluated labels)");
      out.printf("%-12s %7s %7s%n", "score", "tags", "right");
      for (var b : r.calibration()) {
        if (b.tags() > 0) {
          out.printf(Locale.ROOT, "[%.1f, %.1f)   %7d %7.3f%n", b.from(), b.to(), b.tags(), b.rightRate());
        }
      }
      out.flush();
    }

    private static String abbreviate(String label) {
      return label.length() <= 9 ? label : label.substring(0, 9);
    }
  }
}
