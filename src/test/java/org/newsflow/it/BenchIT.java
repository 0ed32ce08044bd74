package org.newsflow.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.cli.NewsflowCli;
import org.newsflow.model.Json;
import picocli.CommandLine;

/**
 * {@code newsflow bench} end to end in a tiny configuration, on a broker of its own, so the
 * benchmark cannot rot. It checks that every phase ran and reported, never how fast.
 */
class BenchIT {

  @TempDir
  Path dir;

  @Test
  void tinyBenchmarkRunsEveryPhaseAndWritesItsFigures() throws Exception {
    Path out = dir.resolve("bench.json");
    CommandLine cli = NewsflowCli.commandLine();
    StringWriter text = new StringWriter();
    cli.setOut(new PrintWriter(text));
    int code = cli.execute("bench", "--articles", "300", "--rate", "100", "--duration", "2",
        "--annotate-articles", "60", "--scaling-articles", "16", "--topology-heap", "256m", "--out", out.toString());
    assertThat(code).as(text.toString()).isZero();
    assertThat(text.toString()).contains("PHASE", "publish", "baseline", "pipeline", "repeats", "latency", "annotate", "memory",
        "16x median", "Machine: ");

    JsonNode figures = Json.mapper().readTree(Files.readAllBytes(out));
    for (String key : List.of("publish.articlesPerSec", "baseline.articlesPerSec", "pipeline.articlesPerSec",
        "pipeline.ratioToBaseline", "repeats.articlesPerSec", "annotate.articlesPerSec", "annotate.mbPerSec", "memory.peakHeapMb",
        "memory.peakRssMb", "machine.cores")) {
      JsonNode value = figures.at("/" + key.replace('.', '/'));
      assertThat(value.isNumber()).as(key + " in " + figures).isTrue();
      assertThat(value.doubleValue()).as(key).isPositive();
    }
    for (String phase : List.of("baseline", "pipeline")) {
      // Read from Streams' and the producer's metrics by name: a renamed metric would make these null.
      JsonNode blocked = figures.at("/" + phase + "/streamThreadBlockedMsPerArticle");
      JsonNode commit = figures.at("/" + phase + "/commitWaitMsPerArticle");
      assertThat(blocked.isNumber() && commit.isNumber()).as(phase + " waits in " + figures).isTrue();
      assertThat(commit.doubleValue()).as(phase).isBetween(0.0, blocked.doubleValue());
      // Where the JVM's CPU went, by thread: the stream threads did the processing.
      JsonNode byThread = figures.at("/" + phase + "/topologyCpuMsPerArticleByThread");
      assertThat(byThread.at("/streamThreads").doubleValue()).as(phase + " by thread in " + figures).isPositive();
      assertThat(byThread.at("/jitCompiler").isNumber()).as(phase).isTrue();
    }
    assertThat(figures.at("/pipeline/articles").asLong()).isEqualTo(300);
    assertThat(figures.at("/latency/sent").asLong()).isEqualTo(200);
    assertThat(figures.at("/latency/arrived").asLong()).isEqualTo(200);
    for (String key : List.of("p50Ms", "p95Ms", "p99Ms", "maxMs")) {
      assertThat(figures.at("/latency/" + key).isIntegralNumber()).as(key).isTrue();
    }
    assertThat(figures.at("/latency/p50Ms").asLong()).isLessThanOrEqualTo(figures.at("/latency/p99Ms").asLong());
    assertThat(figures.at("/latency/p99Ms").asLong()).isLessThanOrEqualTo(figures.at("/latency/maxMs").asLong());
    assertThat(figures.at("/lengthScaling/rows")).hasSize(3);
    assertThat(figures.at("/lengthScaling/rows/2/lengthMultiple").asInt()).isEqualTo(16);
  }
}
