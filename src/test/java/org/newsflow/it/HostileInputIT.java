package org.newsflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.ArticleSchema;
import org.newsflow.broker.EmbeddedBroker;
import org.newsflow.cli.NewsflowCli;
import org.newsflow.kafka.ArticlePublisher;
import org.newsflow.kafka.DeadLetterHeaders;
import org.newsflow.kafka.OutputConsumer;
import org.newsflow.kafka.TopicAdmin;
import org.newsflow.kafka.Topics;
import org.newsflow.model.EnrichedArticle;
import org.newsflow.parse.ArticleParser;
import org.newsflow.tag.Taxonomy;
import picocli.CommandLine;

/**
 * The hostile-input catalogue against a real broker: bad input of many kinds, through {@code publish}
 * and through raw producer writes to {@code news.raw}, with good articles between them. The topology
 * runs as {@code newsflow run} in its own JVM limited to a 256 MB heap. Every bad input must end in
 * {@code news.dlq} with its reason (or be refused by {@code publish}, or by the broker, with a clear
 * error), every good one must arrive on {@code news.enriched} exactly once although everything is
 * published twice, and the application must still be running, without an OutOfMemoryError.
 */
class HostileInputIT {

  /** news.raw accepts records up to this size here, as on a cluster whose operator raised it. */
  private static final int RAW_TOPIC_LIMIT = 32 * 1024 * 1024;
  private static final Path JAR = Path.of("target", "newsflow.jar");

  private static EmbeddedBroker broker;
  private static Properties client;

  @TempDir
  Path dir;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = EmbeddedBroker.start();
    client = new Properties();
    client.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    try (Admin admin = Admin.create(client)) {
      admin.createTopics(List.of(new NewTopic(Topics.RAW.name(), 3, (short) 1)
          .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(RAW_TOPIC_LIMIT))))).all().get();
      TopicAdmin.ensureTopics(admin, Topics.all(Taxonomy.bundled()), 3, (short) 1);
    }
  }

  @AfterAll
  static void stopBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  /** What one input must become: routed under an id, or a dead letter with one of these reasons. */
  private record Expectation(String id, Set<String> reasons) {
    static Expectation routed(byte[] raw) {
      return new Expectation(ArticleParser.articleId(raw), Set.of());
    }

    static Expectation deadLetter(String... reasons) {
      return new Expectation(null, Set.of(reasons));
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A valid wire story, different for each n. */
  private static byte[] good(int n) {
    String[] cities = {"NAIROBI", "OSLO", "LIMA", "HANOI", "DUBLIN", "QUITO", "ACCRA", "RIGA", "SEOUL", "LISBON", "DAKAR", "PERTH"};
    String city = cities[n % cities.length];
    return utf8(city + " (AP) — The city council approved budget number " + n + " on Tuesday after a long debate "
        + "about schools, roads and the hospital.\n\n\"We have done our work,\" the mayor said. Voting ends in " + (2000 + n) + ".");
  }

  private static byte[] json(String text) {
    return utf8(text);
  }

  /** The bad and the awkward, with a good article after each: source name, bytes and what must become of them. */
  private static Map<String, byte[]> catalogue(Map<String, Expectation> expected) {
    Map<String, byte[]> inputs = new LinkedHashMap<>();
    byte[] binary = new byte[4096];
    new Random(5).nextBytes(binary);
    binary[0] = (byte) 0x89;
    byte[] utf16 = ("GENEVA (Reuters) — Négociations reprises lundi à Genève, a déclaré le médiateur. "
        + "Les délégations se retrouvent mardi.").getBytes(StandardCharsets.UTF_16);
    byte[] cp1252 = "PARIS (AP) — Le café « Zoé » a rouvert lundi, a annoncé la mairie; « c’est une fête », dit-elle."
        .getBytes(Charset.forName("windows-1252"));
    byte[] rtl = utf8("أعلنت الحكومة يوم الأحد عن خطة جديدة للنقل العام 🚆 في العاصمة، وقال المتحدث إن المشروع سيبدأ العام المقبل 🎉.\n\n"
        + "הממשלה הודיעה ביום ראשון על תוכנית תחבורה חדשה 🚌 שתחל בשנה הבאה. 👍🏽");
    byte[] html = json("{\"id\": \"html-script\", \"title\": \"Council vote <script>alert(1)</script>\", \"body\": "
        + "\"<p>The council voted on Tuesday to fund the library.</p><script>alert(document.cookie)</script>\"}");

    add(inputs, expected, "empty.txt", new byte[0], Expectation.deadLetter("EMPTY"));
    add(inputs, expected, "whitespace.txt", utf8(" \n\t\r\n  \n"), Expectation.deadLetter("EMPTY"));
    add(inputs, expected, "binary.txt", binary, Expectation.deadLetter("INVALID_ENCODING", "BINARY_CONTENT"));
    add(inputs, expected, "invalid-utf8.txt", new byte[] {'O', 'K', ' ', (byte) 0xC3, 0x28, (byte) 0xA0, (byte) 0xA1},
        Expectation.deadLetter("INVALID_ENCODING"));
    add(inputs, expected, "utf16-bom.txt", utf16, Expectation.routed(utf16));
    add(inputs, expected, "windows-1252.txt", cp1252, Expectation.deadLetter("INVALID_ENCODING"));
    add(inputs, expected, "json-array.json", json("[1, 2, 3]"), Expectation.deadLetter("NOT_AN_OBJECT"));
    add(inputs, expected, "json-number.json", json("42"), Expectation.deadLetter("NOT_AN_OBJECT"));
    add(inputs, expected, "wrong-types.json", json("{\"title\": 5, \"body\": [\"a\"]}"), Expectation.deadLetter("WRONG_FIELD_TYPE"));
    add(inputs, expected, "missing-body.json", json("{\"id\": \"no-body\", \"title\": \"Headline only\"}"),
        Expectation.deadLetter("MISSING_BODY"));
    add(inputs, expected, "blank-body.json", json("{\"title\": \"T\", \"body\": \"  \\n \"}"), Expectation.deadLetter("MISSING_BODY"));
    add(inputs, expected, "truncated.json", json("{\"title\": \"Cut\", \"body\": \"The council"), Expectation.deadLetter("INVALID_JSON"));
    add(inputs, expected, "nested.json", json("[".repeat(100_000)), Expectation.deadLetter("INVALID_JSON"));
    add(inputs, expected, "nested-objects.json", json("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000)),
        Expectation.deadLetter("INVALID_JSON"));
    add(inputs, expected, "million-digits.json", json("{\"body\": \"Text.\", \"n\": " + "7".repeat(1_000_000) + "}"),
        Expectation.deadLetter("INVALID_JSON"));
    add(inputs, expected, "control-chars.txt", utf8("PARIS (AP) — Text with a bell \u0007 and a NUL \u0000 inside."),
        Expectation.deadLetter("BINARY_CONTENT"));
    add(inputs, expected, "rtl-emoji.txt", rtl, Expectation.routed(rtl));
    add(inputs, expected, "html-script.json", html, Expectation.routed(html));
    add(inputs, expected, "schema-99.json", json("{\"schemaVersion\": 99, \"title\": \"T\", \"body\": \"Text.\"}"),
        Expectation.deadLetter("UNSUPPORTED_SCHEMA_VERSION"));
    add(inputs, expected, "year-30000.json", json("{\"date\": \"30000-01-01\", \"title\": \"T\", \"body\": \"Text.\"}"),
        Expectation.deadLetter("INVALID_DATE"));
    add(inputs, expected, "dateline-5000.json", json("{\"dateline\": \"" + "A".repeat(5_000) + "\", \"body\": \"Text.\"}"),
        Expectation.deadLetter("FIELD_TOO_LONG"));
    add(inputs, expected, "id-10000.json", json("{\"id\": \"" + "i".repeat(10_000) + "\", \"body\": \"Text.\"}"),
        Expectation.deadLetter("FIELD_TOO_LONG"));
    return inputs;
  }

  private static void add(Map<String, byte[]> inputs, Map<String, Expectation> expected, String name, byte[] raw,
      Expectation expectation) {
    int n = inputs.size() / 2 + 1;
    String prefix = String.format("%02d_", inputs.size());
    inputs.put(prefix + name, raw);
    expected.put(prefix + name, expectation);
    String goodName = String.format("%02d_good-%d.txt", inputs.size(), n);
    byte[] goodArticle = good(n);
    inputs.put(goodName, goodArticle);
    expected.put(goodName, Expectation.routed(goodArticle));
  }

  private static Producer<String, byte[]> rawProducer() {
    Properties config = new Properties();
    config.putAll(client);
    config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(64 * 1024 * 1024));
    config.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(128L * 1024 * 1024));
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
  }

  private static void send(Producer<String, byte[]> producer, String key, byte[] value, String source) throws Exception {
    var headers = new RecordHeaders();
    DeadLetterHeaders.put(headers, ArticlePublisher.SOURCE_HEADER, source);
    producer.send(new ProducerRecord<>(Topics.RAW.name(), null, key, value, headers)).get(60, TimeUnit.SECONDS);
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return DeadLetterHeaders.get(record.headers(), name);
  }

  @Test
  void everyHostileInputIsDeadLetteredOrRefusedAndTheGoodOnesArriveOnceFromAStreamsJvmWith256MbOfHeap()
      throws Exception {
    assertThat(JAR).as("the shaded jar from mvn package (failsafe runs after it)").exists();
    Path stateDir = Files.createDirectory(dir.resolve("state"));
    Path log = dir.resolve("run.log");
    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", JAR.toString(), "org.newsflow.cli.NewsflowCli", "run",
        "--bootstrap-server", broker.bootstrapServers(), "-D", "application.id=newsflow-hostile-it",
        "-D", "state.dir=" + stateDir)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(200))
          .untilAsserted(() -> {
            assertThat(run.isAlive()).as("run is alive; its log:\n%s", tail(log)).isTrue();
            assertThat(Files.readString(log)).contains("-> RUNNING");
          });

      // Files, through the publish command, twice.
      Map<String, Expectation> expected = new LinkedHashMap<>();
      Path folder = Files.createDirectory(dir.resolve("catalogue"));
      for (var input : catalogue(expected).entrySet()) {
        Files.write(folder.resolve(input.getKey()), input.getValue());
      }
      byte[] tenMegabytes = utf8(new String(good(900), StandardCharsets.UTF_8).repeat(10 * 1024 * 1024 / good(900).length + 1));
      Files.write(folder.resolve("90_ten-megabytes.txt"), tenMegabytes);
      Files.write(folder.resolve("91_over-broker-limit.txt"), new byte[1536 * 1024]);
      Files.write(folder.resolve("92_string-30mb.json"), json("{\"title\": \"Long\", \"body\": \"" + "x".repeat(30 << 20) + "\"}"));
      Files.createSymbolicLink(folder.resolve("93_loop"), folder);
      Files.createSymbolicLink(folder.resolve("94_self.txt"), folder.resolve("94_self.txt"));
      byte[] last = good(999);
      Files.write(folder.resolve("99_good-last.txt"), last);
      expected.put("99_good-last.txt", Expectation.routed(last));

      for (int round = 1; round <= 2; round++) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = NewsflowCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("publish", "--bootstrap-server", broker.bootstrapServers(), folder.toString());
        assertThat(code).as("publish exit code; stderr:\n%s", err).isEqualTo(1);
        assertThat(out.toString()).contains("published " + expected.size() + ", skipped 0, failed 5");
        assertThat(err.toString().lines()).containsExactlyInAnyOrder(
            "failed: " + folder.resolve("90_ten-megabytes.txt") + ": too large: " + tenMegabytes.length
                + " bytes, an article may be at most 1048576 bytes (1 MiB)",
            "failed: " + folder.resolve("91_over-broker-limit.txt") + ": too large: 1572864 bytes, an article may be at most 1048576 bytes (1 MiB)",
            "failed: " + folder.resolve("92_string-30mb.json") + ": too large: " + Files.size(folder.resolve("92_string-30mb.json"))
                + " bytes, an article may be at most 1048576 bytes (1 MiB)",
            "failed: " + folder.resolve("93_loop") + ": symbolic link loop (a folder that links back to itself)",
            "failed: " + folder.resolve("94_self.txt") + ": symbolic link loop or broken link");
      }

      // Raw producer writes: what publish never sends.
      Map<String, Expectation> expectedRaw = new LinkedHashMap<>();
      Map<String, byte[]> rawInputs = catalogue(expectedRaw);
      byte[] tenMegabytesJson = json("{\"title\": \"Ten\", \"body\": \"" + "y".repeat(10 << 20) + "\"}");
      byte[] thirtyMegabytes = json("{\"title\": \"Long\", \"body\": \"" + "x".repeat(30 << 20) + "\"}");
      try (var producer = rawProducer()) {
        for (var input : rawInputs.entrySet()) {
          send(producer, ArticleParser.articleId(input.getValue()), input.getValue(), "raw:" + input.getKey());
        }
        byte[] nullKeyGood = good(500);
        send(producer, null, nullKeyGood, "raw:null-key-good");
        expectedRaw.put("null-key-good", Expectation.routed(nullKeyGood));
        send(producer, null, utf8("{\"title\": 1}"), "raw:null-key-bad");
        expectedRaw.put("null-key-bad", Expectation.deadLetter("WRONG_FIELD_TYPE"));
        send(producer, "tombstone", null, "raw:tombstone");
        expectedRaw.put("tombstone", Expectation.deadLetter("EMPTY"));
        send(producer, "ten-megabytes", tenMegabytesJson, "raw:ten-megabytes");
        expectedRaw.put("ten-megabytes", Expectation.deadLetter("TOO_LARGE"));
        send(producer, "thirty-megabytes", thirtyMegabytes, "raw:thirty-megabytes");
        expectedRaw.put("thirty-megabytes", Expectation.deadLetter("TOO_LARGE"));
        byte[] overLimit = new byte[RAW_TOPIC_LIMIT + 1024];
        assertThatThrownBy(() -> send(producer, "over-limit", overLimit, "raw:over-limit"))
            .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(RecordTooLargeException.class);
        // A producer retrying after a timeout: the same article again, under its id.
        send(producer, ArticleParser.articleId(good(1)), good(1), "raw:retry");
        byte[] rawLast = good(998);
        send(producer, ArticleParser.articleId(rawLast), rawLast, "raw:last");
        expectedRaw.put("last", Expectation.routed(rawLast));
      }

      // Wait for every expected outcome, then a little longer for anything doubled.
      Map<String, Expectation> all = new HashMap<>();
      expected.forEach((name, e) -> all.put(folder.resolve(name).toString(), e));
      expectedRaw.forEach((name, e) -> all.put("raw:" + name, e));
      List<String> goodIds = all.values().stream().filter(e -> e.id() != null).map(Expectation::id).distinct().toList();
      List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
      try (var consumer = new OutputConsumer(OutputConsumer.createConsumer(client, null, true),
          List.of(Topics.ENRICHED.name(), Topics.DLQ.name()))) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
          received.addAll(consumer.poll(Duration.ofMillis(300)));
          assertThat(run.isAlive()).as("run is alive; its log:\n%s", tail(log)).isTrue();
          assertThat(received.stream().filter(r -> r.topic().equals(Topics.ENRICHED.name())).map(ConsumerRecord::key))
              .containsAll(goodIds);
          assertThat(received.stream().filter(r -> r.topic().equals(Topics.DLQ.name()))
              .map(r -> header(r, ArticlePublisher.SOURCE_HEADER)))
              .containsAll(all.entrySet().stream().filter(e -> e.getValue().id() == null).map(Map.Entry::getKey).toList());
        });
        received.addAll(consumer.poll(Duration.ofSeconds(3)));
      }

      Map<String, List<ConsumerRecord<String, byte[]>>> deadBySource = new HashMap<>();
      List<String> enrichedIds = new ArrayList<>();
      for (var record : received) {
        if (record.topic().equals(Topics.DLQ.name())) {
          deadBySource.computeIfAbsent(header(record, ArticlePublisher.SOURCE_HEADER), s -> new ArrayList<>()).add(record);
          assertThat(record.value() == null ? 0 : record.value().length).isLessThanOrEqualTo(DeadLetterHeaders.MAX_PAYLOAD_BYTES);
        } else {
          enrichedIds.add(record.key());
          assertThat(ArticleSchema.errors(record.value())).isEmpty();
        }
      }
      // Every good article exactly once, although the files were published twice and one retried raw.
      assertThat(enrichedIds).containsExactlyInAnyOrderElementsOf(goodIds);
      for (var entry : all.entrySet()) {
        Expectation expectation = entry.getValue();
        if (expectation.id() != null) {
          assertThat(deadBySource).as(entry.getKey()).doesNotContainKey(entry.getKey());
          continue;
        }
        var dead = deadBySource.get(entry.getKey());
        // Dead letters are not deduplicated: each delivery of a bad file is on record.
        assertThat(dead).as(entry.getKey()).hasSize(entry.getKey().startsWith("raw:") ? 1 : 2);
        for (var record : dead) {
          assertThat(header(record, DeadLetterHeaders.REASON)).as(entry.getKey()).isIn(expectation.reasons());
          assertThat(header(record, DeadLetterHeaders.STAGE)).isEqualTo("PARSE");
          assertThat(header(record, DeadLetterHeaders.MESSAGE)).isNotBlank();
          assertThat(header(record, DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(Topics.RAW.name());
        }
      }
      var thirty = deadBySource.get("raw:thirty-megabytes").get(0);
      assertThat(header(thirty, DeadLetterHeaders.TRUNCATED)).isEqualTo("true");
      assertThat(header(thirty, DeadLetterHeaders.ORIGINAL_BYTES)).isEqualTo(String.valueOf(thirtyMegabytes.length));
      assertThat(Arrays.copyOf(thirty.value(), 20)).isEqualTo(Arrays.copyOf(thirtyMegabytes, 20));
      assertThat(deadBySource.get("raw:tombstone").get(0).value()).isNull();
      assertThat(deadBySource.get("raw:null-key-bad").get(0).key()).isNull();
      EnrichedArticle html = received.stream().filter(r -> "html-script".equals(r.key())).findFirst()
          .map(r -> Topics.ENRICHED.valueSerde().deserializer().deserialize(r.topic(), r.value())).orElseThrow();
      assertThat(html.body()).contains("<script>alert(document.cookie)</script>");
      assertThat(html.headline()).isEqualTo("Council vote <script>alert(1)</script>");

      System.out.printf("HostileInputIT: %d inputs (files published twice, raw writes once), %d dead letters,"
          + " %d articles on %s, each once%n", all.size(), received.size() - enrichedIds.size(), enrichedIds.size(),
          Topics.ENRICHED.name());

      // Still running, never out of memory, and a clean stop.
      String output = Files.readString(log);
      assertThat(run.isAlive()).isTrue();
      assertThat(output).doesNotContain("OutOfMemoryError", "Stream thread died");
      List<String> states = output.lines().filter(l -> l.contains("Streams state")).toList();
      assertThat(states.get(states.size() - 1)).endsWith("-> RUNNING");
      run.destroy();
      assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(run.exitValue()).as(tail(log)).isZero();
    } finally {
      run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aFolderWithoutReadPermissionIsRefusedByPublish() throws IOException {
    Path locked = Files.createDirectory(dir.resolve("locked"));
    Files.write(locked.resolve("story.txt"), good(1));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root)");
      StringWriter err = new StringWriter();
      CommandLine cli = NewsflowCli.commandLine();
      cli.setOut(new PrintWriter(new StringWriter()));
      cli.setErr(new PrintWriter(err));
      int code = cli.execute("publish", "--bootstrap-server", broker.bootstrapServers(), dir.toString());
      assertThat(code).isEqualTo(1);
      assertThat(err.toString()).contains("failed: " + locked + ": permission denied: the folder cannot be read");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}
