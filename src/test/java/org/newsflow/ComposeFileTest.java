package org.newsflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsflow.cli.NewsflowCli;
import org.newsflow.config.Settings;
import org.newsflow.kafka.Topics;
import org.newsflow.tag.Taxonomy;
import picocli.CommandLine;

/**
 * Checks docker-compose.yml and the Dockerfile against the code, since no Docker engine runs them
 * here: the CLI's real sub-commands and options (picocli), the topic registry, the settings keys.
 * Each check returns its problems, so the negative tests can show that a check does fail.
 */
class ComposeFileTest {

  private static final Path BASE = Path.of(System.getProperty("basedir", "."));
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TOPIC_NAME = Pattern.compile("(?<![A-Za-z0-9_.-])news\\.[a-z0-9.-]+");
  private static final Pattern NEWSFLOW_VARIABLE = Pattern.compile("\\bNEWSFLOW_[A-Z0-9_]+\\b");
  private static final Pattern LISTENER = Pattern.compile("([A-Za-z0-9_]+)://([^:,]*):(\\d+)");

  private static String composeText;
  private static JsonNode compose;
  private static List<String> dockerfile;

  @BeforeAll
  static void readFiles() throws IOException {
    composeText = Files.readString(BASE.resolve("docker-compose.yml"), StandardCharsets.UTF_8);
    compose = YAML.readTree(composeText);
    dockerfile = instructions(Files.readString(BASE.resolve("Dockerfile"), StandardCharsets.UTF_8));
  }

  // ---- the real files -------------------------------------------------------------------------

  @Test
  void everyImageIsPinnedAndKafkaIsApacheKafka4() {
    assertThat(imageProblems(compose, composeText)).isEmpty();
  }

  @Test
  void kafkaIsASingleKraftNodeWithAHealthcheck() {
    assertThat(kafkaProblems(compose)).isEmpty();
  }

  @Test
  void newsflowServicesRunRealSubCommandsAgainstTheInternalListener() {
    assertThat(seedsDestination(dockerfile)).as("Dockerfile COPY of seeds/").isPresent();
    assertThat(commandProblems(compose, seedsDestination(dockerfile).orElseThrow())).isEmpty();
  }

  @Test
  void topicNamesAreThoseOfTheRegistry() {
    assertThat(topicNameProblems(composeText)).isEmpty();
  }

  @Test
  void newsflowVariablesAreSettingsKeys() throws IOException {
    assertThat(settingsProblems(composeText)).isEmpty();
  }

  @Test
  void dockerfileIsMultiStageNonRootAndExecForm() {
    assertThat(dockerfileProblems(dockerfile)).isEmpty();
  }

  // ---- the checks fail when they should ---------------------------------------------------------

  @Test
  void reportsAnUnpinnedKafkaImage() throws IOException {
    String snippet = """
        services:
          kafka:
            image: apache/kafka:latest
        """;
    JsonNode bad = YAML.readTree(snippet);
    assertThat(imageProblems(bad, snippet)).anySatisfy(p -> assertThat(p).contains("kafka", "not pinned"));
    assertThat(imageProblems(bad, snippet)).anySatisfy(p -> assertThat(p).contains("4.x"));
  }

  @Test
  void reportsZookeeper() throws IOException {
    String snippet = """
        services:
          zookeeper:
            image: zookeeper:3.9.3
        """;
    assertThat(imageProblems(YAML.readTree(snippet), snippet)).anySatisfy(p -> assertThat(p).contains("ZooKeeper"));
  }

  @Test
  void reportsAnUnknownSubCommandAWrongBootstrapAndAMissingSeedsPath() {
    ObjectNode copy = compose.deepCopy();
    ObjectNode services = (ObjectNode) copy.get("services");
    String seeds = seedsDestination(dockerfile).orElseThrow();
    services.withArray("/app/command").set(0, TextNode.valueOf("runn"));
    services.withArray("/topics/command").set(2, TextNode.valueOf("localhost:29092"));
    services.withArray("/publish/command").set(3, TextNode.valueOf("/seeds"));

    assertThat(commandProblems(copy, seeds))
        .anySatisfy(p -> assertThat(p).contains("app", "runn", "not a newsflow sub-command"))
        .anySatisfy(p -> assertThat(p).contains("topics", "localhost:29092"))
        .anySatisfy(p -> assertThat(p).contains("publish", seeds));
  }

  @Test
  void reportsARunThatDoesNotWaitForTopics() {
    ObjectNode copy = compose.deepCopy();
    ((ObjectNode) copy.at("/services/app/depends_on/topics")).put("condition", "service_started");
    assertThat(commandProblems(copy, seedsDestination(dockerfile).orElseThrow()))
        .anySatisfy(p -> assertThat(p).contains("app", "service_completed_successfully"));
  }

  @Test
  void reportsATopicNameTheRegistryDoesNotKnow() {
    assertThat(topicNameProblems("# publish writes to news.raws.\n")).anySatisfy(p -> assertThat(p).contains("news.raws"));
    assertThat(topicNameProblems("# publish writes to news.raw.\n")).isEmpty();
  }

  @Test
  void reportsAVariableNoSettingReads() throws IOException {
    assertThat(settingsProblems("NEWSFLOW_ROUTE_TRESHOLD: \"0.4\"")).anySatisfy(p -> assertThat(p).contains("NEWSFLOW_ROUTE_TRESHOLD"));
  }

  @Test
  void reportsARootUserAndAShellFormEntrypoint() {
    List<String> bad = instructions("""
        FROM eclipse-temurin:17.0.15_6-jre
        COPY target/newsflow.jar /app/newsflow.jar
        USER root
        ENTRYPOINT java -jar /app/newsflow.jar
        """);
    assertThat(dockerfileProblems(bad))
        .anySatisfy(p -> assertThat(p).contains("two FROM"))
        .anySatisfy(p -> assertThat(p).contains("USER"))
        .anySatisfy(p -> assertThat(p).contains("ENTRYPOINT"));
  }

  // ---- checks -----------------------------------------------------------------------------------

  static List<String> imageProblems(JsonNode compose, String text) {
    List<String> problems = new ArrayList<>();
    services(compose).forEach((name, service) -> {
      String image = service.path("image").asText("");
      if (image.isEmpty()) {
        if (!service.has("build")) {
          problems.add(name + ": neither image nor build");
        }
        return;
      }
      if (!isPinned(image)) {
        problems.add(name + ": image " + image + " is not pinned to a version tag");
      }
    });
    List<String> kafkas = services(compose).entrySet().stream()
        .filter(e -> repository(e.getValue().path("image").asText("")).equals("apache/kafka"))
        .map(Map.Entry::getKey).toList();
    if (kafkas.size() != 1) {
      problems.add("expected one apache/kafka service, found " + kafkas);
    } else {
      String image = services(compose).get(kafkas.get(0)).get("image").asText();
      if (!tag(image).matches("4\\.\\d+\\.\\d+.*")) {
        problems.add(kafkas.get(0) + ": image " + image + " is not a 4.x apache/kafka tag");
      }
    }
    if (text.toLowerCase(Locale.ROOT).contains("zookeeper")) {
      problems.add("the compose file mentions ZooKeeper; Kafka 4 runs on KRaft only");
    }
    return problems;
  }

  static List<String> kafkaProblems(JsonNode compose) {
    List<String> problems = new ArrayList<>();
    Optional<String> kafka = kafkaService(compose);
    if (kafka.isEmpty()) {
      return List.of("no apache/kafka service");
    }
    JsonNode service = services(compose).get(kafka.get());
    Map<String, String> env = environment(service);
    Set<String> roles = new HashSet<>(Arrays.asList(env.getOrDefault("KAFKA_PROCESS_ROLES", "").split("\\s*,\\s*")));
    if (!roles.containsAll(Set.of("broker", "controller"))) {
      problems.add(kafka.get() + ": KAFKA_PROCESS_ROLES should be broker,controller, is " + roles);
    }
    JsonNode test = service.path("healthcheck").path("test");
    if (test.isMissingNode() || test.isNull() || test.isArray() && test.isEmpty() || test.toString().contains("NONE")) {
      problems.add(kafka.get() + ": no healthcheck");
    }
    Optional<String> internal = internalBootstrap(compose);
    if (internal.isEmpty()) {
      problems.add(kafka.get() + ": no PLAINTEXT listener in KAFKA_LISTENERS");
    } else {
      String port = internal.get().substring(internal.get().indexOf(':') + 1);
      if (!listeners(env.getOrDefault("KAFKA_ADVERTISED_LISTENERS", "")).getOrDefault("PLAINTEXT", "").equals(internal.get())) {
        problems.add(kafka.get() + ": PLAINTEXT should be advertised as " + internal.get()
            + " so containers are sent back to an address they can reach");
      }
      if (!test.toString().contains("localhost:" + port)) {
        problems.add(kafka.get() + ": the healthcheck should probe the PLAINTEXT listener (port " + port + ")");
      }
    }
    return problems;
  }

  static List<String> commandProblems(JsonNode compose, String seedsPath) {
    List<String> problems = new ArrayList<>();
    Set<String> subcommands = NewsflowCli.commandLine().getSubcommands().keySet();
    String bootstrap = internalBootstrap(compose).orElse("(no PLAINTEXT listener)");
    Map<String, String> serviceBySubcommand = new LinkedHashMap<>();
    Map<String, JsonNode> newsflow = new LinkedHashMap<>();
    services(compose).forEach((name, service) -> {
      if (service.has("build")) {
        newsflow.put(name, service);
      }
    });
    if (newsflow.isEmpty()) {
      problems.add("no service builds the newsflow image");
    }
    newsflow.forEach((name, service) -> {
      JsonNode command = service.path("command");
      if (!command.isArray() || command.isEmpty()) {
        problems.add(name + ": command should be a non-empty list (exec form)");
        return;
      }
      List<String> args = new ArrayList<>();
      command.forEach(a -> args.add(a.asText()));
      if (!subcommands.contains(args.get(0))) {
        problems.add(name + ": " + args.get(0) + " is not a newsflow sub-command " + new TreeSet<>(subcommands));
        return;
      }
      CommandLine.ParseResult sub;
      try {
        sub = NewsflowCli.commandLine().parseArgs(args.toArray(String[]::new)).subcommand();
      } catch (CommandLine.ParameterException e) {
        problems.add(name + ": newsflow rejects " + args + ": " + e.getMessage());
        return;
      }
      serviceBySubcommand.put(args.get(0), name);
      String given = sub.matchedOptionValue("--bootstrap-server", environment(service).get("KAFKA_BOOTSTRAP_SERVERS"));
      if (!bootstrap.equals(given)) {
        problems.add(name + ": --bootstrap-server is " + given + ", should be the internal listener " + bootstrap);
      }
      if (args.get(0).equals("publish")) {
        List<String> paths = sub.matchedPositionals().stream().flatMap(p -> p.originalStringValues().stream()).toList();
        if (!paths.contains(seedsPath)) {
          problems.add(name + ": publishes " + paths + ", but the Dockerfile copies the seeds to " + seedsPath);
        }
      }
    });
    for (String needed : List.of("topics", "run", "publish")) {
      if (!serviceBySubcommand.containsKey(needed)) {
        problems.add("no service runs `" + needed + "`");
      }
    }
    String topics = serviceBySubcommand.get("topics");
    for (String dependent : List.of("run", "publish")) {
      String name = serviceBySubcommand.get(dependent);
      if (name != null && topics != null) {
        String condition = services(compose).get(name).path("depends_on").path(topics).path("condition").asText("");
        if (!condition.equals("service_completed_successfully")) {
          problems.add(name + ": should depend on " + topics + " with condition service_completed_successfully, not '"
              + condition + "'");
        }
      }
    }
    Optional<String> kafka = kafkaService(compose);
    if (topics != null && kafka.isPresent()
        && !services(compose).get(topics).path("depends_on").path(kafka.get()).path("condition").asText("").equals("service_healthy")) {
      problems.add(topics + ": should wait for " + kafka.get() + " to be service_healthy");
    }
    return problems;
  }

  static List<String> topicNameProblems(String text) {
    Set<String> known = new HashSet<>(Topics.all(Taxonomy.bundled()));
    List<String> problems = new ArrayList<>();
    Matcher m = TOPIC_NAME.matcher(text);
    while (m.find()) {
      String name = m.group().replaceAll("\\.+$", ""); // a full stop ending a sentence in a comment
      if (!known.contains(name)) {
        problems.add("topic " + name + " is not in Topics.all(Taxonomy.bundled())");
      }
    }
    return problems;
  }

  static List<String> settingsProblems(String text) throws IOException {
    Set<String> keys = new HashSet<>();
    for (Field field : Settings.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers()) && field.getType() == String.class) {
        try {
          String value = (String) field.get(null);
          if (value.startsWith("newsflow.")) {
            keys.add(value);
          }
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    List<String> problems = new ArrayList<>();
    Matcher m = NEWSFLOW_VARIABLE.matcher(text);
    while (m.find()) {
      // The production mapping, so the test cannot disagree with Settings about escapes.
      Set<String> mapped = Settings.load(Map.of(), null, Map.of(m.group(), "x"), Map.of()).asMap().keySet();
      if (!keys.containsAll(mapped) || mapped.isEmpty()) {
        problems.add(m.group() + " becomes " + mapped + ", which no Settings constant names " + new TreeSet<>(keys));
      }
    }
    return problems;
  }

  static List<String> dockerfileProblems(List<String> instructions) {
    List<String> problems = new ArrayList<>();
    List<String> froms = withKeyword(instructions, "FROM");
    if (froms.size() < 2) {
      problems.add("Dockerfile: expected at least two FROM lines (build and runtime stages), found " + froms.size());
    }
    Set<String> stages = new HashSet<>();
    for (String from : froms) {
      String[] words = from.split("\\s+");
      String image = Arrays.stream(words).filter(w -> !w.startsWith("--")).findFirst().orElse("");
      if (!stages.contains(image) && !isPinned(image)) {
        problems.add("Dockerfile: base image " + image + " is not pinned to a version tag");
      }
      if (words.length >= 3 && words[words.length - 2].equalsIgnoreCase("AS")) {
        stages.add(words[words.length - 1]);
      }
    }
    List<String> users = withKeyword(instructions, "USER");
    String user = users.isEmpty() ? "root" : users.get(users.size() - 1).split(":")[0].strip();
    if (user.equals("root") || user.equals("0")) {
      problems.add("Dockerfile: the final USER is root");
    }
    List<String> entrypoints = withKeyword(instructions, "ENTRYPOINT");
    List<String> entrypoint = entrypoints.isEmpty() ? null : jsonArray(entrypoints.get(entrypoints.size() - 1));
    if (entrypoint == null) {
      problems.add("Dockerfile: ENTRYPOINT should be in exec form (a JSON array), so java gets SIGTERM as PID 1");
    } else {
      int jar = entrypoint.indexOf("-jar");
      Set<String> copied = new HashSet<>();
      withKeyword(instructions, "COPY").forEach(c -> copied.add(c.substring(c.lastIndexOf(' ') + 1)));
      if (jar < 0 || jar + 1 >= entrypoint.size() || !copied.contains(entrypoint.get(jar + 1))) {
        problems.add("Dockerfile: ENTRYPOINT " + entrypoint + " should run the jar a COPY puts in place");
      }
    }
    return problems;
  }

  // ---- reading the files ------------------------------------------------------------------------

  /** Where the Dockerfile copies the build context's seeds/ folder, without a trailing slash. */
  static Optional<String> seedsDestination(List<String> instructions) {
    for (String copy : withKeyword(instructions, "COPY")) {
      List<String> words = Arrays.stream(copy.split("\\s+")).filter(w -> !w.startsWith("--")).toList();
      if (words.size() >= 2 && words.subList(0, words.size() - 1).stream().anyMatch(w -> w.replaceAll("^\\./|/$", "").equals("seeds"))) {
        String destination = words.get(words.size() - 1);
        return Optional.of(destination.length() > 1 ? destination.replaceAll("/$", "") : destination);
      }
    }
    return Optional.empty();
  }

  /** Dockerfile instructions, one string each: continuations joined, comments and blank lines dropped. */
  static List<String> instructions(String dockerfile) {
    List<String> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : dockerfile.split("\\R")) {
      String stripped = line.strip();
      if (stripped.startsWith("#") || stripped.isEmpty() && current.length() == 0) {
        continue;
      }
      if (stripped.endsWith("\\")) {
        current.append(stripped, 0, stripped.length() - 1).append(' ');
      } else {
        instructions.add(current.append(stripped).toString().strip());
        current.setLength(0);
      }
    }
    return instructions;
  }

  /** The arguments of the instructions with this keyword. */
  private static List<String> withKeyword(List<String> instructions, String keyword) {
    return instructions.stream()
        .filter(i -> i.regionMatches(true, 0, keyword + " ", 0, keyword.length() + 1))
        .map(i -> i.substring(keyword.length()).strip())
        .toList();
  }

  private static List<String> jsonArray(String text) {
    if (!text.startsWith("[")) {
      return null;
    }
    try {
      return JSON.readValue(text, new TypeReference<List<String>>() {});
    } catch (IOException e) {
      return null;
    }
  }

  private static Map<String, JsonNode> services(JsonNode compose) {
    Map<String, JsonNode> services = new LinkedHashMap<>();
    compose.path("services").fields().forEachRemaining(e -> services.put(e.getKey(), e.getValue()));
    return services;
  }

  private static Optional<String> kafkaService(JsonNode compose) {
    return services(compose).entrySet().stream()
        .filter(e -> repository(e.getValue().path("image").asText("")).equals("apache/kafka"))
        .map(Map.Entry::getKey).findFirst();
  }

  /** {@code <kafka service>:<port of its PLAINTEXT listener>}: what containers on the network use. */
  private static Optional<String> internalBootstrap(JsonNode compose) {
    return kafkaService(compose).flatMap(name -> {
      String port = listeners(environment(services(compose).get(name)).getOrDefault("KAFKA_LISTENERS", ""))
          .getOrDefault("PLAINTEXT", ":");
      port = port.substring(port.indexOf(':') + 1);
      return port.isEmpty() ? Optional.empty() : Optional.of(name + ":" + port);
    });
  }

  /** Listener name to {@code host:port}. */
  private static Map<String, String> listeners(String value) {
    Map<String, String> listeners = new LinkedHashMap<>();
    Matcher m = LISTENER.matcher(value);
    while (m.find()) {
      listeners.put(m.group(1), m.group(2) + ":" + m.group(3));
    }
    return listeners;
  }

  /** A service's environment, written either as a map or as a list of {@code KEY=VALUE}. */
  private static Map<String, String> environment(JsonNode service) {
    Map<String, String> env = new LinkedHashMap<>();
    JsonNode node = service.path("environment");
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
    } else if (node.isArray()) {
      node.forEach(item -> {
        String[] kv = item.asText().split("=", 2);
        env.put(kv[0], kv.length > 1 ? kv[1] : "");
      });
    }
    return env;
  }

  private static boolean isPinned(String image) {
    if (image.contains("@sha256:")) {
      return true;
    }
    String tag = tag(image);
    return !tag.isEmpty() && !tag.equals("latest") && !tag.contains("$");
  }

  private static String repository(String image) {
    String withoutDigest = image.split("@", 2)[0];
    int colon = withoutDigest.lastIndexOf(':');
    String repository = colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    return repository.replaceFirst("^docker\\.io/", "");
  }

  private static String tag(String image) {
    String withoutDigest = image.split("@", 2)[0];
    int colon = withoutDigest.lastIndexOf(':');
    return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(colon + 1) : "";
  }
}
