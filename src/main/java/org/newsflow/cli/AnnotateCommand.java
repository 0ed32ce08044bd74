package org.newsflow.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsflow.config.Settings;
import org.newsflow.ingest.ArticleFiles;
import org.newsflow.model.Json;
import org.newsflow.pipeline.Annotation;
import org.newsflow.pipeline.Annotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = {"Parse, enrich and tag articles without Kafka, printing one enriched-article JSON per line.",
        "The same function the topology runs. Failures are reported on stderr; the exit code is 1 if any."})
final class AnnotateCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Files or folders (.txt, .json, .jsonl), or '-' for JSON lines on standard input.")
  List<String> paths;

  @Mixin
  PipelineOptions pipeline;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Settings settings = Settings.load(Map.of(), null, System.getenv(), pipeline.flags());
    Annotator annotator = PipelineOptions.annotator(PipelineOptions.tagger(settings));
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failures = 0;
    if (paths.equals(List.of("-"))) {
      var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      int lineNumber = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNumber++;
        if (!line.isBlank()) {
          failures += emit("stdin:" + lineNumber, line.getBytes(StandardCharsets.UTF_8), annotator, out, err);
        }
      }
    } else {
      var listing = ArticleFiles.read(paths.stream().map(Path::of).toList());
      for (var problem : listing.problems()) {
        err.println(problem.origin() + ": " + problem.reason());
        failures++;
      }
      for (var article : listing.articles()) {
        failures += emit(article.origin(), article.raw(), annotator, out, err);
      }
    }
    out.flush();
    return failures == 0 ? 0 : 1;
  }

  private static int emit(String origin, byte[] raw, Annotator annotator, PrintWriter out, PrintWriter err)
      throws Exception {
    // No key: the parser gives the id ArticleParser.articleId would, without decoding the article twice.
    Annotation annotation = annotator.annotate(null, raw);
    if (annotation instanceof Annotation.Annotated annotated) {
      out.println(Json.mapper().writeValueAsString(annotated.article()));
      return 0;
    }
    err.println(origin + ": " + ((Annotation.Failed) annotation).failure());
    return 1;
  }
}
