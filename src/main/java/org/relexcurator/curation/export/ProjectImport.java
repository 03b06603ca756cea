package org.relexcurator.curation.export;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.project.DocumentIdentity;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.io.UnreadableInputException;
import org.relexcurator.model.DecisionDraft;

/**
 * Makes a new project from a curated-pairs JSONL export: its documents (by id; they have no source
 * file), pairs, predictions with their models, and for each curated pair the decisions that settle
 * it as its line says (the curators' labels, then the deciding decision), so that exporting the new
 * project gives the same file back.
 *
 * <p>Bad lines are reported and skipped ({@link CuratedJsonlReader}, {@link ImportedRowParser}).
 * The project is built under a temporary name beside the target and takes the target's name only
 * when complete, so a failure leaves no project, not half of one; an existing file is never
 * replaced.
 */
public final class ProjectImport {

  private final Clock clock;

  /**
   * @param clock the time of predictions whose line gives none
   */
  public ProjectImport(Clock clock) {
    this.clock = clock;
  }

  /**
   * @throws CurationStoreException if the project exists already or cannot be written
   * @throws UnreadableInputException if the JSONL file is missing or cannot be read
   */
  public ImportSummary importJsonl(Path jsonl, Path projectFile)
      throws CurationStoreException, UnreadableInputException {
    if (Files.exists(projectFile)) {
      throw new CurationStoreException(
          projectFile
              + " already exists; an import makes a new"
              + " project, so name a file that is not there yet");
    }
    CuratedJsonlReader.Result<ImportedRow> read =
        CuratedJsonlReader.read(jsonl, new ImportedRowParser(clock.instant()));
    List<ImportedRow> imported = read.rows();
    int rows = read.linesWithContent();
    if (imported.isEmpty()) {
      return new ImportSummary(null, rows, 0, 0, read.problems());
    }
    Path temp =
        projectFile
            .toAbsolutePath()
            .resolveSibling(
                "." + projectFile.getFileName() + "." + UUID.randomUUID() + ".importing");
    try {
      int decisions = fill(temp, imported);
      moveIntoPlace(temp, projectFile);
      return new ImportSummary(projectFile, rows, imported.size(), decisions, read.problems());
    } finally {
      deleteQuietly(temp);
      deleteQuietly(ProjectDatabase.lockFileOf(temp));
    }
  }

  private static int fill(Path file, List<ImportedRow> rows) throws CurationStoreException {
    Map<String, DocumentIdentity> documents = new LinkedHashMap<>();
    rows.forEach(
        row ->
            documents.computeIfAbsent(
                row.pair().documentId(), id -> new DocumentIdentity(id, null, null, null)));
    List<StoredPrediction> predictions =
        rows.stream().map(ImportedRow::prediction).filter(Objects::nonNull).toList();
    int decisions = 0;
    try (ProjectDatabase project = ProjectDatabase.create(file)) {
      project.contents().putDocuments(documents.values());
      project.contents().putPairs(rows.stream().map(ImportedRow::pair).toList());
      project.contents().addPredictions(predictions);
      for (ImportedRow row : rows) {
        for (DecisionDraft decision : row.decisions()) {
          project.decisions().record(decision);
          decisions++;
        }
      }
    }
    return decisions;
  }

  private static void moveIntoPlace(Path temp, Path target) throws CurationStoreException {
    try {
      // Without REPLACE_EXISTING: a file that appeared meanwhile is not overwritten.
      Files.move(temp, target);
    } catch (FileAlreadyExistsException e) {
      throw new CurationStoreException(
          target + " appeared while importing; it is left as it" + " is and nothing was imported",
          e);
    } catch (IOException e) {
      throw new CurationStoreException(
          "Cannot put the new project at " + target + ": " + e.getMessage(), e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
      Files.deleteIfExists(Path.of(path + "-wal"));
    } catch (IOException e) {
      // A leftover hidden file beside the project is harmless; the import's result is what counts.
    }
  }
}
