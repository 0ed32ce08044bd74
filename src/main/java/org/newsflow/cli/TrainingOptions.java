package org.newsflow.cli;

import org.newsflow.tag.model.Trainer;
import picocli.CommandLine.Option;

/** Classifier training settings. */
final class TrainingOptions {

  @Option(names = "--feature-bits", paramLabel = "N", description = "Hash words and word pairs into 2^N features (default ${DEFAULT-VALUE}).",
      defaultValue = "16")
  int featureBits;

  @Option(names = "--epochs", paramLabel = "N", description = "Passes over the training data (default ${DEFAULT-VALUE}).", defaultValue = "10")
  int epochs;

  @Option(names = "--lambda", paramLabel = "X", description = "L2 regularisation strength (default ${DEFAULT-VALUE}).", defaultValue = "1e-5")
  double lambda;

  @Option(names = "--prune-below", paramLabel = "X", defaultValue = "1e-2",
      description = "Drop weights smaller than this from the model file (default ${DEFAULT-VALUE}).")
  float pruneBelow;

  Trainer.Options options() {
    return new Trainer.Options(featureBits, lambda, epochs, Trainer.Options.defaults().seed(), pruneBelow);
  }
}
