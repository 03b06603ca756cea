package org.relexcurator.spark;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The data files of {@code --out}, one flat Spark dataset. Spark writes each commit's rows into
 * {@code _staging/commit-N}; its {@code part-*} files then move into the folder renamed {@code
 * part-cN-…}, and only after that does the commit log name commit N. Files of a commit that the log
 * does not name are what a killed job left behind: they are removed before anything else is
 * written, so that each row is in the folder once.
 */
final class OutputFolder {

  private static final Pattern COMMITTED_PART = Pattern.compile("part-c(\\d+)-.*");

  private final Path folder;

  OutputFolder(Path folder) {
    this.folder = folder;
  }

  Path path() {
    return folder;
  }

  /** Where Spark writes commit N; missing, so that Spark can create it. */
  Path staging(int commit) throws IOException {
    Path staging = folder.resolve("_staging").resolve("commit-" + commit);
    deleteTree(staging);
    Files.createDirectories(staging.getParent());
    return staging;
  }

  /** Removes data files of commits that the log does not name, and every staging folder. */
  int removeUncommitted(Set<Integer> committed) throws IOException {
    Files.createDirectories(folder);
    deleteTree(folder.resolve("_staging"));
    int removed = 0;
    for (Path part : parts()) {
      Matcher matcher = COMMITTED_PART.matcher(part.getFileName().toString());
      if (matcher.matches() && !committed.contains(Integer.parseInt(matcher.group(1)))) {
        Files.delete(part);
        removed++;
      }
    }
    return removed;
  }

  /** Moves the data files Spark wrote for commit N into the folder, renamed for the commit. */
  void moveIn(Path staging, int commit) throws IOException {
    try (Stream<Path> files = Files.list(staging)) {
      for (Path part :
          files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
        String name = part.getFileName().toString().substring("part-".length());
        Files.move(part, folder.resolve("part-c" + commit + "-" + name));
      }
    }
    deleteTree(staging);
    Files.deleteIfExists(staging.getParent());
  }

  private List<Path> parts() throws IOException {
    List<Path> parts = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "part-*")) {
      files.forEach(parts::add);
    }
    return parts;
  }

  static Set<Integer> numbers(List<CommitLog.Commit> commits) {
    return commits.stream().map(CommitLog.Commit::number).collect(Collectors.toSet());
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> below = Files.walk(root)) {
      for (Path path : below.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
