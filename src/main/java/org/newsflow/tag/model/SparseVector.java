package org.newsflow.tag.model;

/** Feature indices (ascending, distinct) with their values. */
public record SparseVector(int[] indices, float[] values) {

  public int size() {
    return indices.length;
  }
}
