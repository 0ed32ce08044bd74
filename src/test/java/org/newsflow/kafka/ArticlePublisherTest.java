package org.newsflow.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsflow.ingest.ArticleFiles;
import org.newsflow.parse.ArticleParser;

class ArticlePublisherTest {

  @TempDir
  Path dir;

  private MockProducer<String, byte[]> producer(boolean autoComplete) {
    return new MockProducer<>(autoComplete, null, new StringSerializer(), new ByteArraySerializer());
  }

  @Test
  void publishesEachArticleKeyedByItsStableIdWithItsSource() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "LONDON (Reuters) - Story A.");
    Files.writeString(dir.resolve("b.json"), "{\"id\": \"given-id\", \"title\": \"B\", \"body\": \"Story B.\"}");
    Files.writeString(dir.resolve("c.jsonl"), "{\"title\": \"C1\", \"body\": \"x\"}\n\n{\"title\": \"C2\", \"body\": \"y\"}\n");
    Files.writeString(dir.resolve("notes.md"), "# not an article");
    var producer = producer(true);
    List<Integer> progress = new ArrayList<>();

    var summary = new ArticlePublisher(producer).publish(ArticleFiles.read(List.of(dir)), progress::add);

    assertThat(summary.published()).isEqualTo(4);
    assertThat(summary.skipped()).isEqualTo(1);
    assertThat(summary.ok()).isTrue();
    assertThat(progress).containsExactly(1, 2, 3, 4);
    var history = producer.history();
    assertThat(history).allSatisfy(r -> assertThat(r.topic()).isEqualTo(Topics.RAW.name()));
    assertThat(history).extracting(r -> r.key())
        .containsExactly(ArticleParser.articleId("LONDON (Reuters) - Story A.".getBytes(StandardCharsets.UTF_8)),
            "given-id", history.get(2).key(), history.get(3).key());
    assertThat(new String(history.get(2).headers().lastHeader(ArticlePublisher.SOURCE_HEADER).value(), StandardCharsets.UTF_8))
        .endsWith("c.jsonl:1");
    assertThat(new String(history.get(3).value(), StandardCharsets.UTF_8)).contains("C2");
  }

  @Test
  void theSameFilePublishedTwiceGetsTheSameKey() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "LONDON (Reuters) - Story A.");
    var producer = producer(true);
    var publisher = new ArticlePublisher(producer);
    publisher.publish(ArticleFiles.read(List.of(dir)), n -> { });
    publisher.publish(ArticleFiles.read(List.of(dir)), n -> { });
    assertThat(producer.history().get(0).key()).isEqualTo(producer.history().get(1).key());
  }

  @Test
  void failuresAreNamedWithTheFileAndReason() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "LONDON (Reuters) - Story A.");
    var producer = producer(true);
    producer.sendException = new RecordTooLargeException("too large for the broker");
    var listing = ArticleFiles.read(List.of(dir, dir.resolve("missing.txt")));
    var summary = new ArticlePublisher(producer).publish(listing, n -> { });
    assertThat(summary.ok()).isFalse();
    assertThat(summary.failed()).extracting(ArticleFiles.Problem::reason)
        .containsExactlyInAnyOrder("no such file or directory", "too large for the broker");
  }

  @Test
  void unreadableFilesAndLoopsAreReportedNotFatal() throws IOException {
    Path loop = dir.resolve("loop");
    Files.createDirectory(loop);
    Files.createSymbolicLink(loop.resolve("self"), loop);
    Files.writeString(loop.resolve("ok.txt"), "PARIS (AP) — Fine.");
    var listing = ArticleFiles.read(List.of(loop));
    assertThat(listing.articles()).hasSize(1);
    assertThat(listing.problems()).extracting(ArticleFiles.Problem::reason)
        .containsExactly("symbolic link loop (a folder that links back to itself)");
  }

  @Test
  void aFileThatLinksToItselfIsNamedAsALoop() throws IOException {
    Path self = dir.resolve("self.txt");
    Files.createSymbolicLink(self, self);
    assertThat(ArticleFiles.read(List.of(self)).problems()).extracting(ArticleFiles.Problem::reason)
        .containsExactly("symbolic link loop or broken link");
    assertThat(ArticleFiles.read(List.of(dir)).problems()).extracting(ArticleFiles.Problem::reason)
        .containsExactly("symbolic link loop or broken link");
  }

  @Test
  void anArticleOverTheSizeLimitIsRefusedBeforeSending() throws Exception {
    Files.write(dir.resolve("big.txt"), new byte[ArticleParser.MAX_ARTICLE_BYTES + 1]);
    Files.writeString(dir.resolve("ok.txt"), "LONDON (Reuters) - Story A.");
    var producer = producer(true);
    var summary = new ArticlePublisher(producer).publish(ArticleFiles.read(List.of(dir)), n -> { });
    assertThat(summary.published()).isEqualTo(1);
    assertThat(summary.failed()).singleElement().satisfies(p -> {
      assertThat(p.origin()).endsWith("big.txt");
      assertThat(p.reason()).isEqualTo("too large: 1048577 bytes, an article may be at most 1048576 bytes (1 MiB)");
    });
    assertThat(producer.history()).hasSize(1);
  }
}
