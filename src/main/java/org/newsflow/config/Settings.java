package org.newsflow.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Configuration in layers: defaults &lt; properties file &lt; environment &lt; command-line flags.
 * Keys are Kafka client keys ({@code bootstrap.servers}) and newsflow's own ({@code newsflow.*}).
 * From the environment, {@code NEWSFLOW_ROUTE_THRESHOLD} becomes {@code newsflow.route.threshold}
 * and {@code KAFKA_BOOTSTRAP_SERVERS} becomes {@code bootstrap.servers}, with the apache/kafka
 * image's escapes: {@code ___} for '-', {@code __} for '_', {@code _} for '.'.
 */
public final class Settings {

  public static final String ROUTE_THRESHOLD = "newsflow.route.threshold";
  public static final String TOPIC_PARTITIONS = "newsflow.topics.partitions";
  public static final String TOPIC_REPLICATION = "newsflow.topics.replication";
  public static final String TAXONOMY_FILE = "newsflow.taxonomy";
  public static final String MODEL_FILE = "newsflow.model";
  public static final String MODEL_MODE = "newsflow.model.mode";
  public static final String DEDUPE_RETENTION = "newsflow.dedupe.retention";

  /** Variables of the Kafka scripts and images that are JVM options, not client settings. */
  private static final Set<String> KAFKA_SCRIPT_VARIABLES = Set.of("KAFKA_HEAP_OPTS", "KAFKA_OPTS",
      "KAFKA_JVM_PERFORMANCE_OPTS", "KAFKA_LOG4J_OPTS", "KAFKA_JMX_OPTS", "KAFKA_GC_LOG_OPTS",
      "KAFKA_DEBUG", "KAFKA_LOG_DIR", "KAFKA_HOME", "KAFKA_VERSION", "KAFKA_CLUSTER_ID");

  private static final Pattern DURATION = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h|d)");

  private final Map<String, String> values;

  private Settings(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Layers the given sources; {@code file} may be null. */
  public static Settings load(Map<String, String> defaults, Path file, Map<String, String> environment,
      Map<String, String> flags) throws IOException {
    Map<String, String> merged = new TreeMap<>(defaults);
    if (file != null) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      properties.stringPropertyNames().forEach(k -> merged.put(k, properties.getProperty(k).strip()));
    }
    merged.putAll(fromEnvironment(environment));
    flags.forEach((k, v) -> {
      if (v != null) {
        merged.put(k, v);
      }
    });
    return new Settings(merged);
  }

  public static Settings of(Map<String, String> values) {
    return new Settings(values);
  }

  /** The {@code NEWSFLOW_*} and {@code KAFKA_*} variables as configuration keys. */
  static Map<String, String> fromEnvironment(Map<String, String> environment) {
    Map<String, String> keys = new TreeMap<>();
    environment.forEach((name, value) -> {
      if (name.startsWith("NEWSFLOW_") && name.length() > "NEWSFLOW_".length()) {
        keys.put("newsflow." + unescape(name.substring("NEWSFLOW_".length())), value);
      } else if (name.startsWith("KAFKA_") && !KAFKA_SCRIPT_VARIABLES.contains(name)) {
        keys.put(unescape(name.substring("KAFKA_".length())), value);
      }
    });
    return keys;
  }

  private static String unescape(String variable) {
    return variable.toLowerCase(Locale.ROOT)
        .replace("___", "\u0000").replace("__", "\u0001").replace('_', '.')
        .replace('\u0000', '-').replace('\u0001', '_');
  }

  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
  }

  public String get(String key, String fallback) {
    return get(key).orElse(fallback);
  }

  public double getDouble(String key, double fallback) {
    return get(key).map(v -> parse(key, v, Double::parseDouble)).orElse(fallback);
  }

  public int getInt(String key, int fallback) {
    return get(key).map(v -> parse(key, v, Integer::parseInt)).orElse(fallback);
  }

  /**
   * A duration: a number with a unit ({@code 500ms}, {@code 30s}, {@code 15m}, {@code 12h},
   * {@code 7d}) or ISO-8601 ({@code P7D}, {@code PT12H}).
   */
  public Duration getDuration(String key, Duration fallback) {
    return get(key).map(v -> parseDuration(key, v.strip())).orElse(fallback);
  }

  private static Duration parseDuration(String key, String value) {
    Matcher m = DURATION.matcher(value.toLowerCase(Locale.ROOT));
    try {
      if (m.matches()) {
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
          case "ms" -> Duration.ofMillis(amount);
          case "s" -> Duration.ofSeconds(amount);
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          default -> Duration.ofDays(amount);
        };
      }
      Duration parsed = Duration.parse(value.toUpperCase(Locale.ROOT));
      if (!parsed.isNegative()) {
        return parsed;
      }
    } catch (ArithmeticException | java.time.format.DateTimeParseException | NumberFormatException e) {
      // Reported below with the accepted forms.
    }
    throw new IllegalArgumentException("setting " + key + " must be a duration such as 7d, 12h, 30m or P7D, not '"
        + value + "'");
  }

  private static <T> T parse(String key, String value, java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting " + key + " must be a number, not '" + value + "'");
    }
  }

  /** The Kafka client properties: every key that is not newsflow's own. A fresh copy. */
  public Properties kafkaProperties() {
    Properties properties = new Properties();
    values.forEach((k, v) -> {
      if (!k.startsWith("newsflow.")) {
        properties.put(k, v);
      }
    });
    return properties;
  }

  public Map<String, String> asMap() {
    return values;
  }
}
