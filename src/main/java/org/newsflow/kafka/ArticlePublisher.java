package org.newsflow.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.newsflow.ingest.ArticleFiles;
import org.newsflow.ingest.SourceArticle;
import org.newsflow.parse.ArticleParser;

/**
 * Publishes raw articles to {@code news.raw}, keyed by their stable article id, with a
 * {@code newsflow.source} header naming the file. The producer is given, so tests can pass a
 * {@code MockProducer}; {@link #createProducer} makes the real one (idempotent, {@code acks=all}).
 */
public final class ArticlePublisher {

  public static final String SOURCE_HEADER = "newsflow.source";

  /** What a publish run did. */
  public record Summary(int published, int skipped, List<ArticleFiles.Problem> failed, List<String> keys) {
    public boolean ok() {
      return failed.isEmpty();
    }
  }

  private record Pending(String origin, String key, Future<RecordMetadata> ack) {}

  private final Producer<String, byte[]> producer;

  public ArticlePublisher(Producer<String, byte[]> producer) {
    this.producer = producer;
  }

  public static Producer<String, byte[]> createProducer(Properties clientConfig) {
    Properties config = new Properties();
    config.putAll(clientConfig);
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "5");
    // One request in flight: right after topics are created, a partition's first batch can be
    // refused (not leader yet) while the next one is accepted, and the idempotent producer then
    // retries the first with an out-of-order sequence until delivery.timeout.ms (seen on a loaded
    // 2-core machine). With one in flight the next batch waits for the first to succeed.
    config.putIfAbsent(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "1");
    config.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    config.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-publish");
    return new KafkaProducer<>(config, Topics.RAW.keySerde().serializer(), Topics.RAW.valueSerde().serializer());
  }

  /** Sends every article and waits for each acknowledgement; {@code progress} gets the count done. */
  public Summary publish(ArticleFiles.Listing listing, IntConsumer progress) throws InterruptedException {
    List<Pending> pending = new ArrayList<>();
    List<ArticleFiles.Problem> failed = new ArrayList<>(listing.problems());
    for (SourceArticle article : listing.articles()) {
      if (article.raw().length > ArticleParser.MAX_ARTICLE_BYTES) {
        // The pipeline would only dead-letter it, and most brokers would refuse it first.
        failed.add(new ArticleFiles.Problem(article.origin(), "too large: " + article.raw().length
            + " bytes, an article may be at most " + ArticleParser.MAX_ARTICLE_BYTES + " bytes (1 MiB)"));
        continue;
      }
      String key = ArticleParser.articleId(article.raw());
      var headers = new RecordHeaders();
      DeadLetterHeaders.put(headers, SOURCE_HEADER, article.origin());
      var record = new ProducerRecord<>(Topics.RAW.name(), null, key, article.raw(), headers);
      try {
        pending.add(new Pending(article.origin(), key, producer.send(record)));
      } catch (RuntimeException e) {
        failed.add(new ArticleFiles.Problem(article.origin(), e.getMessage()));
      }
    }
    producer.flush();
    int published = 0;
    List<String> keys = new ArrayList<>();
    for (Pending sent : pending) {
      try {
        sent.ack().get();
        published++;
        keys.add(sent.key());
      } catch (ExecutionException e) {
        failed.add(new ArticleFiles.Problem(sent.origin(), e.getCause().getMessage()));
      }
      progress.accept(published + failed.size() - listing.problems().size());
    }
    return new Summary(published, listing.skipped().size(), failed, keys);
  }
}
