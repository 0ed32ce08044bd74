package org.newsflow.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.newsflow.enrich.Enricher;
import org.newsflow.kafka.ArticlePublisher;
import org.newsflow.kafka.Topics;
import org.newsflow.parse.ArticleParser;
import org.newsflow.pipeline.Annotation;
import org.newsflow.pipeline.Annotator;
import org.newsflow.streams.StreamsApp;
import org.newsflow.tag.BundledModel;

/**
 * {@code newsflow bench}: in one run on the same input, the publish rate, the pass-through
 * topology's rate (the ceiling), the real topology's rate and its ratio to the ceiling, publish to
 * arrival latency at a fixed offered rate, the annotation rate without Kafka on one thread (and how
 * it grows with article length), and the topology JVM's memory. Both topologies run in a child JVM
 * of their own ({@link TopologyProcess}); the broker is a child JVM too, so the memory figures
 * are the topology's alone. A topology's rate is the records of {@code news.raw} it consumed and
 * committed, over the time from the Streams client reaching RUNNING until the last commit is seen.
 */
public final class Benchmark {

  /** What to run; {@code commitIntervalMs} null for Streams' default. */
  public record Options(long articles, double latencyRate, int latencySeconds, String guarantee, Long commitIntervalMs,
      Path corpus, String topologyHeap, List<String> topologyJvmOptions, int annotateArticles, int scalingArticles,
      int partitions, int streamThreads) {}

  private static final int[] LENGTH_MULTIPLES = {1, 4, 16};
  /** The annotate phase times this many passes over its articles and reports the median one. */
  static final int ANNOTATE_ROUNDS = 5;
  /** ... after a warm-up of this many times its articles. */
  static final int ANNOTATE_WARM_UP_TIMES = 4;
  private static final long START_TIMEOUT_SECONDS = 120;

  private final Options options;
  private final Properties client;
  private final PrintWriter progress;
  private final Map<String, Map<String, Object>> figures = new LinkedHashMap<>();
  private final String run = Long.toString(System.currentTimeMillis(), 36);

  private final ProcessHandle broker;

  /** {@code broker} is the embedded broker's process, whose CPU time is reported too; null for a given cluster. */
  public Benchmark(Options options, Properties client, PrintWriter progress, ProcessHandle broker) {
    this.options = options;
    this.client = client;
    this.progress = progress;
    this.broker = broker;
  }

  static long cpuNanos(ProcessHandle process) {
    return process == null ? -1 : process.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(-1L);
  }

  /** Runs every phase and returns the figures by section, in the order they were measured. */
  public Map<String, Map<String, Object>> run() throws Exception {
    section("machine").putAll(machine());
    BenchArticles articles = BenchArticles.load(options.corpus(), 2000);
    Map<String, Object> input = section("input");
    input.put("source", articles.source());
    input.put("medianLengthChars", articles.medianLength());
    Map<String, Object> settings = section("settings");
    settings.put("guarantee", options.guarantee());
    settings.put("commitIntervalMs", options.commitIntervalMs() != null ? options.commitIntervalMs()
        : defaultCommitInterval(options.guarantee()));
    settings.put("partitions", options.partitions());
    settings.put("topologyHeap", options.topologyHeap());

    Path work = Files.createTempDirectory("newsflow-bench-");
    try {
      publish(articles);
      long total = rawRecords();
      throughput("baseline", total, work);
      try (TopologyChild pipeline = throughput("pipeline", total, work)) {
        section("pipeline").put("ratioToBaseline", Rates.ratio(
            (double) section("pipeline").get("articlesPerSec"), (double) section("baseline").get("articlesPerSec")));
        if (secondHalf(section("pipeline")).get("articlesPerSec") instanceof Double pipelineSteady
            && secondHalf(section("baseline")).get("articlesPerSec") instanceof Double baselineSteady) {
          section("pipeline").put("secondHalfRatioToBaseline", Rates.ratio(pipelineSteady, baselineSteady));
        }
        if (section("pipeline").get("topologyCpuMsPerArticle") instanceof Double pipelineCpu
            && section("baseline").get("topologyCpuMsPerArticle") instanceof Double baselineCpu) {
          section("pipeline").put("cpuRatioToBaseline", Rates.ratio(baselineCpu, pipelineCpu));
        }
        repeats(articles, pipeline);
        latency(articles, pipeline);
        memory(pipeline);
      }
    } finally {
      deleteQuietly(work);
    }
    Annotator annotator = annotator();
    annotate(annotator, articles);
    lengthScaling(annotator, articles);
    return figures;
  }

  private Map<String, Object> section(String name) {
    return figures.computeIfAbsent(name, n -> new LinkedHashMap<>());
  }

  private void say(String format, Object... args) {
    progress.printf(format + "%n", args);
    progress.flush();
  }

  static Map<String, Object> machine() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
    machine.put("benchHeapMaxMb", Math.round(Rates.mb(Runtime.getRuntime().maxMemory())));
    machine.put("memoryMb", physicalMemoryMb());
    machine.put("loadAverage", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return machine;
  }

  private static long physicalMemoryMb() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean sun ? Math.round(Rates.mb(sun.getTotalMemorySize())) : -1;
  }

  private static long defaultCommitInterval(String guarantee) {
    return StreamsConfig.AT_LEAST_ONCE.equals(guarantee) ? 30_000 : 100;
  }

  // ---------------------------------------------------------------- publish

  private void publish(BenchArticles articles) throws Exception {
    say("publish: %,d articles from %s", options.articles(), articles.source());
    Map<String, Object> publish = section("publish");
    publish.putAll(send(articles));
    say("  %,.0f articles/s, %.1f MB/s", publish.get("articlesPerSec"), publish.get("mbPerSec"));
  }

  /** Sends the benchmark's articles to news.raw (the same ids and bytes each time) and returns its figures. */
  private Map<String, Object> send(BenchArticles articles) throws Exception {
    AtomicLong failed = new AtomicLong();
    AtomicReference<Exception> firstError = new AtomicReference<>();
    long bytes = 0;
    long start = System.nanoTime();
    try (Producer<String, byte[]> producer = ArticlePublisher.createProducer(client)) {
      // The topics were created by TopicAdmin, which returns once every partition is served.
      for (long i = 0; i < options.articles(); i++) {
        String id = "bench-" + run + "-" + i;
        byte[] raw = articles.raw(i, id);
        bytes += raw.length;
        producer.send(new ProducerRecord<>(Topics.RAW.name(), id, raw), (metadata, error) -> {
          if (error != null) {
            failed.incrementAndGet();
            firstError.compareAndSet(null, error);
          }
        });
      }
      producer.flush();
    }
    long nanos = System.nanoTime() - start;
    if (failed.get() > 0) {
      throw new IOException(failed.get() + " articles could not be published: " + firstError.get().getMessage(),
          firstError.get());
    }
    Map<String, Object> publish = new LinkedHashMap<>();
    publish.put("articles", options.articles());
    publish.put("mb", Rates.mb(bytes));
    publish.put("seconds", nanos / 1e9);
    publish.put("articlesPerSec", Rates.perSecond(options.articles(), nanos));
    publish.put("mbPerSec", Rates.mbPerSecond(bytes, nanos));
    return publish;
  }

  // ---------------------------------------------------------------- throughput

  private TopologyChild throughput(String mode, long total, Path work) throws Exception {
    String applicationId = applicationId(mode);
    Properties config = new Properties();
    config.putAll(client);
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    config.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, options.guarantee());
    config.put(StreamsConfig.STATE_DIR_CONFIG, work.resolve("state-" + mode).toString());
    config.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, String.valueOf(options.streamThreads()));
    if (options.commitIntervalMs() != null) {
      config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, String.valueOf(options.commitIntervalMs()));
    } else if (StreamsConfig.AT_LEAST_ONCE.equals(options.guarantee())) {
      // Completion is seen through commits: Streams' 30 s would hide when the work was done.
      config.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "1000");
    }
    say("%s: %s topology over %,d articles (%s, own JVM, -Xmx%s)", mode,
        mode.equals("baseline") ? "pass-through" : "newsflow", total, options.guarantee(), options.topologyHeap());
    TopologyChild child = TopologyChild.start(mode, StreamsApp.streamsConfig(config), work, options.topologyHeap(),
        options.topologyJvmOptions());
    boolean keep = false;
    try (Admin admin = Admin.create(client)) {
      long runningAt = child.awaitRunning(START_TIMEOUT_SECONDS);
      long childCpu = child.cpuNanos();
      long brokerCpu = cpuNanos(broker);
      BlockedTime blockedAtStart = child.blocked();
      ThreadCpu threadsAtStart = child.threadCpu();
      Mark half = awaitCommitted(admin, applicationId, total, child, mode);
      long endNanos = System.nanoTime();
      long nanos = endNanos - runningAt;
      Map<String, Object> section = section(mode);
      section.put("articles", total);
      section.put("seconds", nanos / 1e9);
      section.put("articlesPerSec", Rates.perSecond(total, nanos));
      // CPU time is less disturbed than elapsed time when others share the machine.
      putCpu(section, total, child, childCpu, brokerCpu, threadsAtStart);
      putWaits(section, total, blockedAtStart, child.blocked());
      // The second half, once the JIT compiler has mostly done its work: what a long replay runs at.
      if (half != null && half.committed() < total) {
        long articles = total - half.committed();
        Map<String, Object> steady = new LinkedHashMap<>();
        steady.put("articles", articles);
        steady.put("articlesPerSec", Rates.perSecond(articles, endNanos - half.nanos()));
        putCpu(steady, articles, child, half.childCpu(), half.brokerCpu(), half.threads());
        putWaits(steady, articles, half.blocked(), child.blocked());
        section.put("secondHalf", steady);
      }
      say("  %,.0f articles/s; topology JVM %s ms CPU per article; second half %s articles/s, %s ms CPU per article",
          section.get("articlesPerSec"), format(section.get("topologyCpuMsPerArticle"), "%.3f"),
          format(secondHalf(section).get("articlesPerSec"), "%,.0f"),
          format(secondHalf(section).get("topologyCpuMsPerArticle"), "%.3f"));
      if (mode.equals("pipeline")) {
        keep = true;
        return child;
      }
      TopologyChild.Memory memory = child.stop();
      if (memory != null) {
        section.put("peakHeapMb", Rates.mb(memory.peakHeap()));
      }
      return null;
    } finally {
      if (!keep) {
        child.close();
      }
    }
  }

  private String applicationId(String mode) {
    return "newsflow-bench-" + mode + "-" + run;
  }

  /**
   * Puts the CPU time per article that the topology's JVM and the broker used since the given readings
   * (-1 where a reading is missing: that figure is left out), and the JVM's by kind of thread.
   */
  private void putCpu(Map<String, Object> section, long articles, TopologyChild child, long childCpuSince,
      long brokerCpuSince, ThreadCpu threadsSince) {
    if (childCpuSince >= 0) {
      long childNanos = child.cpuNanos() - childCpuSince;
      section.put("topologyCpuMsPerArticle", childNanos / 1e6 / articles);
      Map<String, Object> byKind = ThreadCpu.msPerArticle(threadsSince, child.threadCpu(), childNanos, articles);
      if (!byKind.isEmpty()) {
        section.put("topologyCpuMsPerArticleByThread", byKind);
      }
    }
    if (brokerCpuSince >= 0) {
      section.put("brokerCpuMsPerArticle", (cpuNanos(broker) - brokerCpuSince) / 1e6 / articles);
    }
  }

  /** Time the stream threads could not process, per article: a cost the CPU figures do not show. */
  private static void putWaits(Map<String, Object> section, long articles, BlockedTime from, BlockedTime to) {
    section.put("streamThreadBlockedMsPerArticle", BlockedTime.blockedMsPerArticle(from, to, articles));
    section.put("commitWaitMsPerArticle", BlockedTime.commitMsPerArticle(from, to, articles));
  }

  /** When a topology had committed {@code committed} records, with its and the broker's CPU time then. */
  private record Mark(long nanos, long committed, long childCpu, long brokerCpu, BlockedTime blocked, ThreadCpu threads) {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> secondHalf(Map<String, Object> section) {
    return section.get("secondHalf") instanceof Map<?, ?> steady ? (Map<String, Object>) steady : Map.of();
  }

  /**
   * Waits until the topology has committed {@code total} input records; fails if it dies or stalls.
   * Returns the first moment half of them were committed (null if that was not seen before the end).
   */
  private Mark awaitCommitted(Admin admin, String applicationId, long total, TopologyChild child, String mode)
      throws Exception {
    long done;
    long lastProgress = System.nanoTime();
    long committed = 0;
    Mark half = null;
    while ((done = committed(admin, applicationId)) < total) {
      if (half == null && done >= total / 2) {
        half = new Mark(System.nanoTime(), done, child.cpuNanos(), cpuNanos(broker), child.blocked(), child.threadCpu());
      }
      if (!child.isAlive()) {
        throw new IOException("the " + mode + " topology exited; see " + child.log() + ":\n" + child.tail());
      }
      if (done > committed) {
        committed = done;
        lastProgress = System.nanoTime();
      } else if (System.nanoTime() - lastProgress > TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS)) {
        throw new IOException("the " + mode + " topology made no progress for " + START_TIMEOUT_SECONDS
            + " s at " + done + " of " + total + "; see " + child.log() + ":\n" + child.tail());
      }
      child.pause(50);
    }
    return half;
  }

  // ---------------------------------------------------------------- repeats

  /**
   * The same articles published again, as a replay after an outage would: the running pipeline drops
   * each as a repeat after parsing it, without enriching it. Under at-least-once deduplication is off
   * and the phase is skipped.
   */
  private void repeats(BenchArticles articles, TopologyChild pipeline) throws Exception {
    if (!StreamsConfig.EXACTLY_ONCE_V2.equals(options.guarantee())) {
      return;
    }
    say("repeats: the same %,d articles published again, dropped as repeats before enrichment", options.articles());
    String applicationId = applicationId("pipeline");
    try (Admin admin = Admin.create(client)) {
      long before = committed(admin, applicationId);
      long start = System.nanoTime();
      long cpu = pipeline.cpuNanos();
      ThreadCpu threads = pipeline.threadCpu();
      send(articles);
      awaitCommitted(admin, applicationId, before + options.articles(), pipeline, "pipeline");
      long nanos = System.nanoTime() - start;
      Map<String, Object> section = section("repeats");
      section.put("articles", options.articles());
      // From the start of the resend, which the pipeline reads as it goes: a floor on its own rate.
      section.put("articlesPerSec", Rates.perSecond(options.articles(), nanos));
      putCpu(section, options.articles(), pipeline, cpu, -1, threads);
      say("  %,.0f articles/s; topology JVM %s ms CPU per article", section.get("articlesPerSec"),
          format(section.get("topologyCpuMsPerArticle"), "%.3f"));
    }
  }

  private static long committed(Admin admin, String group) throws InterruptedException, ExecutionException,
      TimeoutException {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
    long sum = 0;
    for (var entry : offsets.entrySet()) {
      if (entry.getKey().topic().equals(Topics.RAW.name()) && entry.getValue() != null) {
        sum += entry.getValue().offset();
      }
    }
    return sum;
  }

  /** Records in news.raw: every offset, as the idempotent, non-transactional publisher leaves no markers. */
  private long rawRecords() throws Exception {
    try (Admin admin = Admin.create(client)) {
      var partitions = admin.describeTopics(List.of(Topics.RAW.name())).allTopicNames().get(30, TimeUnit.SECONDS)
          .get(Topics.RAW.name()).partitions();
      Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(
          p -> new TopicPartition(Topics.RAW.name(), p.partition()), p -> OffsetSpec.latest()));
      Map<TopicPartition, OffsetSpec> earliest = partitions.stream().collect(Collectors.toMap(
          p -> new TopicPartition(Topics.RAW.name(), p.partition()), p -> OffsetSpec.earliest()));
      long end = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
          .mapToLong(info -> info.offset()).sum();
      long start = admin.listOffsets(earliest).all().get(30, TimeUnit.SECONDS).values().stream()
          .mapToLong(info -> info.offset()).sum();
      return end - start;
    }
  }

  // ---------------------------------------------------------------- latency

  private void latency(BenchArticles articles, TopologyChild pipeline) throws Exception {
    long count = Math.round(options.latencyRate() * options.latencySeconds());
    say("latency: %,.0f articles/s for %d s, publish to arrival on %s (read_committed)", options.latencyRate(),
        options.latencySeconds(), Topics.ENRICHED.name());
    String prefix = "latency-" + run + "-";
    Properties consumerConfig = new Properties();
    consumerConfig.putAll(client);
    consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    long[] latencies = new long[(int) count];
    AtomicLong received = new AtomicLong();
    try (var consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(Topics.ENRICHED.name()).stream()
          .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position);
      Thread reader = new Thread(() -> {
        try {
          while (received.get() < count) {
            for (var record : consumer.poll(Duration.ofMillis(100))) {
              long now = System.currentTimeMillis();
              if (record.key() != null && record.key().startsWith(prefix)) {
                int slot = (int) received.getAndIncrement();
                if (slot < latencies.length) {
                  latencies[slot] = now - record.timestamp();
                }
              }
            }
          }
        } catch (WakeupException stopped) {
          // Gave up waiting: what arrived is counted.
        }
      }, "latency-reader");
      reader.start();
      try (Producer<String, byte[]> producer = ArticlePublisher.createProducer(client)) {
        long start = System.nanoTime();
        for (long i = 0; i < count; i++) {
          long due = start + Rates.dueNanos(i, options.latencyRate());
          for (long wait; (wait = due - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(wait);
          }
          String id = prefix + i;
          producer.send(new ProducerRecord<>(Topics.RAW.name(), null, System.currentTimeMillis(), id,
              articles.raw(i, id)));
        }
        producer.flush();
      }
      reader.join(TimeUnit.SECONDS.toMillis(30));
      if (reader.isAlive()) {
        consumer.wakeup();
        reader.join();
      }
    }
    int arrived = (int) Math.min(received.get(), count);
    Map<String, Object> section = section("latency");
    section.put("offeredPerSec", options.latencyRate());
    section.put("seconds", options.latencySeconds());
    section.put("sent", count);
    section.put("arrived", arrived);
    if (arrived > 0) {
      long[] measured = java.util.Arrays.copyOf(latencies, arrived);
      Percentiles p = Percentiles.of(measured);
      section.put("p50Ms", p.percentile(50));
      section.put("p95Ms", p.percentile(95));
      section.put("p99Ms", p.percentile(99));
      section.put("maxMs", p.max());
      say("  p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (%d of %d arrived)", p.percentile(50), p.percentile(95),
          p.percentile(99), p.max(), arrived, count);
    } else {
      say("  nothing arrived");
    }
    if (!pipeline.isAlive()) {
      throw new IOException("the pipeline topology exited; see " + pipeline.log() + ":\n" + pipeline.tail());
    }
  }

  // ---------------------------------------------------------------- memory

  private void memory(TopologyChild pipeline) throws InterruptedException {
    List<TopologyChild.Sample> samples = pipeline.samples();
    TopologyChild.Memory memory = pipeline.stop();
    Map<String, Object> section = section("memory");
    if (memory == null) {
      say("memory: the pipeline JVM did not report (see %s)", pipeline.log());
      return;
    }
    section.put("peakHeapMb", Rates.mb(memory.peakHeap()));
    section.put("peakRssMb", memory.peakRss() < 0 ? null : Rates.mb(memory.peakRss()));
    // Steady state: the heap left after collections, early and late in the latency phase.
    long latencyMillis = options.latencySeconds() * 1000L;
    long end = samples.isEmpty() ? 0 : samples.get(samples.size() - 1).elapsedMillis();
    long window = Math.max(5_000, Math.min(60_000, latencyMillis / 4));
    section.put("heapAfterGcEarlyMb", averageAfterGc(samples, end - latencyMillis, end - latencyMillis + window));
    section.put("heapAfterGcLateMb", averageAfterGc(samples, end - window, end + 1));
    long maxAfterGc = samples.stream().mapToLong(TopologyChild.Sample::heapAfterGc).max().orElse(-1);
    section.put("heapAfterGcMaxMb", maxAfterGc < 0 ? null : Rates.mb(maxAfterGc));
    say("memory: topology JVM peak heap %.0f MB, peak RSS %s MB; heap after GC %s MB early, %s MB late in the latency phase",
        section.get("peakHeapMb"), format(section.get("peakRssMb")), format(section.get("heapAfterGcEarlyMb")),
        format(section.get("heapAfterGcLateMb")));
  }

  private static Object averageAfterGc(List<TopologyChild.Sample> samples, long from, long to) {
    var window = samples.stream().filter(s -> s.elapsedMillis() >= from && s.elapsedMillis() < to && s.heapAfterGc() >= 0)
        .mapToLong(TopologyChild.Sample::heapAfterGc).average();
    return window.isPresent() ? Rates.mb((long) window.getAsDouble()) : null;
  }

  private static String format(Object mb) {
    return format(mb, "%.0f");
  }

  private static String format(Object value, String pattern) {
    return value instanceof Double d ? String.format(Locale.ROOT, pattern, d) : "n/a";
  }

  // ---------------------------------------------------------------- annotate

  private static Annotator annotator() {
    return new Annotator(new ArticleParser(), Enricher.bundled(), BundledModel.standardTagger());
  }

  private void annotate(Annotator annotator, BenchArticles articles) {
    int count = options.annotateArticles();
    List<byte[]> input = new ArrayList<>();
    for (int i = 0; i < Math.min(count, articles.distinct()); i++) {
      input.add(articles.raw(i, "annotate-" + i));
    }
    // Every round is one pass over the same articles, so that the rounds differ only in how fast the
    // code ran: the corpus is ordered by section, and rounds cut from it at different places had
    // articles of other lengths (the first fourth-round run's rounds went 5,144 down to 4,472 per CPU-second).
    int perRound = input.size();
    int warmUp = ANNOTATE_WARM_UP_TIMES * count;
    say("annotate: parse + enrich + tag, one thread, no Kafka, %d passes over %,d articles after a warm-up of %,d",
        ANNOTATE_ROUNDS, perRound, warmUp);
    // The JIT compiler is still at work after 20,000 articles: a single pass measured straight after a
    // warm-up of that length gave 3,800 to 4,700 per CPU-second between runs of one build, while later
    // passes in the same JVMs went on getting faster. So: a longer warm-up, then the median of several
    // passes, which one slow pass (a collection, the machine's other work) does not move.
    annotateAll(annotator, input, 0, warmUp, new long[1]);
    long bytes = 0;
    for (byte[] raw : input) {
      bytes += raw.length;
    }
    double[] perCpuSecond = new double[ANNOTATE_ROUNDS];
    List<Map<String, Object>> rounds = new ArrayList<>();
    for (int r = 0; r < ANNOTATE_ROUNDS; r++) {
      long[] cpu = new long[1];
      long nanos = annotateAll(annotator, input, 0, perRound, cpu);
      Map<String, Object> round = new LinkedHashMap<>();
      round.put("articlesPerSec", Rates.perSecond(perRound, nanos));
      round.put("mbPerSec", Rates.mbPerSecond(bytes, nanos));
      round.put("microsPerArticle", Rates.microsEach(perRound, nanos));
      // CPU time where the platform measures it (the machine may be shared); elapsed time otherwise.
      long cpuOrElapsed = cpu[0] > 0 ? cpu[0] : nanos;
      round.put("articlesPerCpuSec", Rates.perSecond(perRound, cpuOrElapsed));
      round.put("cpuMicrosPerArticle", Rates.microsEach(perRound, cpuOrElapsed));
      perCpuSecond[r] = (double) round.get("articlesPerCpuSec");
      rounds.add(round);
    }
    Map<String, Object> section = section("annotate");
    section.put("articles", perRound * ANNOTATE_ROUNDS);
    section.put("warmUpArticles", warmUp);
    section.putAll(rounds.get(Rates.medianIndex(perCpuSecond)));
    section.put("rounds", rounds);
    say("  %,.0f articles/s, %.2f MB/s; %,.0f articles per CPU-second (median round; rounds %s)",
        section.get("articlesPerSec"), section.get("mbPerSec"), section.get("articlesPerCpuSec"),
        Arrays.stream(perCpuSecond).mapToObj(v -> String.format(Locale.ROOT, "%,.0f", v))
            .collect(Collectors.joining(", ")));
  }

  /**
   * Annotates {@code count} articles, looping over the input from {@code start}; returns the
   * nanoseconds taken and puts the thread's CPU time in {@code cpu[0]}.
   */
  private static long annotateAll(Annotator annotator, List<byte[]> input, int start, int count, long[] cpu) {
    var threads = ManagementFactory.getThreadMXBean();
    long failed = 0;
    long cpuStart = threads.getCurrentThreadCpuTime();
    long begin = System.nanoTime();
    for (int i = start; i < start + count; i++) {
      if (annotator.annotate(null, input.get(i % input.size())) instanceof Annotation.Failed) {
        failed++;
      }
    }
    long nanos = System.nanoTime() - begin;
    cpu[0] = threads.getCurrentThreadCpuTime() - cpuStart;
    if (failed == count) {
      throw new IllegalStateException("every benchmark article failed to annotate");
    }
    return nanos;
  }

  private void lengthScaling(Annotator annotator, BenchArticles articles) {
    say("length scaling: annotate on articles of 1x, 4x and 16x the median length (%,d chars)", articles.medianLength());
    List<Map<String, Object>> rows = new ArrayList<>();
    double base = Double.NaN;
    for (int times : LENGTH_MULTIPLES) {
      int count = Math.max(8, options.scalingArticles() / times);
      List<byte[]> input = articles.scaled(times, count);
      annotateAll(annotator, input, 0, count, new long[1]);
      long[] cpu = new long[1];
      long nanos = annotateAll(annotator, input, 0, count, cpu);
      // CPU time where the platform measures it: the machine may be shared.
      double micros = Rates.microsEach(count, cpu[0] > 0 ? cpu[0] : nanos);
      if (times == 1) {
        base = micros;
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("lengthMultiple", times);
      row.put("articles", count);
      row.put("microsPerArticle", micros);
      row.put("timeMultiple", micros / base);
      rows.add(row);
      row.put("elapsedMicrosPerArticle", Rates.microsEach(count, nanos));
      say("  %2dx: %,.0f us CPU per article (%.1fx the time)", times, micros, micros / base);
    }
    section("lengthScaling").put("rows", rows);
  }

  private static void deleteQuietly(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // A temporary directory left behind is not worth failing the run for.
    }
  }

  /** The topic names the benchmark needs beyond the pipeline's. */
  public static Set<String> extraTopics() {
    return Set.of(Topics.PASSTHROUGH.name());
  }
}
