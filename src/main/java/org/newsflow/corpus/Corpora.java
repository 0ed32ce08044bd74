package org.newsflow.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.newsflow.model.Json;

/** Reads labelled corpora for training and evaluation. Nothing here is ever bundled. */
public final class Corpora {

  /** The eight most frequent single-label Reuters-21578 topics (the "R8" set). */
  public static final Set<String> REUTERS_8 = Set.of("earn", "acq", "crude", "trade", "money-fx", "interest", "ship", "grain");

  private Corpora() {}

  public static List<LabelledArticle> read(Path path, CorpusFormat format) throws IOException {
    return switch (format) {
      case BBC -> readBbc(path);
      case REUTERS -> readReuters(path, false);
      case REUTERS8 -> readReuters(path, true);
      case JSONL -> readJsonl(path);
    };
  }

  private static List<LabelledArticle> readBbc(Path root) throws IOException {
    List<LabelledArticle> articles = new ArrayList<>();
    List<Path> classes;
    try (Stream<Path> dirs = Files.list(root)) {
      classes = dirs.filter(Files::isDirectory).sorted().toList();
    }
    for (Path dir : classes) {
      String label = dir.getFileName().toString();
      List<Path> files;
      try (Stream<Path> list = Files.list(dir)) {
        files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
      for (Path file : files) {
        String text = decode(Files.readAllBytes(file)).replace("\r\n", "\n");
        int newline = text.indexOf('\n');
        String title = newline < 0 ? text : text.substring(0, newline);
        String body = newline < 0 ? "" : text.substring(newline + 1).strip();
        articles.add(new LabelledArticle(label + "/" + file.getFileName(), title.strip(), body, List.of(label)));
      }
    }
    return articles;
  }

  /** UTF-8, or Windows-1252 for the odd file that is not (one BBC file is). */
  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, Charset.forName("windows-1252"));
    }
  }

  private static List<LabelledArticle> readReuters(Path path, boolean eightSingleLabel) throws IOException {
    List<LabelledArticle> articles = new ArrayList<>();
    for (JsonNode node : reutersStoriesWithABody(path)) {
      String body = node.path("body").asText("");
      List<String> topics = new ArrayList<>();
      node.path("topics").forEach(t -> topics.add(t.asText()));
      if (topics.isEmpty()) {
        continue;
      }
      if (eightSingleLabel && (topics.size() != 1 || !REUTERS_8.contains(topics.get(0)))) {
        continue;
      }
      String dateline = node.path("dateline").asText("").strip();
      String text = dateline.isEmpty() ? body : dateline + " " + body;
      articles.add(new LabelledArticle(node.path("id").asText(), node.path("title").asText(""), text, topics));
    }
    return articles;
  }

  /** The Reuters-21578 JSON lines (a file, or the folder holding it) whose story has a body. */
  private static List<JsonNode> reutersStoriesWithABody(Path path) throws IOException {
    Path file = Files.isDirectory(path) ? path.resolve("reuters21578-train.jsonl") : path;
    List<JsonNode> stories = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = Json.mapper().readTree(line);
        if (!node.path("body").asText("").isBlank()) {
          stories.add(node);
        }
      }
    }
    return stories;
  }

  /**
   * Stories with entity labels: {@code reuters} gives every Reuters-21578 story with a body and its
   * PLACES, PEOPLE and ORGS labels; {@code bbc} gives the BBC articles with no entity labels, for
   * language and speed (all English).
   */
  public static List<EntityLabelledArticle> readEntities(Path path, CorpusFormat format) throws IOException {
    if (format == CorpusFormat.BBC) {
      List<EntityLabelledArticle> articles = new ArrayList<>();
      for (LabelledArticle a : readBbc(path)) {
        articles.add(new EntityLabelledArticle(a.id(), a.title(), "", "", a.body(), Set.of(), Set.of(), Set.of(), "en"));
      }
      return articles;
    }
    if (format != CorpusFormat.REUTERS) {
      throw new IllegalArgumentException("entity labels come with the reuters and bbc formats, not " + format);
    }
    List<EntityLabelledArticle> articles = new ArrayList<>();
    for (JsonNode node : reutersStoriesWithABody(path)) {
      String date = node.path("date").asText("");
      articles.add(new EntityLabelledArticle(node.path("id").asText(), node.path("title").asText(""),
          date.length() >= 10 ? date.substring(0, 10) : "", node.path("dateline").asText("").strip(),
          node.path("body").asText(""),
          strings(node.path("places")), strings(node.path("people")), strings(node.path("orgs")), "en"));
    }
    return articles;
  }

  private static Set<String> strings(JsonNode array) {
    Set<String> values = new java.util.LinkedHashSet<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static List<LabelledArticle> readJsonl(Path file) throws IOException {
    List<LabelledArticle> articles = new ArrayList<>();
    int lineNumber = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line; (line = reader.readLine()) != null; ) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = Json.mapper().readTree(line);
        List<String> labels = new ArrayList<>();
        node.path("labels").forEach(l -> labels.add(l.asText()));
        if (labels.isEmpty() || !node.path("body").isTextual()) {
          throw new IOException(file + ":" + lineNumber + ": needs a \"body\" string and a non-empty \"labels\" array");
        }
        articles.add(new LabelledArticle(node.path("id").asText(file.getFileName() + ":" + lineNumber),
            node.path("title").asText(""), node.get("body").asText(), labels));
      }
    }
    return articles;
  }
}
