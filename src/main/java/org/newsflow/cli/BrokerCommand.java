package org.newsflow.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsflow.broker.EmbeddedBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "broker", mixinStandardHelpOptions = true,
    description = {"Start a single-node Kafka broker and print its address; runs until Ctrl-C.",
        "The broker runs in KRaft mode from the bundled Kafka jars, as a child JVM: no Docker, no install.",
        "Use it to try the other commands with --bootstrap-server."})
final class BrokerCommand implements Callable<Integer> {

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Keep the broker's data here across restarts (default: a temporary folder, deleted on exit).")
  Path dataDir;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var stop = Signals.stopRequested();
    EmbeddedBroker broker;
    if (dataDir == null) {
      broker = EmbeddedBroker.start();
    } else {
      Files.createDirectories(dataDir);
      broker = EmbeddedBroker.start(dataDir, false);
    }
    try (broker) {
      var out = spec.commandLine().getOut();
      out.println("Kafka broker running at " + broker.bootstrapServers() + " (Ctrl-C to stop)");
      out.println("  try: java -jar target/newsflow.jar demo --bootstrap-server " + broker.bootstrapServers());
      out.flush();
      stop.await();
    }
    return 0;
  }
}
