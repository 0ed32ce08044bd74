package org.newsflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.broker.EmbeddedBroker;
import org.newsflow.kafka.Topics;
import org.newsflow.tag.Taxonomy;

/**
 * {@code newsflow run} in a JVM of its own, killed with SIGKILL at random points while it works
 * through 20,000 stories on news.raw, and started again each time on the same state directory and
 * application id. Afterwards every output topic is read with read_committed and compared, id by id,
 * with what the pure functions route each story to ({@link DeliveryVerifier}).
 *
 * <p>Under exactly_once_v2 nothing may be lost or doubled, and no transaction may stay open. Under
 * at_least_once the same kills may replay work since the last commit: nothing may be lost, and the
 * duplicates the verifier finds are reported (their number depends on where the kills land, so it
 * is logged, not asserted).
 */
class StreamsCrashIT {

  static final int ARTICLES = Integer.getInteger("newsflow.crash.articles", 20_000);
  /** Half as many under at_least_once: it shows what the verifier reports, and CI time is shared. */
  static final int ALOS_ARTICLES = ARTICLES / 2;
  static final int KILLS = 3;

  @TempDir
  Path work;

  @Test
  void exactlyOnceV2KeepsEveryStoryOnEachOfItsTopicsExactlyOnceThroughSigkills() throws Exception {
    var outcome = runWithKills(StreamsConfig.EXACTLY_ONCE_V2, ARTICLES, Map.of());

    assertThat(outcome.report().exactlyOnce()).as(outcome.report().summary()).isTrue();
    assertThat(outcome.report().expectedRecords()).isGreaterThan(ARTICLES);
    assertThat(outcome.openTransactions()).isEmpty();
  }

  @Test
  void atLeastOnceLosesNothingAndTheVerifierReportsWhatTheKillsDoubled() throws Exception {
    // Offsets committed every 5 s instead of 30 s, so each restart resumes from a recent commit.
    var outcome = runWithKills(StreamsConfig.AT_LEAST_ONCE, ALOS_ARTICLES, Map.of(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "5000"));

    assertThat(outcome.report().lostIds()).as(outcome.report().summary()).isEmpty();
    assertThat(outcome.report().strays()).as(outcome.report().summary()).isEmpty();
    assertThat(outcome.report().duplicateRecords()).isEqualTo(outcome.report().receivedRecords()
        - outcome.report().expectedRecords());
  }

  private static String lap(String what, long started) {
    return String.format(Locale.ROOT, "%s %.1f s", what, (System.nanoTime() - started) / 1e9);
  }

  record Outcome(DeliveryVerifier.Report report, Map<?, String> openTransactions) {}

  private Outcome runWithKills(String guarantee, int articles, Map<String, String> extra) throws Exception {
    long started = System.nanoTime();
    long seed = Long.getLong("newsflow.crash.seed", System.nanoTime());
    Random random = new Random(seed);
    String applicationId = "newsflow-crash-" + guarantee.replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
    var taxonomy = Taxonomy.bundled();
    List<String> outputs = Topics.outputs(taxonomy);
    try (var broker = EmbeddedBroker.start()) {
      Properties client = new Properties();
      client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
      try (Admin admin = Admin.create(client)) {
        ClusterProbe.createTopics(admin, taxonomy);
        var stories = WireStories.generate(applicationId, articles, 400, seed);
        List<String> phases = new ArrayList<>();
        var expected = ClusterProbe.expectedRoutes(stories);
        phases.add(lap("routes computed", started));
        ClusterProbe.publish(client, stories);
        phases.add(lap("published", started));

        List<String> args = new ArrayList<>(List.of("run", "--bootstrap-server", broker.bootstrapServers(),
            "-D", "application.id=" + applicationId,
            "-D", "state.dir=" + work.resolve("state"),
            "-D", "processing.guarantee=" + guarantee,
            // A killed member leaves no goodbye: the group waits out its session before reassigning.
            "-D", "session.timeout.ms=6000", "-D", "heartbeat.interval.ms=1500"));
        extra.forEach((k, v) -> args.addAll(List.of("-D", k + "=" + v)));

        List<Long> killedAt = new ArrayList<>();
        for (int kill = 1; kill <= KILLS; kill++) {
          long before = ClusterProbe.endOffsets(admin, Topics.ENRICHED.name(), IsolationLevel.READ_COMMITTED);
          long target = before + articles / 20 + random.nextInt(articles / 8);
          try (var app = NewsflowProcess.start(work.resolve("run-" + kill + ".log"), Map.of(), args)) {
            await("news.enriched passing offset " + target).atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                  assertThat(app.isAlive()).as("newsflow run exited early:\n%s", app.output()).isTrue();
                  return ClusterProbe.endOffsets(admin, Topics.ENRICHED.name(), IsolationLevel.READ_COMMITTED) >= target;
                });
            app.kill();
            killedAt.add(ClusterProbe.committed(admin, applicationId, Topics.RAW.name()));
            phases.add(lap("kill " + kill, started));
          }
        }

        Integer exit;
        try (var app = NewsflowProcess.start(work.resolve("run-final.log"), Map.of(), args)) {
          await("every story consumed").atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
              .until(() -> {
                assertThat(app.isAlive()).as("newsflow run exited early:\n%s", app.output()).isTrue();
                return ClusterProbe.committed(admin, applicationId, Topics.RAW.name()) >= articles;
              });
          phases.add(lap("drained", started));
          exit = app.stop(Duration.ofSeconds(30));
        }
        assertThat(exit).as("exit code of the last run after SIGTERM").isZero();

        // A killed producer's transaction is aborted when its id is fenced or its timeout expires.
        long awaitingTransactions = System.nanoTime();
        Map<?, String> open;
        try {
          await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
              .until(() -> ClusterProbe.openTransactions(admin, outputs).isEmpty());
        } catch (org.awaitility.core.ConditionTimeoutException stillOpen) {
          // Reported by the assertion on openTransactions below, with the partitions.
        }
        open = ClusterProbe.openTransactions(admin, outputs);
        double transactionWait = (System.nanoTime() - awaitingTransactions) / 1e9;

        var received = ClusterProbe.readAll(client, outputs);
        var report = DeliveryVerifier.verify(expected, received);
        System.out.printf(Locale.ROOT, "RELIABILITY streams-killed guarantee=%s articles=%d kills=%d "
                + "committed-at-kills=%s records-expected=%d records-received=%d duplicated-ids=%d duplicate-records=%d "
                + "lost-ids=%d strays=%d open-transactions=%d (after %.1f s) seconds=%.1f seed=%d%n  %s%n%s%n",
            guarantee, articles, KILLS, killedAt, report.expectedRecords(), report.receivedRecords(),
            report.duplicatedIds().size(), report.duplicateRecords(), report.lostIds().size(), report.strays().size(),
            open.size(), transactionWait, (System.nanoTime() - started) / 1e9, seed, phases, report.summary());
        return new Outcome(report, open);
      }
    }
  }
}
