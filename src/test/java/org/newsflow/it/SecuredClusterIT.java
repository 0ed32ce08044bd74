package org.newsflow.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.broker.EmbeddedBroker;
import org.newsflow.kafka.Topics;
import org.newsflow.tag.Taxonomy;

/**
 * The pipeline against a secured cluster, as the README's "Running against a secured cluster"
 * describes it: the broker listens with SASL_SSL and SCRAM-SHA-512 (its controller listener with
 * mutual TLS), authorizes with the StandardAuthorizer and denies what no ACL allows. The app's
 * principal gets prefixed ACLs for exactly what {@code newsflow run} needs; {@code newsflow run}
 * runs as its own JVM with its client settings from a properties file and its JAAS login from the
 * environment, never from the command line, and never prints them. A principal without ACLs is
 * refused reading news.enriched.
 */
class SecuredClusterIT {

  static final int ARTICLES = 300;
  static final String SCRAM = "SCRAM-SHA-512";

  @TempDir
  Path work;

  @Test
  void appPrincipalRunsThePipelineOverSaslSslWithPrefixedAclsAndAPrincipalWithoutAclsIsRefused() throws Exception {
    long started = System.nanoTime();
    String storePassword = secret();
    String adminPassword = secret();
    String appPassword = secret();
    String publisherPassword = secret();
    String readerPassword = secret();
    Path keystore = work.resolve("broker.p12");
    Path truststore = work.resolve("truststore.p12");
    createStores(keystore, truststore, storePassword);

    Map<String, Object> tls = Map.of(
        CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL",
        SaslConfigs.SASL_MECHANISM, SCRAM,
        SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, truststore.toString(),
        SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, "PKCS12",
        SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG, storePassword);
    Map<String, Object> adminClient = new HashMap<>(tls);
    adminClient.put(SaslConfigs.SASL_JAAS_CONFIG, jaas("admin", adminPassword));

    Map<String, String> server = new HashMap<>();
    server.put("sasl.enabled.mechanisms", SCRAM);
    server.put("sasl.mechanism.inter.broker.protocol", SCRAM);
    server.put("listener.name.broker.scram-sha-512.sasl.jaas.config", jaas("admin", adminPassword));
    server.put("ssl.keystore.location", keystore.toString());
    server.put("ssl.keystore.type", "PKCS12");
    server.put("ssl.keystore.password", storePassword);
    server.put("ssl.key.password", storePassword);
    server.put("ssl.truststore.location", truststore.toString());
    server.put("ssl.truststore.type", "PKCS12");
    server.put("ssl.truststore.password", storePassword);
    // The controller listener takes only the broker's own certificate, whose CN becomes its principal.
    server.put("listener.name.controller.ssl.client.auth", "required");
    server.put("ssl.principal.mapping.rules", "RULE:^CN=([^,]*)$/$1/,DEFAULT");
    server.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
    server.put("super.users", "User:admin;User:newsflow-broker");
    server.put("allow.everyone.if.no.acl.found", "false");
    var setup = new EmbeddedBroker.Setup("SASL_SSL", "SSL", server,
        List.of("--add-scram", SCRAM + "=[name=admin,password=" + adminPassword + "]"), adminClient);

    String applicationId = "newsflow-secure-" + UUID.randomUUID().toString().substring(0, 8);
    var taxonomy = Taxonomy.bundled();
    try (var broker = EmbeddedBroker.start(work.resolve("broker"), false, setup)) {
      adminClient.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
      Properties asAdmin = properties(adminClient);
      try (Admin admin = Admin.create(asAdmin)) {
        ClusterProbe.createTopics(admin, taxonomy);
        admin.alterUserScramCredentials(List.of(
            scramUser("newsflow-app", appPassword),
            scramUser("newsflow-publisher", publisherPassword),
            scramUser("newsflow-reader", readerPassword))).all().get(30, TimeUnit.SECONDS);
        admin.createAcls(appAcls("User:newsflow-app", applicationId)).all().get(30, TimeUnit.SECONDS);
        admin.createAcls(List.of(allow("User:newsflow-publisher", ResourceType.TOPIC, Topics.RAW.name(),
            PatternType.LITERAL, AclOperation.WRITE))).all().get(30, TimeUnit.SECONDS);

        Properties asPublisher = properties(tls);
        asPublisher.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        asPublisher.put(SaslConfigs.SASL_JAAS_CONFIG, jaas("newsflow-publisher", publisherPassword));
        var stories = WireStories.generate(applicationId, ARTICLES, 100, 11);
        var expected = ClusterProbe.expectedRoutes(stories);
        // Credentials and ACLs reach the broker's metadata cache asynchronously: wait until both log in.
        awaitLogin(asPublisher, Topics.RAW.name());
        ClusterProbe.publish(asPublisher, stories);

        // The app's client settings in a file, its login in the environment: neither on the command line.
        Path clientFile = work.resolve("newsflow-app.properties");
        Properties file = properties(tls);
        file.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        file.put("application.id", applicationId);
        file.put("state.dir", work.resolve("state").toString());
        try (Writer writer = Files.newBufferedWriter(clientFile, StandardCharsets.UTF_8)) {
          file.store(writer, "newsflow run, as the newsflow-app principal");
        }
        Map<String, String> environment = Map.of("KAFKA_SASL_JAAS_CONFIG", jaas("newsflow-app", appPassword));
        Properties asApp = properties(tls);
        asApp.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        asApp.put(SaslConfigs.SASL_JAAS_CONFIG, jaas("newsflow-app", appPassword));
        awaitLogin(asApp, Topics.ENRICHED.name());
        String output;
        Integer exit;
        try (var app = NewsflowProcess.start(work.resolve("run.log"), environment, List.of("run", "--config", clientFile.toString()))) {
          await("every story consumed by the app principal").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
              .until(() -> {
                assertThat(app.isAlive()).as("newsflow run exited:\n%s", app.output()).isTrue();
                return ClusterProbe.committed(admin, applicationId, Topics.RAW.name()) >= ARTICLES;
              });
          exit = app.stop(Duration.ofSeconds(30));
          output = app.output();
        }
        assertThat(exit).as(output).isZero();
        assertThat(output).doesNotContain(appPassword, storePassword, adminPassword);

        var report = DeliveryVerifier.verify(expected, ClusterProbe.readAll(asAdmin, Topics.outputs(taxonomy)));
        assertThat(report.exactlyOnce()).as(report.summary()).isTrue();

        Properties asReader = properties(tls);
        asReader.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        asReader.put(SaslConfigs.SASL_JAAS_CONFIG, jaas("newsflow-reader", readerPassword));
        Throwable readerRefusal = refusedReading(asReader, "newsflow-reader-group");
        assertThat(readerRefusal).isInstanceOfAny(TopicAuthorizationException.class, GroupAuthorizationException.class);
        Throwable readerAssigned = refusedReading(asReader, null);
        assertThat(readerAssigned).isInstanceOf(TopicAuthorizationException.class);
        // The app principal itself may write news.enriched but not read it back.
        assertThat(refusedReading(asApp, null)).isInstanceOf(TopicAuthorizationException.class);

        System.out.printf(Locale.ROOT, "RELIABILITY secured-cluster articles=%d records-expected=%d records-received=%d "
                + "duplicated-ids=%d lost-ids=%d reader-refused=%s assigned-reader-refused=%s seconds=%.1f%n",
            ARTICLES, report.expectedRecords(), report.receivedRecords(), report.duplicatedIds().size(),
            report.lostIds().size(), readerRefusal.getClass().getSimpleName(), readerAssigned.getClass().getSimpleName(),
            (System.nanoTime() - started) / 1e9);
      }
    }
  }

  /**
   * What {@code newsflow run} needs and no more, the same ACLs as in the README: read news.raw;
   * write news.enriched, news.dlq and news.topic.*; everything on its own internal topics, and its
   * consumer group and transactional ids, all prefixed by the application id.
   */
  static List<AclBinding> appAcls(String principal, String applicationId) {
    List<AclBinding> acls = new ArrayList<>();
    acls.add(allow(principal, ResourceType.TOPIC, Topics.RAW.name(), PatternType.LITERAL, AclOperation.READ));
    acls.add(allow(principal, ResourceType.TOPIC, Topics.ENRICHED.name(), PatternType.LITERAL, AclOperation.WRITE));
    acls.add(allow(principal, ResourceType.TOPIC, Topics.DLQ.name(), PatternType.LITERAL, AclOperation.WRITE));
    acls.add(allow(principal, ResourceType.TOPIC, Topics.TOPIC_PREFIX, PatternType.PREFIXED, AclOperation.WRITE));
    acls.add(allow(principal, ResourceType.TOPIC, applicationId, PatternType.PREFIXED, AclOperation.ALL));
    acls.add(allow(principal, ResourceType.GROUP, applicationId, PatternType.PREFIXED, AclOperation.READ));
    acls.add(allow(principal, ResourceType.TRANSACTIONAL_ID, applicationId, PatternType.PREFIXED, AclOperation.WRITE));
    return acls;
  }

  private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern, AclOperation operation) {
    return new AclBinding(new ResourcePattern(type, name, pattern),
        new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
  }

  /** Waits until the client logs in and is allowed to describe {@code topic}. */
  private static void awaitLogin(Properties client, String topic) {
    Properties config = new Properties();
    config.putAll(client);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "4000");
    try (Admin admin = Admin.create(config)) {
      await("login and Describe on " + topic).atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
          .ignoreExceptions()
          .until(() -> admin.describeTopics(List.of(topic)).allTopicNames().get(5, TimeUnit.SECONDS).containsKey(topic));
    }
  }

  /** What reading news.enriched throws: subscribed with {@code group}, or assigned without one. */
  private static Throwable refusedReading(Properties client, String group) {
    Properties config = new Properties();
    config.putAll(client);
    config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    if (group != null) {
      config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    }
    try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
      if (group != null) {
        consumer.subscribe(List.of(Topics.ENRICHED.name()));
      } else {
        consumer.assign(List.of(new TopicPartition(Topics.ENRICHED.name(), 0)));
      }
      var thrown = new Throwable[1];
      await().atMost(Duration.ofSeconds(30)).until(() -> {
        try {
          if (!consumer.poll(Duration.ofMillis(500)).isEmpty()) {
            throw new AssertionError("read news.enriched without an ACL");
          }
          return false;
        } catch (TopicAuthorizationException | GroupAuthorizationException refused) {
          thrown[0] = refused;
          return true;
        }
      });
      return thrown[0];
    }
  }

  private static UserScramCredentialUpsertion scramUser(String name, String password) {
    return new UserScramCredentialUpsertion(name, new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), password);
  }

  private static String jaas(String user, String password) {
    return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
        + "\" password=\"" + password + "\";";
  }

  private static String secret() {
    return UUID.randomUUID().toString().replace("-", "");
  }

  private static Properties properties(Map<String, Object> values) {
    Properties properties = new Properties();
    properties.putAll(values);
    return properties;
  }

  /**
   * A self-signed broker certificate (CN=newsflow-broker, for 127.0.0.1 and localhost) and a
   * truststore holding it, made with the JDK's keytool; passwords through its environment.
   */
  private static void createStores(Path keystore, Path truststore, String password) throws IOException, InterruptedException {
    Path certificate = keystore.resolveSibling("broker.crt");
    keytool(password, "-genkeypair", "-alias", "broker", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=newsflow-broker", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
        "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass:env", "STORE_PASSWORD",
        "-keypass:env", "STORE_PASSWORD");
    keytool(password, "-exportcert", "-rfc", "-alias", "broker", "-keystore", keystore.toString(),
        "-storepass:env", "STORE_PASSWORD", "-file", certificate.toString());
    keytool(password, "-importcert", "-noprompt", "-alias", "broker", "-file", certificate.toString(),
        "-storetype", "PKCS12", "-keystore", truststore.toString(), "-storepass:env", "STORE_PASSWORD");
  }

  private static void keytool(String password, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("STORE_PASSWORD", password);
    Process keytool = builder.start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
      throw new IOException("keytool " + args[0] + " failed: " + output);
    }
  }
}
