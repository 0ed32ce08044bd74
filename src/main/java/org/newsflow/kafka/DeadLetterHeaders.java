package org.newsflow.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** The headers on every {@code news.dlq} record; values are UTF-8 strings. */
public final class DeadLetterHeaders {

  public static final String STAGE = "newsflow.error.stage";
  public static final String REASON = "newsflow.error.reason";
  public static final String MESSAGE = "newsflow.error.message";
  public static final String SOURCE_TOPIC = "newsflow.source.topic";
  public static final String SOURCE_PARTITION = "newsflow.source.partition";
  public static final String SOURCE_OFFSET = "newsflow.source.offset";
  /** Set when the value is only the first {@link #MAX_PAYLOAD_BYTES} of the input: the input's size in bytes. */
  public static final String ORIGINAL_BYTES = "newsflow.payload.original.bytes";
  /** Set to {@code true} when the value was cut to {@link #MAX_PAYLOAD_BYTES}. */
  public static final String TRUNCATED = "newsflow.payload.truncated";
  /**
   * Longest value written to {@code news.dlq}: inputs the parser refuses as too large can be far
   * larger than the dead-letter topic accepts, and their start is enough to see what they were.
   */
  public static final int MAX_PAYLOAD_BYTES = 1024 * 1024;

  private DeadLetterHeaders() {}

  public static void put(Headers headers, String name, String value) {
    headers.remove(name);
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  public static String get(Headers headers, String name) {
    Header header = headers.lastHeader(name);
    return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
