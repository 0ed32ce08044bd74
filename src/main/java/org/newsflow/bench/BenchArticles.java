package org.newsflow.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsflow.corpus.Corpora;
import org.newsflow.corpus.CorpusFormat;
import org.newsflow.corpus.LabelledArticle;
import org.newsflow.model.Json;

/**
 * The benchmark's input: real BBC articles when the corpus is there, invented ones otherwise,
 * looped as often as needed, each copy a JSON article with a fresh id so that no two records of a
 * run look alike to the pipeline.
 */
public final class BenchArticles {

  /** Where the input came from, for the report. */
  private final String source;
  private final List<ArticleGenerator.Story> stories;

  BenchArticles(String source, List<ArticleGenerator.Story> stories) {
    if (stories.isEmpty()) {
      throw new IllegalArgumentException("no articles to benchmark with");
    }
    this.source = source;
    this.stories = List.copyOf(stories);
  }

  /** The BBC corpus under {@code corpus} if it is there, else {@code generated} invented stories. */
  public static BenchArticles load(Path corpus, int generated) throws IOException {
    Path bbc = corpus.resolve("bbc");
    if (Files.isDirectory(bbc)) {
      List<ArticleGenerator.Story> stories = new ArrayList<>();
      for (LabelledArticle article : Corpora.read(bbc, CorpusFormat.BBC)) {
        stories.add(new ArticleGenerator.Story(article.title(), article.body()));
      }
      if (!stories.isEmpty()) {
        return new BenchArticles("BBC corpus, " + stories.size() + " articles (" + bbc + ")", stories);
      }
    }
    return generated(generated);
  }

  public static BenchArticles generated(int count) {
    ArticleGenerator generator = new ArticleGenerator(42);
    List<ArticleGenerator.Story> stories = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      stories.add(generator.next());
    }
    return new BenchArticles("generated, " + count + " invented articles", stories);
  }

  public String source() {
    return source;
  }

  public int distinct() {
    return stories.size();
  }

  /** The {@code index}-th article of the loop, as JSON bytes with id {@code id}. */
  public byte[] raw(long index, String id) {
    return json(id, stories.get((int) (index % stories.size())));
  }

  static byte[] json(String id, ArticleGenerator.Story story) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("id", id);
    node.put("title", story.headline());
    node.put("body", story.body());
    try {
      return Json.mapper().writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The median length of the bodies, in characters. */
  public int medianLength() {
    int[] lengths = stories.stream().mapToInt(s -> s.body().length()).toArray();
    Arrays.sort(lengths);
    return lengths[lengths.length / 2];
  }

  /**
   * {@code count} articles of about {@code times} the median length: consecutive bodies joined
   * paragraph after paragraph (so the text stays real prose) until the length is reached.
   */
  public List<byte[]> scaled(int times, int count) {
    int target = medianLength() * times;
    List<byte[]> articles = new ArrayList<>();
    int next = 0;
    for (int i = 0; i < count; i++) {
      ArticleGenerator.Story first = stories.get(next % stories.size());
      StringBuilder body = new StringBuilder();
      while (body.length() < target) {
        String[] paragraphs = stories.get(next++ % stories.size()).body().split("\n\\s*\n");
        for (String paragraph : paragraphs) {
          if (body.length() >= target) {
            break;
          }
          if (body.length() > 0) {
            body.append("\n\n");
          }
          body.append(paragraph.strip());
        }
      }
      articles.add(json("scaled-" + times + "x-" + i, new ArticleGenerator.Story(first.headline(), body.toString())));
    }
    return articles;
  }

}
