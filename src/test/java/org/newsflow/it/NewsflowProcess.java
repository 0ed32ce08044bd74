package org.newsflow.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code newsflow run} as a separate JVM from the shaded jar (built by {@code package}, before
 * failsafe runs), as an operator would start it: it can be killed with SIGKILL, asked to stop
 * with SIGTERM, and its output (stdout and stderr, one file per start) read afterwards.
 */
final class NewsflowProcess implements AutoCloseable {

  static final Path JAR = Path.of("target", "newsflow.jar");

  private final Process process;
  private final Path output;

  private NewsflowProcess(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  /** Starts {@code java -cp target/newsflow.jar org.newsflow.cli.NewsflowCli ARGS}, output to {@code output}. */
  static NewsflowProcess start(Path output, Map<String, String> environment, List<String> args) throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(JAR + " is missing: run `mvn package` (mvn verify builds it before the ITs)");
    }
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:+UseSerialGC",
        "-cp", JAR.toString(), "org.newsflow.cli.NewsflowCli"));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
    builder.environment().putAll(environment);
    return new NewsflowProcess(builder.start(), output);
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** SIGKILL, as a crash or the OOM killer would: no shutdown hook, no commit, no goodbye. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("newsflow run (pid " + pid() + ") survived SIGKILL");
    }
  }

  /** SIGTERM; returns the exit code, or null when the process did not exit within {@code timeout}. */
  Integer stop(Duration timeout) throws InterruptedException {
    process.destroy();
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
  }

  /** The exit code, once it has exited on its own. */
  Integer exitCode() {
    return process.isAlive() ? null : process.exitValue();
  }

  String output() {
    try {
      return Files.readString(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }
}
