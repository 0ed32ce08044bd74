package org.newsflow.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsflow.config.Settings;
import org.newsflow.ingest.ArticleFiles;
import org.newsflow.kafka.ArticlePublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {"Publish raw articles to news.raw, keyed by their stable article id.",
        "Reads .txt wire stories, .json article objects and .jsonl (one object a line), from files or folders.",
        "Exit code 1 when any file could not be read or published."})
final class PublishCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to publish.")
  List<Path> paths;

  @Mixin
  KafkaOptions kafka;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Settings settings = kafka.settings(Map.of("bootstrap.servers", KafkaOptions.DEFAULT_BOOTSTRAP), Map.of());
    var listing = ArticleFiles.read(paths);
    PrintWriter out = spec.commandLine().getOut();
    ArticlePublisher.Summary summary;
    try (var producer = ArticlePublisher.createProducer(settings.kafkaProperties())) {
      var bar = new ProgressBar(out, listing.articles().size(), System.console() != null);
      summary = new ArticlePublisher(producer).publish(listing, bar::update);
      bar.finish();
    }
    return report(summary, out, spec.commandLine().getErr());
  }

  static int report(ArticlePublisher.Summary summary, PrintWriter out, PrintWriter err) {
    out.printf("published %d, skipped %d, failed %d%n", summary.published(), summary.skipped(), summary.failed().size());
    for (var problem : summary.failed()) {
      err.println("failed: " + problem.origin() + ": " + problem.reason());
    }
    out.flush();
    err.flush();
    return summary.ok() ? 0 : 1;
  }
}
