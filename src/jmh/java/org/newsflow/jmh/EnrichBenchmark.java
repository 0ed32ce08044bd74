package org.newsflow.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsflow.enrich.Enricher;
import org.newsflow.model.Article;
import org.newsflow.model.EnrichedArticle;
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

/** Enriching one parsed article (language, sentences, names, places, quotes, keywords, summary). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EnrichBenchmark {

  private Enricher enricher;
  private List<Article> articles;
  private int next;

  @Setup
  public void load() {
    enricher = Enricher.bundled();
    articles = Inputs.parsed(2225);
  }

  @Benchmark
  public EnrichedArticle enrich() {
    return enricher.enrich(articles.get(next++ % articles.size()));
  }
}
