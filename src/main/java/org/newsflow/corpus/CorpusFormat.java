package org.newsflow.corpus;

import java.util.Locale;

/** The labelled-corpus layouts newsflow reads. */
public enum CorpusFormat {
  /** A folder per class holding text files: headline, blank line, body (BBC News). */
  BBC,
  /** Reuters-21578 as JSON lines: the stories with a body and at least one topic, labelled by topic. */
  REUTERS,
  /** Reuters "R8": the single-topic stories of the 8 most frequent topics. */
  REUTERS8,
  /** JSON lines {@code {id, title, body, labels: [...]}}. */
  JSONL;

  public static CorpusFormat parse(String name) {
    return valueOf(name.strip().toUpperCase(Locale.ROOT));
  }
}
