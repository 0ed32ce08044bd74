package org.newsflow.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.newsflow.config.Settings;
import org.newsflow.kafka.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "topics", mixinStandardHelpOptions = true,
    description = {"Create every topic newsflow uses, if missing, and list them.",
        "Partitions and replication: newsflow.topics.partitions (3), newsflow.topics.replication (1)."})
final class TopicsCommand implements Callable<Integer> {

  @Mixin
  KafkaOptions kafka;

  @Mixin
  PipelineOptions pipeline;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Settings settings = kafka.settings(Map.of("bootstrap.servers", KafkaOptions.DEFAULT_BOOTSTRAP), pipeline.flags());
    var names = Topics.all(PipelineOptions.tagger(settings).taxonomy());
    var created = Clusters.ensureTopics(settings.kafkaProperties(), settings, names);
    for (String name : names) {
      spec.commandLine().getOut().println((created.contains(name) ? "created  " : "exists   ") + name);
    }
    return 0;
  }
}
