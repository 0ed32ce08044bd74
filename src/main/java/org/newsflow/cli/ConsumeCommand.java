package org.newsflow.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.kafka.common.errors.WakeupException;
import org.newsflow.config.Settings;
import org.newsflow.kafka.OutputConsumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "consume", mixinStandardHelpOptions = true,
    description = {"Print routed articles from output topics (committed data only): a readable line each, or JSON.",
        "Dead letters show their reason. Runs until Ctrl-C, --max-messages or --timeout."})
final class ConsumeCommand implements Callable<Integer> {

  @Parameters(paramLabel = "TOPIC", arity = "1..*", description = "Topics, e.g. news.enriched news.topic.politics news.dlq")
  List<String> topics;

  @Option(names = "--from-beginning", description = "Start from the oldest record (default: only new ones).")
  boolean fromBeginning;

  @Option(names = "--max-messages", paramLabel = "N", description = "Exit after N records.")
  Integer maxMessages;

  @Option(names = "--group", paramLabel = "ID",
      description = "Consumer group (offsets are committed); default: a fresh group that commits nothing.")
  String group;

  @Option(names = "--json", description = "Print each record's value as JSON (dead letters: their headers and text).")
  boolean json;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Exit when nothing arrives for this long.")
  Integer timeoutSeconds;

  @Mixin
  KafkaOptions kafka;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Settings settings = kafka.settings(Map.of("bootstrap.servers", KafkaOptions.DEFAULT_BOOTSTRAP), Map.of());
    PrintWriter out = spec.commandLine().getOut();
    var stop = Signals.stopRequested();
    int seen = 0;
    try (var consumer = new OutputConsumer(
        OutputConsumer.createConsumer(settings.kafkaProperties(), group, fromBeginning), topics)) {
      Thread waker = new Thread(() -> {
        try {
          stop.await();
          consumer.wakeup();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "newsflow-consume-stop");
      waker.setDaemon(true);
      waker.start();
      Instant lastRecord = Instant.now();
      while (maxMessages == null || seen < maxMessages) {
        var records = consumer.poll(Duration.ofMillis(500));
        for (var record : records) {
          if (json) {
            out.println(new String(record.value(), StandardCharsets.UTF_8).replace('\n', ' '));
          } else {
            out.println(ArticleLines.line(record.topic(), record.key(), record.value(), record.headers()));
          }
          seen++;
          if (maxMessages != null && seen >= maxMessages) {
            break;
          }
        }
        out.flush();
        if (!records.isEmpty()) {
          lastRecord = Instant.now();
        } else if (timeoutSeconds != null && Instant.now().isAfter(lastRecord.plusSeconds(timeoutSeconds))) {
          break;
        }
      }
    } catch (WakeupException stopped) {
      // Ctrl-C.
    }
    out.flush();
    return 0;
  }
}
