package org.newsflow.cli;

import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.newsflow.config.Settings;
import org.newsflow.kafka.TopicAdmin;

/** Topic creation as the commands need it, with sizes from the settings. */
final class Clusters {

  private Clusters() {}

  static List<String> ensureTopics(Properties client, Settings settings, List<String> names) throws InterruptedException {
    int partitions = settings.getInt(Settings.TOPIC_PARTITIONS, 3);
    short replication = (short) settings.getInt(Settings.TOPIC_REPLICATION, 1);
    try (Admin admin = Admin.create(client)) {
      return TopicAdmin.ensureTopics(admin, names, partitions, replication);
    }
  }
}
