package org.newsflow.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.config.SaslConfigs;
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
    refuseSecrets(properties);
    Map<String, String> flags = new HashMap<>(properties);
    flags.putAll(extraFlags);
    if (bootstrapServer != null) {
      flags.put("bootstrap.servers", bootstrapServer);
    }
    return Settings.load(defaults, configFile, System.getenv(), flags);
  }

  /**
   * Any user of the machine can read a process's command line ({@code ps}): logins and passwords
   * belong in the {@code --config} file or the environment.
   */
  static void refuseSecrets(Map<String, String> flags) {
    for (String key : flags.keySet()) {
      String lower = key.toLowerCase(Locale.ROOT);
      if (lower.equals(SaslConfigs.SASL_JAAS_CONFIG) || lower.endsWith("password")) {
        throw new IllegalArgumentException("-D " + key + " would put a secret on the command line, where every user"
            + " of this machine can read it; set it in the --config file or the environment (KAFKA_"
            + key.toUpperCase(Locale.ROOT).replace(".", "_") + ") instead");
      }
    }
  }

  boolean bootstrapGiven(Settings settings) {
    return bootstrapServer != null || settings.get("bootstrap.servers").isPresent();
  }
}
