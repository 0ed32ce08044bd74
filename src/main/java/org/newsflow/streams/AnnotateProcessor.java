package org.newsflow.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsflow.pipeline.Annotation;
import org.newsflow.pipeline.Annotator;
import org.newsflow.pipeline.Revisions;
import org.newsflow.pipeline.Revisions.Decision;
import org.newsflow.pipeline.Revisions.Seen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drops repeats, then enriches and tags each parsed article (the record key is its id here).
 *
 * <p>The {@link Revisions} of each id are kept in the {@value #STORE} store: a repeat is dropped and
 * counted in the {@code duplicates-dropped-total} metric before it costs an enrichment; a new article
 * or an update is enriched and tagged as its version, and only then recorded, so that an article whose
 * enrichment failed (it goes to the dead-letter topic with the raw bytes it was parsed from) is tried
 * again when it is published again, after a fix. Dead letters from parsing pass through. Ids older
 * than the retention are purged hourly.
 */
final class AnnotateProcessor implements FixedKeyProcessor<String, Processed, Processed> {

  static final String STORE = "article-revisions";
  static final String METRICS_SCOPE = "newsflow";
  static final String DROPPED = "duplicates-dropped";
  static final String UPDATED = "updates-routed";
  private static final Duration PURGE_INTERVAL = Duration.ofHours(1);
  private static final Logger log = LoggerFactory.getLogger(AnnotateProcessor.class);

  private final Annotator annotator;
  private final Duration retention;
  private FixedKeyProcessorContext<String, Processed> context;
  private KeyValueStore<String, Seen> store;
  private Sensor dropped;
  private Sensor updated;
  private long droppedSinceLog;

  AnnotateProcessor(Annotator annotator, Duration retention) {
    this.annotator = annotator;
    this.retention = retention;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Processed> context) {
    this.context = context;
    this.store = context.getStateStore(STORE);
    String entity = "dedupe-" + context.taskId();
    dropped = context.metrics().addRateTotalSensor(METRICS_SCOPE, entity, DROPPED, Sensor.RecordingLevel.INFO);
    updated = context.metrics().addRateTotalSensor(METRICS_SCOPE, entity, UPDATED, Sensor.RecordingLevel.INFO);
    context.schedule(PURGE_INTERVAL, PunctuationType.WALL_CLOCK_TIME, wallClock -> {
      if (droppedSinceLog > 0) {
        log.info("Task {} dropped {} repeated articles in the last hour", context.taskId(), droppedSinceLog);
        droppedSinceLog = 0;
      }
      purge();
    });
  }

  @Override
  public void process(FixedKeyRecord<String, Processed> record) {
    if (!(record.value() instanceof Processed.Parsed parsed)) {
      context.forward(record);
      return;
    }
    Decision decision = Revisions.decide(store.get(record.key()), Revisions.fingerprint(parsed.article()),
        record.timestamp(), retention);
    if (decision.kind() == Revisions.Kind.DUPLICATE) {
      dropped.record();
      droppedSinceLog++;
      log.debug("Dropped a repeat of article {} (version {})", record.key(), decision.version());
      return;
    }
    Annotation annotation = annotator.annotate(parsed.article());
    if (annotation instanceof Annotation.Failed failed) {
      DeadLetters.forward(context, record, parsed.raw(), failed.failure());
      return;
    }
    if (decision.kind() == Revisions.Kind.UPDATE) {
      updated.record();
      log.info("Article {} changed: routing it as version {}", record.key(), decision.version());
    }
    store.put(record.key(), decision.next());
    var article = ((Annotation.Annotated) annotation).article();
    context.forward(record.withValue(new Processed.Enriched(
        article.version() == decision.version() ? article : article.withVersion(decision.version()))));
  }

  /** Deletes ids past the retention at the current stream time, so the store stays bounded. */
  private void purge() {
    long now = context.currentStreamTimeMs();
    List<String> expired = new ArrayList<>();
    try (KeyValueIterator<String, Seen> all = store.all()) {
      while (all.hasNext()) {
        KeyValue<String, Seen> entry = all.next();
        if (Revisions.expired(entry.value, now, retention)) {
          expired.add(entry.key);
        }
      }
    }
    expired.forEach(store::delete);
    if (!expired.isEmpty()) {
      log.info("Forgot {} article ids older than {}", expired.size(), retention);
    }
  }

  @Override
  public void close() {
    context.metrics().removeSensor(dropped);
    context.metrics().removeSensor(updated);
  }
}
