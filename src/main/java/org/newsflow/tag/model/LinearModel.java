package org.newsflow.tag.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A multi-label linear text classifier: one linear scorer per label over hashed word and
 * word-pair features. Thread-safe once built. Stored as a versioned, gzipped binary file holding
 * only numbers and the label names (see {@link #write}).
 */
public final class LinearModel {

  static final String MAGIC = "newsflow-linear-model";
  /**
   * Margins become scores through a logistic curve: a margin of 0 is 0.5, the loss's margin of 1 is
   * about 0.92. The slope was set from the calibration table of `evaluate topics` on Reuters.
   */
  static final double SCORE_SLOPE = 2.5;
  public static final int FORMAT_VERSION = 1;

  /** One label's weights, sparse, with its bias. */
  record LabelWeights(String label, float bias, int[] indices, float[] weights) {}

  private final String description;
  private final TextFeatures features;
  private final float[] idf;
  private final List<LabelWeights> labels;
  /** Weights by feature: those of feature f are at [start[f], start[f + 1]) of byFeatureLabel/Weight. */
  private final int[] start;
  private final short[] byFeatureLabel;
  private final float[] byFeatureWeight;
  /**
   * For models with few labels, one row per feature f at [P + f * S, P + f * S + S): its idf, then
   * every label's weight. S is L + 1 rounded up to a power of two when that is at most 8, so that a
   * row need not straddle two cache lines. Weighing and then scoring an article's feature then miss
   * the cache once instead of up to three times; with 65,536 features the rows are 2 MB, cold by
   * the time the tagger runs after enrichment.
   *
   * <p>P pads the rows onto S-float boundaries of memory, not only of the array. HotSpot's G1 puts
   * an array this large at the start of a heap region (it is humongous unless regions exceed 4 MB),
   * and a float[]'s elements begin {@value #ARRAY_HEADER_BYTES} bytes after the array's start; so
   * without P every other row of 8 floats straddled two cache lines, and scoring missed the cache
   * again on half the rows (on the BBC articles, with the caches flushed between articles as
   * enrichment does, the model cost 41-43 us per article unpadded, 36.5 us padded). Where the
   * layout differs, P costs at most a row.
   */
  private final float[] dense;
  private final int rowSize;
  private final int rowOffset;
  /** The bytes before a float[]'s first element on HotSpot with compressed class pointers, the default below 32 GB of heap. */
  static final int ARRAY_HEADER_BYTES = 16;
  static final int DENSE_MAX_LABELS = 16;
  /** Feature values of the article being scored, per thread. */
  private final ThreadLocal<float[]> valuesScratch = ThreadLocal.withInitial(() -> new float[1024]);

  LinearModel(String description, TextFeatures features, float[] idf, List<LabelWeights> labels) {
    if (labels.size() > Short.MAX_VALUE) {
      throw new IllegalArgumentException("too many labels: " + labels.size());
    }
    this.description = description;
    this.features = features;
    this.idf = idf;
    this.labels = List.copyOf(labels);
    // Transposed, so that scoring touches only the features an article has, for all labels at once.
    int dimensions = features.dimensions();
    this.start = new int[dimensions + 1];
    for (LabelWeights w : labels) {
      for (int index : w.indices()) {
        start[index + 1]++;
      }
    }
    for (int f = 0; f < dimensions; f++) {
      start[f + 1] += start[f];
    }
    this.byFeatureLabel = new short[start[dimensions]];
    this.byFeatureWeight = new float[start[dimensions]];
    int[] fill = java.util.Arrays.copyOf(start, dimensions);
    for (short l = 0; l < labels.size(); l++) {
      LabelWeights w = labels.get(l);
      for (int i = 0; i < w.indices().length; i++) {
        int at = fill[w.indices()[i]]++;
        byFeatureLabel[at] = l;
        byFeatureWeight[at] = w.weights()[i];
      }
    }
    if (labels.size() <= DENSE_MAX_LABELS) {
      int stride = labels.size() + 1 <= 8 ? Integer.highestOneBit(labels.size()) << 1 : labels.size() + 1;
      int rowBytes = stride * Float.BYTES;
      int offset = Integer.bitCount(stride) == 1 ? (rowBytes - ARRAY_HEADER_BYTES % rowBytes) % rowBytes / Float.BYTES : 0;
      this.rowSize = stride;
      this.rowOffset = offset;
      this.dense = new float[offset + dimensions * stride];
      for (int f = 0; f < dimensions; f++) {
        dense[offset + f * stride] = idf[f];
      }
      for (int l = 0; l < labels.size(); l++) {
        LabelWeights w = labels.get(l);
        for (int i = 0; i < w.indices().length; i++) {
          dense[offset + w.indices()[i] * stride + 1 + l] = w.weights()[i];
        }
      }
    } else {
      this.dense = null;
      this.rowSize = 0;
      this.rowOffset = 0;
    }
  }

  public List<String> labels() {
    return labels.stream().map(LabelWeights::label).toList();
  }

  public String description() {
    return description;
  }

  public SparseVector vector(String headline, String body) {
    return features.vector(headline, body, idf);
  }

  /** Each label's score in [0, 1], in {@link #labels()} order. */
  public double[] probabilities(String headline, String body) {
    // The same sums as probabilities(vector(headline, body)), in the same order, without building
    // the vector: the values go to a buffer of this thread's.
    TextFeatures.Counts counts = features.count(headline, body);
    float[] values = valuesScratch.get();
    if (values.length < counts.distinct) {
      values = new float[Math.max(counts.distinct, values.length * 2)];
      valuesScratch.set(values);
    }
    if (dense != null) {
      TextFeatures.weigh(counts, dense, rowOffset, rowSize, values);
    } else {
      TextFeatures.weigh(counts, idf, values);
    }
    return probabilities(counts.buckets, values, counts.distinct);
  }

  public double[] probabilities(SparseVector x) {
    return probabilities(x.indices(), x.values(), x.size());
  }

  private double[] probabilities(int[] indices, float[] values, int size) {
    double[] z = new double[labels.size()];
    for (int l = 0; l < z.length; l++) {
      z[l] = labels.get(l).bias();
    }
    if (dense != null && rowSize == 8) {
      scoreRowsOfEight(indices, values, size, z);
    } else if (dense != null) {
      int stride = z.length;
      for (int i = 0; i < size; i++) {
        int base = rowOffset + indices[i] * rowSize + 1;
        float v = values[i];
        for (int l = 0; l < stride; l++) {
          z[l] += dense[base + l] * v;
        }
      }
    } else {
      for (int i = 0; i < size; i++) {
        int f = indices[i];
        for (int at = start[f]; at < start[f + 1]; at++) {
          z[byFeatureLabel[at]] += byFeatureWeight[at] * values[i];
        }
      }
    }
    for (int l = 0; l < z.length; l++) {
      z[l] = 1.0 / (1.0 + Math.exp(-SCORE_SLOPE * z[l]));
    }
    return z;
  }

  /**
   * {@code z[l] += weight(l) * value} over the features, for the rows of 8 floats that models of 4
   * to 7 labels have (the bundled one has 5). The sums live in locals rather than in {@code z}, so
   * that they advance side by side instead of each waiting for its last store to {@code z}; the
   * unused lanes of a row hold zeros, and their sums are dropped. Every label's terms are added in
   * the same order as by the general loop, so the scores are the same to the last bit.
   */
  private void scoreRowsOfEight(int[] indices, float[] values, int size, double[] z) {
    double z0 = z[0];
    double z1 = z[1];
    double z2 = z[2];
    double z3 = z[3];
    double z4 = z.length > 4 ? z[4] : 0;
    double z5 = z.length > 5 ? z[5] : 0;
    double z6 = z.length > 6 ? z[6] : 0;
    for (int i = 0; i < size; i++) {
      int base = rowOffset + indices[i] * 8 + 1;
      float v = values[i];
      z0 += dense[base] * v;
      z1 += dense[base + 1] * v;
      z2 += dense[base + 2] * v;
      z3 += dense[base + 3] * v;
      z4 += dense[base + 4] * v;
      z5 += dense[base + 5] * v;
      z6 += dense[base + 6] * v;
    }
    double[] sums = {z0, z1, z2, z3, z4, z5, z6};
    System.arraycopy(sums, 0, z, 0, z.length);
  }

  /** Writes the model: magic, format version, description, feature bits, idf and weights. */
  public void write(Path file) throws IOException {
    try (OutputStream raw = Files.newOutputStream(file);
        DataOutputStream out = new DataOutputStream(new GZIPOutputStream(raw))) {
      out.writeUTF(MAGIC);
      out.writeInt(FORMAT_VERSION);
      writeString(out, description);
      out.writeInt(features.bits());
      int nonDefault = 0;
      for (float v : idf) {
        nonDefault += v != 0 ? 1 : 0;
      }
      out.writeInt(nonDefault);
      for (int i = 0; i < idf.length; i++) {
        if (idf[i] != 0) {
          out.writeInt(i);
          out.writeFloat(idf[i]);
        }
      }
      out.writeInt(labels.size());
      for (LabelWeights w : labels) {
        writeString(out, w.label());
        out.writeFloat(w.bias());
        out.writeInt(w.indices().length);
        for (int i = 0; i < w.indices().length; i++) {
          out.writeInt(w.indices()[i]);
          out.writeFloat(w.weights()[i]);
        }
      }
    }
  }

  public static LinearModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  public static LinearModel read(InputStream stream, String source) throws IOException {
    DataInputStream in;
    try {
      in = new DataInputStream(new GZIPInputStream(stream));
      if (!MAGIC.equals(in.readUTF())) {
        throw new IOException(source + " is not a newsflow model");
      }
    } catch (java.util.zip.ZipException | java.io.UTFDataFormatException | java.io.EOFException e) {
      throw new IOException(source + " is not a newsflow model (" + e.getMessage() + ")", e);
    }
    int version = in.readInt();
    if (version != FORMAT_VERSION) {
      throw new IOException(source + " is a model of format " + version + "; this newsflow reads format " + FORMAT_VERSION);
    }
    String description = readString(in);
    TextFeatures features = new TextFeatures(in.readInt());
    float[] idf = new float[features.dimensions()];
    int idfCount = in.readInt();
    for (int i = 0; i < idfCount; i++) {
      int index = in.readInt();
      idf[index] = in.readFloat();
    }
    int labelCount = in.readInt();
    LabelWeights[] labels = new LabelWeights[labelCount];
    for (int l = 0; l < labelCount; l++) {
      String label = readString(in);
      float bias = in.readFloat();
      int n = in.readInt();
      int[] indices = new int[n];
      float[] weights = new float[n];
      for (int i = 0; i < n; i++) {
        indices[i] = in.readInt();
        weights[i] = in.readFloat();
      }
      labels[l] = new LabelWeights(label, bias, indices, weights);
    }
    return new LinearModel(description, features, idf, Arrays.asList(labels));
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 20) {
      throw new IOException("corrupt model: string of length " + length);
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
