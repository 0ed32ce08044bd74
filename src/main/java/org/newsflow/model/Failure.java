package org.newsflow.model;

/**
 * Why an article could not be processed: the stage that gave up, a stable reason code (used in the
 * dead-letter headers and in the CLI) and a human-readable detail.
 */
public record Failure(Stage stage, Reason reason, String detail) {

  /** The stage of the flow where processing stopped. */
  public enum Stage {
    PUBLISH, PARSE, ENRICH, TAG, ROUTE
  }

  /** Reason codes; their names appear verbatim in the {@code newsflow.error.reason} header. */
  public enum Reason {
    EMPTY,
    TOO_LARGE,
    INVALID_ENCODING,
    BINARY_CONTENT,
    INVALID_JSON,
    NOT_AN_OBJECT,
    WRONG_FIELD_TYPE,
    MISSING_BODY,
    UNSUPPORTED_SCHEMA_VERSION,
    INVALID_DATE,
    FIELD_TOO_LONG,
    PROCESSING_ERROR
  }

  public static Failure parse(Reason reason, String detail) {
    return new Failure(Stage.PARSE, reason, detail);
  }

  @Override
  public String toString() {
    return stage + "/" + reason + ": " + detail;
  }
}
