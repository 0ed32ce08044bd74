package org.newsflow.jmh;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsflow.model.Article;
import org.newsflow.model.TopicTag;
import org.newsflow.tag.BundledModel;
import org.newsflow.tag.Tagger;
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

/** Tagging one article's headline and body with the default tagger (IPTC lexicon blended with the bundled model). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TagBenchmark {

  private Tagger tagger;
  private List<Article> articles;
  private int next;

  @Setup
  public void load() {
    tagger = BundledModel.standardTagger();
    articles = Inputs.parsed(2225);
  }

  @Benchmark
  public List<TopicTag> tag() {
    Article article = articles.get(next++ % articles.size());
    return tagger.tag(article.headline(), article.body());
  }
}
