package org.newsflow.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsflow.parse.ArticleParser;
import org.newsflow.parse.ParseResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Parsing one raw JSON article into an {@code Article}, cycling through the corpus. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {

  private final ArticleParser parser = new ArticleParser();
  private List<byte[]> raw;
  private int next;

  @Setup
  public void load() {
    raw = Inputs.raw(2225);
  }

  @Benchmark
  public ParseResult parse() {
    byte[] article = raw.get(next++ % raw.size());
    return parser.parse("jmh", article);
  }

  @Benchmark
  public String articleId() {
    return ArticleParser.articleId(raw.get(next++ % raw.size()));
  }
}
