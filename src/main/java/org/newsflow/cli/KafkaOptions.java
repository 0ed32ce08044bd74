package org.newsflow.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.newsflow.config.Settings;
import picocli.CommandLine.Option;

/** The options of every command that talks to Kafka, layered over the file and the environment. */
final class KafkaOptions {

  static final String DEFAULT_BOOTSTRAP = "localhost:9092";

  @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT",
      description = "Kafka bootstrap servers (also KAFKA_BOOTSTRAP_SERVERS or bootstrap.servers in --config).")
  String bootstrapServer;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Kafka client and newsflow.* properties (overridden by NEWSFLOW_*/KAFKA_* variables and flags).")
  Path configFile;

  @Option(names = {"-D", "--property"}, paramLabel = "KEY=VALUE",
      description = "A single property, overriding all other sources.")
  Map<String, String> properties = new HashMap<>();

  /** Settings from defaults, the file, the environment and the flags, in that order. */
  Settings settings(Map<String, String> defaults, Map<String, String> extraFlags) throws IOException {
    Map<String, String> flags = new HashMap<>(properties);
    flags.putAll(extraFlags);
    if (bootstrapServer != null) {
      flags.put("bootstrap.servers", bootstrapServer);
    }
    return Settings.load(defaults, configFile, System.getenv(), flags);
  }

  boolean bootstrapGiven(Settings settings) {
    return bootstrapServer != null || settings.get("bootstrap.servers").isPresent();
  }
}
