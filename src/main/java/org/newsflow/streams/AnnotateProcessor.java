package org.newsflow.streams;

import java.util.Arrays;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.newsflow.kafka.DeadLetterHeaders;
import org.newsflow.model.Failure;
import org.newsflow.pipeline.Annotation;
import org.newsflow.pipeline.Annotator;

/**
 * Runs the {@link Annotator} on each raw record. Failures keep the raw bytes (the first
 * {@link DeadLetterHeaders#MAX_PAYLOAD_BYTES} of huge ones, with headers saying so) and gain
 * dead-letter headers naming the error and where the record was read from; this processor is here only
 * because the DSL's {@code mapValues} cannot see the source partition and offset.
 */
final class AnnotateProcessor implements FixedKeyProcessor<String, byte[], Processed> {

  private final Annotator annotator;
  private FixedKeyProcessorContext<String, Processed> context;

  AnnotateProcessor(Annotator annotator) {
    this.annotator = annotator;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Processed> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, byte[]> record) {
    Annotation annotation = annotator.annotate(record.key(), record.value());
    if (annotation instanceof Annotation.Annotated annotated) {
      context.forward(record.withValue(new Processed.Enriched(annotated.article())));
      return;
    }
    Failure failure = ((Annotation.Failed) annotation).failure();
    var headers = record.headers();
    DeadLetterHeaders.put(headers, DeadLetterHeaders.STAGE, failure.stage().name());
    DeadLetterHeaders.put(headers, DeadLetterHeaders.REASON, failure.reason().name());
    DeadLetterHeaders.put(headers, DeadLetterHeaders.MESSAGE, failure.detail());
    Optional<RecordMetadata> source = context.recordMetadata();
    source.ifPresent(m -> {
      DeadLetterHeaders.put(headers, DeadLetterHeaders.SOURCE_TOPIC, m.topic());
      DeadLetterHeaders.put(headers, DeadLetterHeaders.SOURCE_PARTITION, String.valueOf(m.partition()));
      DeadLetterHeaders.put(headers, DeadLetterHeaders.SOURCE_OFFSET, String.valueOf(m.offset()));
    });
    byte[] payload = record.value();
    if (payload != null && payload.length > DeadLetterHeaders.MAX_PAYLOAD_BYTES) {
      DeadLetterHeaders.put(headers, DeadLetterHeaders.TRUNCATED, "true");
      DeadLetterHeaders.put(headers, DeadLetterHeaders.ORIGINAL_BYTES, String.valueOf(payload.length));
      payload = Arrays.copyOf(payload, DeadLetterHeaders.MAX_PAYLOAD_BYTES);
    }
    context.forward(record.withValue(new Processed.DeadLetter(payload, failure)).withHeaders(headers));
  }
}
