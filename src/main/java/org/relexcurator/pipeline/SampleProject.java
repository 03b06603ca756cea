package org.relexcurator.pipeline;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.project.ContentHash;
import org.relexcurator.curation.project.DocumentIdentity;
import org.relexcurator.curation.project.ModelIdentity;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.curation.sampling.DrawnPair;
import org.relexcurator.curation.sampling.DrawnSample;
import org.relexcurator.curation.sampling.ReviewSample;
import org.relexcurator.curation.sampling.SampledPair;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.io.dataset.PairRow;
import org.relexcurator.io.scored.ScoredPair;
import org.relexcurator.model.CandidatePair;
import org.relexcurator.model.Document;
import org.relexcurator.model.Prediction;
import org.relexcurator.model.Problem;

/**
 * Makes a new project of a drawn review sample: the sampled pairs, their documents and their
 * predictions, and the sample's design with each pair's inclusion probability. Each document is
 * read again from the corpus file the scoring run names ({@code input_file}), with the same readers
 * and the same pairing as {@code relex predict}, so the project keeps documents by identity exactly
 * as one made in the window does; the project holds only the sampled pairs.
 */
public final class SampleProject {

  /** A URI of another file system: {@code hdfs://…}, {@code s3a://…}. */
  private static final Pattern OTHER_FILE_SYSTEM = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://");

  private final CorpusPreparation preparation;
  private final Clock clock;

  /**
   * @param preparation the same reading and pairing options the corpus was scored with
   */
  public SampleProject(CorpusPreparation preparation, Clock clock) {
    this.preparation = preparation;
    this.clock = clock;
  }

  /** The documents, pairs and predictions found for a sample, and what could not be found. */
  private record Found(
      Map<String, DocumentIdentity> documents,
      List<StoredPair> pairs,
      List<StoredPrediction> predictions,
      List<SampledPair> sampled,
      List<Problem> problems) {}

  /**
   * Writes the project; none is made when no drawn pair can be found in its corpus file.
   *
   * @param minimumPerStratum reviewed pairs a stratum needs before an evaluation trusts it
   * @throws CurationStoreException if the project file exists or cannot be written
   */
  public SampleSummary make(DrawnSample sample, int minimumPerStratum, Path projectFile)
      throws CurationStoreException {
    Found found = find(sample);
    List<Problem> problems = new ArrayList<>(sample.problems());
    problems.addAll(found.problems());
    if (found.pairs().isEmpty()) {
      return new SampleSummary(null, sample.pairs().size(), 0, 0, problems);
    }
    try (ProjectDatabase project = ProjectDatabase.create(projectFile)) {
      project.contents().putDocuments(found.documents().values());
      project.contents().putPairs(found.pairs());
      project.contents().addPredictions(found.predictions());
      project
          .reviewSample()
          .save(
              new ReviewSample(
                  sample.source(),
                  sample.bands(),
                  sample.seed(),
                  sample.controlShare(),
                  minimumPerStratum,
                  sample.quotas(),
                  found.sampled()));
    }
    return new SampleSummary(
        projectFile,
        sample.pairs().size(),
        found.pairs().size(),
        found.documents().size(),
        problems);
  }

  private Found find(DrawnSample sample) {
    Found found =
        new Found(
            new LinkedHashMap<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>(),
            new ArrayList<>());
    Map<String, List<DrawnPair>> byFile = new LinkedHashMap<>();
    for (DrawnPair drawn : sample.pairs()) {
      ScoredPair pair = drawn.pair();
      if (pair.inputFile() == null) {
        found.problems().add(problem(pair, "the scored line names no input_file", null));
      } else {
        byFile.computeIfAbsent(pair.inputFile(), f -> new ArrayList<>()).add(drawn);
      }
    }
    Instant now = clock.instant();
    for (Map.Entry<String, List<DrawnPair>> file : byFile.entrySet()) {
      findInFile(file.getKey(), file.getValue(), now, found);
    }
    return found;
  }

  private void findInFile(String named, List<DrawnPair> drawn, Instant now, Found found) {
    Path file;
    PreparedCorpus corpus;
    String hash;
    try {
      file = path(named);
      corpus = preparation.prepare(file);
      hash = Files.isRegularFile(file) ? ContentHash.of(file) : null;
    } catch (UnreadableInputException | IOException e) {
      for (DrawnPair pair : drawn) {
        found.problems().add(problem(pair.pair(), "its input file cannot be read", e.getMessage()));
      }
      return;
    }
    Map<String, Document> documents = new HashMap<>();
    corpus.documents().forEach(d -> documents.putIfAbsent(d.id(), d));
    // The file's own problems matter where they touch a sampled document, or the whole file.
    Set<String> sampledDocuments = new HashSet<>();
    drawn.forEach(d -> sampledDocuments.add(d.pair().documentId()));
    corpus.problems().stream()
        .filter(p -> p.documentId() == null || sampledDocuments.contains(p.documentId()))
        .forEach(found.problems()::add);
    Map<String, CandidatePair> pairs = new HashMap<>();
    corpus.pairs().forEach(p -> pairs.putIfAbsent(p.key(), p));
    for (DrawnPair sampled : drawn) {
      ScoredPair scored = sampled.pair();
      CandidatePair pair = pairs.get(scored.pairKey());
      if (pair == null) {
        found
            .problems()
            .add(
                problem(
                    scored,
                    "the pair is not among the candidate pairs of "
                        + file
                        + " (was it scored with other pairing options, or has the file changed?)",
                    null));
        continue;
      }
      DocumentIdentity identity =
          new DocumentIdentity(pair.documentId(), file.toAbsolutePath(), hash, corpus.format());
      DocumentIdentity earlier = found.documents().putIfAbsent(identity.id(), identity);
      if (earlier != null && !earlier.sourcePath().equals(identity.sourcePath())) {
        found
            .problems()
            .add(
                problem(
                    scored,
                    "document "
                        + identity.id()
                        + " is in "
                        + earlier.sourcePath()
                        + " too; a project holds each document id once",
                    null));
        continue;
      }
      PairRow row;
      try {
        row = preparation.row(documents.get(pair.documentId()), pair);
      } catch (IllegalArgumentException e) {
        found.problems().add(problem(scored, "the pair cannot be marked", e.getMessage()));
        continue;
      }
      if (scored.text() != null && !scored.text().equals(row.text())) {
        found
            .problems()
            .add(
                warning(
                    scored,
                    "the pair's marked text differs from the scored one (other marker options?);"
                        + " the project keeps the text read now",
                    row.text()));
      }
      found.pairs().add(StoredPair.of(row));
      found.predictions().add(prediction(scored, now));
      found
          .sampled()
          .add(
              new SampledPair(
                  scored.pairKey(),
                  sampled.stratum(),
                  sampled.inclusionProbability(),
                  sampled.control()));
    }
  }

  private static StoredPrediction prediction(ScoredPair scored, Instant now) {
    String fingerprint = scored.modelFingerprint() == null ? "unknown" : scored.modelFingerprint();
    ModelIdentity model =
        new ModelIdentity(
            fingerprint,
            scored.modelName() == null ? fingerprint : scored.modelName(),
            null,
            scored.testModel());
    double[] logits = scored.logits().stream().mapToDouble(Double::doubleValue).toArray();
    return new StoredPrediction(
        scored.pairKey(), model, new Prediction(scored.labels(), logits), now);
  }

  /**
   * Spark names files as URIs ({@code file:/…}); {@code relex predict} as paths. A file on another
   * filesystem ({@code hdfs://…}) must be copied where this machine can read it.
   */
  private static Path path(String named) throws UnreadableInputException {
    if (OTHER_FILE_SYSTEM.matcher(named).lookingAt() && !named.startsWith("file:")) {
      throw new UnreadableInputException(
          named + " is not a path of this machine's file system; copy the corpus here");
    }
    try {
      return named.startsWith("file:") ? Path.of(URI.create(named)) : Path.of(named);
    } catch (IllegalArgumentException | FileSystemNotFoundException e) {
      throw new UnreadableInputException(
          named + " is not a path of this machine's file system: " + e.getMessage(), e);
    }
  }

  private static Problem problem(ScoredPair pair, String message, String found) {
    return Problem.error(
        pair.file(),
        pair.documentId(),
        pair.line(),
        pair.pairKey(),
        "sampled pair dropped: " + message,
        null,
        found);
  }

  private static Problem warning(ScoredPair pair, String message, String found) {
    return Problem.warning(
        pair.file(), pair.documentId(), pair.line(), pair.pairKey(), message, null, found);
  }
}
