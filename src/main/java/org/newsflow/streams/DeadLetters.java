package org.newsflow.streams;

import java.util.Arrays;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.newsflow.kafka.DeadLetterHeaders;
import org.newsflow.model.Failure;

/**
 * Turns a record that failed at some step into a {@link Processed.DeadLetter}: the raw bytes (the first
 * {@link DeadLetterHeaders#MAX_PAYLOAD_BYTES} of huge ones, with headers saying so) and headers naming
 * the error and where the record was read from. Processors do this rather than the DSL's
 * {@code mapValues} because only a processor sees the source partition and offset.
 */
final class DeadLetters {

  private DeadLetters() {}

  static void forward(FixedKeyProcessorContext<String, Processed> context, FixedKeyRecord<String, ?> record,
      byte[] raw, Failure failure) {
    var headers = record.headers();
    DeadLetterHeaders.put(headers, DeadLetterHeaders.STAGE, failure.stage().name());
    DeadLetterHeaders.put(headers, DeadLetterHeaders.REASON, failure.reason().name());
    DeadLetterHeaders.put(headers, DeadLetterHeaders.MESSAGE, failure.detail());
    context.recordMetadata().ifPresent(m -> {
      DeadLetterHeaders.put(headers, DeadLetterHeaders.SOURCE_TOPIC, m.topic());
      DeadLetterHeaders.put(headers, DeadLetterHeaders.SOURCE_PARTITION, String.valueOf(m.partition()));
      DeadLetterHeaders.put(headers, DeadLetterHeaders.SOURCE_OFFSET, String.valueOf(m.offset()));
    });
    byte[] payload = raw;
    if (payload != null && payload.length > DeadLetterHeaders.MAX_PAYLOAD_BYTES) {
      DeadLetterHeaders.put(headers, DeadLetterHeaders.TRUNCATED, "true");
      DeadLetterHeaders.put(headers, DeadLetterHeaders.ORIGINAL_BYTES, String.valueOf(payload.length));
      payload = Arrays.copyOf(payload, DeadLetterHeaders.MAX_PAYLOAD_BYTES);
    }
    context.forward(record.withValue((Processed) new Processed.DeadLetter(payload, failure)).withHeaders(headers));
  }
}
