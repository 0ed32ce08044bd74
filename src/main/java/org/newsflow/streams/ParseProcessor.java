package org.newsflow.streams;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.newsflow.parse.ParseResult;
import org.newsflow.pipeline.Annotator;

/** Parses each raw record; a rejected one becomes a dead letter saying why. */
final class ParseProcessor implements FixedKeyProcessor<String, byte[], Processed> {

  private final Annotator annotator;
  private FixedKeyProcessorContext<String, Processed> context;

  ParseProcessor(Annotator annotator) {
    this.annotator = annotator;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Processed> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, byte[]> record) {
    ParseResult result = annotator.parse(record.key(), record.value());
    if (result instanceof ParseResult.Parsed parsed) {
      context.forward(record.withValue(new Processed.Parsed(parsed.article(), record.value())));
    } else {
      DeadLetters.forward(context, record, record.value(), ((ParseResult.Rejected) result).failure());
    }
  }
}
