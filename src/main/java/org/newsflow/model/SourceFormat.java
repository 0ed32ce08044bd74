package org.newsflow.model;

/** How a raw article was written: a plain-text wire story or a JSON object. */
public enum SourceFormat {
  WIRE_TEXT, JSON
}
