package org.newsflow.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one process), run from
 * the Kafka jars on this application's own classpath as a child JVM: {@code kafka.tools.StorageTool}
 * formats the log directory, then {@code kafka.Kafka} serves it. A child process keeps the broker's
 * memory, threads and logs apart from the application, and can be killed and restarted on the
 * same directory like a real one: {@link #kill()} and {@link #restart()} keep the log directory and
 * the ports, so clients reconnect by themselves. The broker's log goes to {@code broker.log} in its
 * directory. {@link Setup} changes how it listens and authorizes (the reliability tests run it with
 * TLS, SCRAM and ACLs).
 */
public final class EmbeddedBroker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedBroker.class);
  private static final String HOST = "127.0.0.1";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

  /**
   * How the broker listens: the security protocols of its client listener ({@code BROKER}, also
   * the inter-broker one) and of its {@code CONTROLLER} listener, server properties added to or
   * overriding the defaults, extra {@code StorageTool format} arguments (e.g. {@code --add-scram}),
   * and the client properties that reach it (used to check that it is ready).
   */
  public record Setup(String brokerProtocol, String controllerProtocol, Map<String, String> serverProperties,
      List<String> formatArguments, Map<String, Object> clientProperties) {

    public static final Setup PLAINTEXT = new Setup("PLAINTEXT", "PLAINTEXT", Map.of(), List.of(), Map.of());

    public Setup {
      serverProperties = Map.copyOf(serverProperties);
      formatArguments = List.copyOf(formatArguments);
      clientProperties = Map.copyOf(clientProperties);
    }
  }

  private final Path directory;
  private final boolean deleteOnClose;
  private final int brokerPort;
  private final Setup setup;
  private volatile Process process;
  private final Thread reaper;

  private EmbeddedBroker(Path directory, boolean deleteOnClose, int brokerPort, Setup setup) {
    this.directory = directory;
    this.deleteOnClose = deleteOnClose;
    this.brokerPort = brokerPort;
    this.setup = setup;
    this.reaper = new Thread(() -> {
      Process running = process;
      if (running != null) {
        running.destroyForcibly();
      }
    }, "embedded-broker-reaper");
    Runtime.getRuntime().addShutdownHook(reaper);
  }

  /** Starts a broker in a new temporary directory, deleted when it is closed. */
  public static EmbeddedBroker start() throws IOException, InterruptedException {
    return start(Files.createTempDirectory("newsflow-broker-"), true);
  }

  /** Starts a broker on {@code directory}, formatting it first if it is new. */
  public static EmbeddedBroker start(Path directory, boolean deleteOnClose) throws IOException, InterruptedException {
    return start(directory, deleteOnClose, Setup.PLAINTEXT);
  }

  /** Starts a broker set up as given on {@code directory}, formatting it first if it is new. */
  public static EmbeddedBroker start(Path directory, boolean deleteOnClose, Setup setup)
      throws IOException, InterruptedException {
    Files.createDirectories(directory);
    int brokerPort = freePort();
    int controllerPort = freePort();
    writeConfig(directory.resolve("server.properties"), directory.resolve("logs"), brokerPort, controllerPort, setup);
    if (!Files.exists(directory.resolve("logs").resolve("meta.properties"))) {
      format(directory.resolve("server.properties"), directory.resolve("broker.log"), setup.formatArguments());
    }
    var broker = new EmbeddedBroker(directory, deleteOnClose, brokerPort, setup);
    try {
      broker.launch();
    } catch (IOException | InterruptedException | RuntimeException e) {
      broker.close();
      throw e;
    }
    return broker;
  }

  private void launch() throws IOException, InterruptedException {
    Path logFile = directory.resolve("broker.log");
    List<String> command = new ArrayList<>(javaCommand());
    command.addAll(List.of("-Xms128m", "-Xmx512m", "-XX:+UseG1GC", "kafka.Kafka",
        directory.resolve("server.properties").toString()));
    process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
        .start();
    awaitReady(logFile);
    log.info("Embedded Kafka broker ready at {} (data and log in {})", bootstrapServers(), directory);
  }

  /** Kills the broker process with SIGKILL, as a crash would, and waits until it is gone. */
  public void kill() throws InterruptedException {
    Process running = process;
    running.destroyForcibly();
    if (!running.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      throw new IllegalStateException("the embedded broker (pid " + running.pid() + ") survived SIGKILL");
    }
    log.info("Embedded Kafka broker killed (pid {})", running.pid());
  }

  /**
   * Starts the broker again after {@link #kill()}, on the same log directory and the same ports,
   * and waits until it serves again.
   */
  public void restart() throws IOException, InterruptedException {
    if (process.isAlive()) {
      throw new IllegalStateException("the embedded broker is still running (pid " + process.pid() + ")");
    }
    launch();
  }

  public String bootstrapServers() {
    return HOST + ":" + brokerPort;
  }

  public Path directory() {
    return directory;
  }

  public long pid() {
    return process.pid();
  }

  private void awaitReady(Path logFile) throws IOException, InterruptedException {
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    Map<String, Object> config = new HashMap<>(setup.clientProperties());
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
    awaitPort(logFile, deadline);
    try (Admin admin = Admin.create(config)) {
      while (true) {
        if (!process.isAlive()) {
          throw new IOException("the embedded broker exited with code " + process.exitValue()
              + "; see " + logFile + ":\n" + tail(logFile));
        }
        try {
          if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
            return;
          }
        } catch (Exception notYet) {
          // Still starting.
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IOException("the embedded broker did not start within " + START_TIMEOUT.toSeconds()
              + " s; see " + logFile + ":\n" + tail(logFile));
        }
        process.waitFor(200, TimeUnit.MILLISECONDS);
      }
    }
  }

  /** Waits until the broker accepts connections, so the admin client does not log refusals. */
  private void awaitPort(Path logFile, Instant deadline) throws IOException, InterruptedException {
    while (true) {
      try (java.net.Socket socket = new java.net.Socket()) {
        socket.connect(new java.net.InetSocketAddress(HOST, brokerPort), 1000);
        return;
      } catch (IOException notYet) {
        if (!process.isAlive()) {
          throw new IOException("the embedded broker exited with code " + process.exitValue()
              + "; see " + logFile + ":\n" + tail(logFile));
        }
        if (Instant.now().isAfter(deadline)) {
          throw new IOException("the embedded broker did not listen within " + START_TIMEOUT.toSeconds()
              + " s; see " + logFile + ":\n" + tail(logFile));
        }
        process.waitFor(100, TimeUnit.MILLISECONDS);
      }
    }
  }

  /** Stops the broker (SIGTERM, then SIGKILL after 30 s) and deletes its directory if it owns it. */
  @Override
  public void close() {
    Process running = process;
    if (running != null && running.isAlive()) {
      running.destroy();
      try {
        if (!running.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
          running.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        running.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
    try {
      Runtime.getRuntime().removeShutdownHook(reaper);
    } catch (IllegalStateException shuttingDown) {
      // The JVM is exiting; the hook runs anyway and finds the process gone.
    }
    if (deleteOnClose) {
      deleteRecursively(directory);
    }
  }

  private static void format(Path config, Path logFile, List<String> extraArguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(javaCommand());
    command.addAll(List.of("-Xmx256m", "kafka.tools.StorageTool", "format",
        "--cluster-id", Uuid.randomUuid().toString(), "--config", config.toString()));
    command.addAll(extraArguments);
    Process format = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
        .start();
    if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
      format.destroyForcibly();
      throw new IOException("formatting the embedded broker's storage failed; see " + logFile + ":\n" + tail(logFile));
    }
  }

  private static void writeConfig(Path file, Path logDir, int brokerPort, int controllerPort, Setup setup)
      throws IOException {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
    p.setProperty("listeners", "BROKER://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
    p.setProperty("advertised.listeners", "BROKER://" + HOST + ":" + brokerPort);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "BROKER");
    p.setProperty("listener.security.protocol.map",
        "BROKER:" + setup.brokerProtocol() + ",CONTROLLER:" + setup.controllerProtocol());
    p.setProperty("log.dirs", logDir.toString());
    // One broker: internal topics cannot have more than one replica.
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("auto.create.topics.enable", "false");
    p.setProperty("num.partitions", "1");
    setup.serverProperties().forEach(p::setProperty);
    try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(writer, "newsflow embedded broker");
    }
  }

  private static List<String> javaCommand() {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(java, "-cp", System.getProperty("java.class.path"),
        "-Dlogback.configurationFile=logback-broker.xml");
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static String tail(Path file) {
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(cannot read " + file + ": " + e.getMessage() + ")";
    }
  }

  private static void deleteRecursively(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException | UncheckedIOException e) {
      log.warn("Could not delete {}: {}", root, e.getMessage());
    }
  }
}
