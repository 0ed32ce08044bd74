package org.newsflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsflow.ArticleSchema;
import org.newsflow.Fixtures;
import picocli.CommandLine;

class CliTest {

  record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = NewsflowCli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"demo", "broker", "topics", "publish", "run", "consume", "annotate", "train", "evaluate"})
  void everyCommandHasHelp(String command) {
    Run help = run(command, "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: newsflow " + command);
  }

  @Test
  void kafkaCommandsTakeBootstrapServerAndConfig() {
    for (String command : List.of("demo", "topics", "publish", "run", "consume")) {
      assertThat(run(command, "--help").out()).contains("--bootstrap-server", "--config");
    }
  }

  @Test
  void annotatePrintsOneSchemaValidJsonLinePerArticleAndNamesFailures() throws Exception {
    Run result = run("annotate", Fixtures.SEEDS.resolve(Fixtures.SEED_ARTICLE).toString(),
        Fixtures.SEEDS.resolve("900_malformed_empty.txt").toString());
    assertThat(result.exitCode()).isEqualTo(1);
    List<String> lines = result.out().lines().toList();
    assertThat(lines).hasSize(1);
    assertThat(ArticleSchema.errors(lines.get(0).getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
    assertThat(lines.get(0)).contains("\"Xi Jinping\"");
    assertThat(result.err()).contains("900_malformed_empty.txt", "EMPTY");
  }

  @Test
  void secretsOnTheCommandLineAreRefusedWithoutEchoingThem() {
    for (String secret : List.of("sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required"
        + " username=\"app\" password=\"hunter2\";", "ssl.truststore.password=hunter2", "ssl.key.password=hunter2")) {
      Run refused = run("topics", "--bootstrap-server", "127.0.0.1:1", "-D", secret);
      assertThat(refused.exitCode()).isEqualTo(2);
      assertThat(refused.err()).contains("--config", "environment").doesNotContain("hunter2");
    }
  }

  @Test
  void unknownCommandOrMissingPathIsAClearUsageError() {
    Run unknown = run("frobnicate");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("frobnicate");
    Run missing = run("annotate", Path.of("no/such/file.txt").toString());
    assertThat(missing.exitCode()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file or directory");
  }

  @Test
  void articleLineShowsTopicIdHeadlineTagsAndDateline() throws Exception {
    var annotation = (org.newsflow.pipeline.Annotation.Annotated) Fixtures.annotator()
        .annotate(null, Fixtures.seed(Fixtures.SEED_ARTICLE));
    String line = ArticleLines.line("news.topic.politics", annotation.article());
    assertThat(line).startsWith("news.topic.politics").contains(annotation.article().id(), "politics 0.", "WASHINGTON (AP) (US)");
  }
}
