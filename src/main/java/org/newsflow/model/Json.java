package org.newsflow.model;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one {@link ObjectMapper} for every message. Unknown fields are tolerated so that older
 * readers accept newer messages; read limits are explicit because {@code news.raw} is open to any
 * producer, and Jackson's defaults (e.g. 20 MB strings, 1000-digit numbers) are too generous here.
 */
public final class Json {

  /** Deepest nesting accepted in any input document. Articles need a handful of levels. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** Longest single string value (a whole article body fits with room to spare). */
  public static final int MAX_STRING_LENGTH = 8 * 1024 * 1024;
  /** Longest number literal; longer ones are hostile, not news. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** Longest field name: articles have a dozen short ones. */
  public static final int MAX_NAME_LENGTH = 1000;
  /** Longest document, in bytes. */
  public static final long MAX_DOCUMENT_LENGTH = 16L * 1024 * 1024;

  private static final ObjectMapper MAPPER = create();

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  private static ObjectMapper create() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .build();
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .build());
    mapper.getFactory().setStreamWriteConstraints(StreamWriteConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .build());
    return mapper;
  }
}
