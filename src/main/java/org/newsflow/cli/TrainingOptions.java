package org.newsflow.cli;

import org.newsflow.tag.model.Trainer;
import picocli.CommandLine.Option;

/** Classifier training settings. */
final class TrainingOptions {

  @Option(names = "--feature-bits", paramLabel = "N", description = "Hash words and word pairs into 2^N features (default ${DEFAULT-VALUE}).",
      defaultValue = "19")
  int featureBits;

  @Option(names = "--epochs", paramLabel = "N", description = "Passes over the training data (default ${DEFAULT-VALUE}).", defaultValue = "8")
  int epochs;

  @Option(names = "--lambda", paramLabel = "X", description = "L2 regularisation strength (default ${DEFAULT-VALUE}).", defaultValue = "1e-5")
  double lambda;

  Trainer.Options options() {
    var defaults = Trainer.Options.defaults();
    return new Trainer.Options(featureBits, lambda, epochs, defaults.seed(), defaults.pruneBelow());
  }
}
