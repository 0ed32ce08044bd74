package org.newsflow.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/**
 * Reads articles from files and folders: {@code .txt} wire stories and {@code .json} objects, one
 * article a file, and {@code .jsonl} with one article a line. Folders are walked in name order;
 * hidden files and other extensions are skipped; unreadable files are reported, not fatal.
 */
public final class ArticleFiles {

  /** What reading found: the articles, what was skipped, what could not be read and why. */
  public record Listing(List<SourceArticle> articles, List<String> skipped, List<Problem> problems) {}

  /** A file or line that could not be read. */
  public record Problem(String origin, String reason) {}

  /** Largest file read; bigger ones are reported rather than loaded. */
  public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

  private ArticleFiles() {}

  public static Listing read(List<Path> paths) {
    List<SourceArticle> articles = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        problems.add(new Problem(path.toString(), Files.isSymbolicLink(path)
            ? "symbolic link loop or broken link" : "no such file or directory"));
      } else if (Files.isDirectory(path)) {
        walk(path, articles, skipped, problems);
      } else {
        readFile(path, articles, skipped, problems, true);
      }
    }
    return new Listing(articles, skipped, problems);
  }

  private static void walk(Path root, List<SourceArticle> articles, List<String> skipped, List<Problem> problems) {
    List<Path> files = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
            return FileVisitResult.SKIP_SUBTREE;
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          files.add(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          problems.add(new Problem(file.toString(), reason(file, e)));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(new Problem(root.toString(), e.toString()));
    }
    files.sort(null);
    for (Path file : files) {
      readFile(file, articles, skipped, problems, false);
    }
  }

  /** Why a file could not be read, in words for the person at the command line. */
  private static String reason(Path file, IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop (a folder that links back to itself)";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return Files.isDirectory(file) ? "permission denied: the folder cannot be read" : "permission denied";
    }
    if (Files.isSymbolicLink(file) && !Files.exists(file)) {
      return "symbolic link loop or broken link";
    }
    return e.getMessage() != null ? e.getMessage() : e.toString();
  }

  private static void readFile(Path file, List<SourceArticle> articles, List<String> skipped,
      List<Problem> problems, boolean named) {
    String name = file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    boolean supported = lower.endsWith(".txt") || lower.endsWith(".json") || lower.endsWith(".jsonl");
    if ((!named && name.startsWith(".")) || !supported) {
      skipped.add(file.toString());
      return;
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_BYTES) {
        problems.add(new Problem(file.toString(), "file is " + size + " bytes, larger than " + MAX_FILE_BYTES));
        return;
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(new Problem(file.toString(), reason(file, e)));
      return;
    }
    if (lower.endsWith(".jsonl")) {
      String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          articles.add(new SourceArticle(file + ":" + (i + 1), lines[i].strip().getBytes(StandardCharsets.UTF_8)));
        }
      }
    } else {
      articles.add(new SourceArticle(file.toString(), bytes));
    }
  }
}
