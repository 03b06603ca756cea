package org.relexcurator.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.CollectionAccumulator;
import org.relexcurator.inference.MarkerMode;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Problem;
import org.relexcurator.pipeline.CorpusPreparation;
import org.relexcurator.pipeline.PreparedCorpus;

/**
 * Runs on an executor: reads one input with the same {@link CorpusPreparation} as {@code relex
 * predict} (format detected by content; a {@code .gz} file is unpacked first) and yields its
 * candidate pairs. Problems go to the driver through an accumulator as one line each; an input that
 * cannot be read at all is also named in {@code unreadable}, so that it is not committed and a
 * rerun tries it again.
 */
final class PairReader implements FlatMapFunction<InputFile, PendingPair> {

  private static final long serialVersionUID = 1L;

  private final CollectionAccumulator<String> problems;
  private final CollectionAccumulator<String> unreadable;

  PairReader(CollectionAccumulator<String> problems, CollectionAccumulator<String> unreadable) {
    this.problems = problems;
    this.unreadable = unreadable;
  }

  @Override
  public Iterator<PendingPair> call(InputFile input) throws IOException {
    Path path = Path.of(input.path());
    Path unpacked = null;
    try {
      if (isGzip(path)) {
        unpacked = gunzip(path);
      }
      Path read = unpacked == null ? path : unpacked.resolve(plainName(path));
      PreparedCorpus corpus = preparation().prepare(read);
      for (Problem problem : corpus.problems()) {
        problems.add(named(severity(problem) + problem.describe(), read, input));
      }
      return pairs(input, corpus).iterator();
    } catch (UnreadableInputException e) {
      String message = e.getMessage();
      if (unpacked != null) {
        message = named(message, unpacked.resolve(plainName(path)), input);
      }
      problems.add("error: " + message);
      unreadable.add(input.path());
      return List.<PendingPair>of().iterator();
    } finally {
      if (unpacked != null) {
        deleteFolder(unpacked);
      }
    }
  }

  /** The message with the input's own path where it names the file that was read. */
  private static String named(String message, Path read, InputFile input) {
    return message.replace(read.toString(), input.path());
  }

  private static CorpusPreparation preparation() {
    return CorpusPreparation.standard(MarkerMode.EXACT);
  }

  private static List<PendingPair> pairs(InputFile input, PreparedCorpus corpus) {
    CorpusPreparation preparation = preparation();
    Map<String, Document> documents = new HashMap<>();
    corpus.documents().forEach(d -> documents.putIfAbsent(d.id(), d));
    List<PendingPair> pairs = new ArrayList<>(corpus.pairs().size());
    for (CandidatePair pair : corpus.pairs()) {
      pairs.add(
          new PendingPair(
              input.path(),
              pair.key(),
              PendingPair.Columns.of(preparation.row(documents.get(pair.documentId()), pair))));
    }
    return pairs;
  }

  private static String severity(Problem problem) {
    return problem.severity().name().toLowerCase(Locale.ROOT) + ": ";
  }

  private static boolean isGzip(Path path) {
    return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz")
        && Files.isRegularFile(path);
  }

  private static String plainName(Path path) {
    String name = path.getFileName().toString();
    return name.substring(0, name.length() - ".gz".length());
  }

  /**
   * The file unpacked into a new temporary folder under its name without {@code .gz}, where the
   * format registry reads it as it reads any file.
   */
  private static Path gunzip(Path path) throws UnreadableInputException {
    try {
      Path folder = Files.createTempDirectory("relex-gunzip");
      try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
        Files.copy(in, folder.resolve(plainName(path)));
      }
      return folder;
    } catch (IOException e) {
      throw new UnreadableInputException(
          path + ": cannot be unpacked as gzip (" + e.getMessage() + ")", e);
    }
  }

  private static void deleteFolder(Path folder) throws IOException {
    try (Stream<Path> below = Files.walk(folder)) {
      for (Path path : below.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
