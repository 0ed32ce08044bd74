package org.newsflow.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsflow.corpus.Corpora;
import org.newsflow.corpus.CorpusFormat;
import org.newsflow.tag.model.LinearModel;
import org.newsflow.tag.model.Trainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "train", mixinStandardHelpOptions = true,
    description = {"Train a multi-label topic classifier on labelled articles and write a model file.",
        "Use it with --model on run, demo and annotate: its labels become tags and news.topic.<label> routes."})
final class TrainCommand implements Callable<Integer> {

  @Option(names = "--corpus", required = true, paramLabel = "PATH", description = "The labelled articles.")
  Path corpus;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "bbc (a folder per class), reuters (Reuters-21578 JSON lines, by topic), reuters8 (its 8 "
          + "largest single-topic classes) or jsonl ({id, title, body, labels}).")
  String format;

  @Option(names = "--out", required = true, paramLabel = "MODEL", description = "Where to write the model.")
  Path out;

  @Option(names = "--iptc", description = "bbc only: label the articles with the IPTC codes of their classes "
      + "(how the bundled model is made).")
  boolean iptc;

  @Mixin
  TrainingOptions training;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter printer = spec.commandLine().getOut();
    var articles = Corpora.read(corpus, CorpusFormat.parse(format));
    if (iptc) {
      if (CorpusFormat.parse(format) != CorpusFormat.BBC) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--iptc needs the bbc format");
      }
      articles = org.newsflow.tag.eval.BbcToIptc.relabel(articles);
    }
    long started = System.nanoTime();
    LinearModel model = Trainer.train(articles, training.options(),
        "trained on " + corpus.getFileName() + " (" + format + ", " + articles.size() + " articles)");
    double seconds = (System.nanoTime() - started) / 1e9;
    model.write(out);
    printer.printf(Locale.ROOT, "trained %d labels on %d articles in %.1f s; wrote %s (%,d bytes)%n",
        model.labels().size(), articles.size(), seconds, out, Files.size(out));
    return 0;
  }
}
