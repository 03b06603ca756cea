package org.relexcurator.curation.team;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;
import org.relexcurator.model.Decision;
import org.relexcurator.model.DecisionDraft;

/**
 * Writes one project per curator of a {@link TeamAssignment} ({@code relex assign}). Each holds
 * every document of the source (so every curator's project names the same corpus), every model it
 * names (the same fingerprint), and only the curator's pairs with their predictions. The source's
 * decisions travel with their pairs: a pair's decisions, undos and redos go to every project that
 * holds the pair; a mention edit, and a decision about a pair the source does not hold, goes to
 * every project that holds a pair of its document, or to every project when none does, so nothing
 * is left behind.
 */
public final class ProjectSplit {

  private ProjectSplit() {}

  /** Where each curator's project was written, and how much it holds. */
  public record CuratorProject(String curator, Path file, int pairs, int shared, int decisions) {}

  /**
   * @throws CurationStoreException if a curator's project exists already (nothing is written then)
   *     or cannot be written
   */
  public static List<CuratorProject> write(
      ProjectDatabase source, TeamAssignment assignment, Path folder)
      throws CurationStoreException {
    Map<String, Path> files = new LinkedHashMap<>();
    for (String curator : assignment.shares().keySet()) {
      Path file = folder.resolve(curator + ProjectDatabase.EXTENSION);
      if (Files.exists(file)) {
        throw new CurationStoreException(
            file + " already exists; choose another --out folder or remove it");
      }
      files.put(curator, file);
    }
    List<StoredPair> pairs = source.contents().pairs();
    List<Decision> log = source.decisions().log();
    Map<String, Set<String>> documentsOf = new HashMap<>();
    for (String curator : files.keySet()) {
      Set<String> keys = assignment.pairsOf(curator);
      Set<String> documents = new HashSet<>();
      pairs.stream()
          .filter(p -> keys.contains(p.key()))
          .forEach(p -> documents.add(p.documentId()));
      documentsOf.put(curator, documents);
    }
    Set<String> storedKeys = new HashSet<>();
    pairs.forEach(p -> storedKeys.add(p.key()));
    List<CuratorProject> written = new ArrayList<>();
    for (Map.Entry<String, Path> entry : files.entrySet()) {
      String curator = entry.getKey();
      Set<String> keys = assignment.pairsOf(curator);
      List<StoredPair> own = pairs.stream().filter(p -> keys.contains(p.key())).toList();
      List<StoredPrediction> predictions = new ArrayList<>();
      for (StoredPair pair : own) {
        predictions.addAll(source.contents().predictions(pair.key()));
      }
      List<Decision> travelling =
          travelling(log, keys, storedKeys, documentsOf.get(curator), documentsOf);
      try (ProjectDatabase project = ProjectDatabase.create(entry.getValue())) {
        project.contents().putDocuments(source.contents().documents());
        project.contents().putModels(source.contents().models());
        project.contents().putPairs(own);
        project.contents().addPredictions(predictions);
        copy(travelling, project.decisions());
      }
      written.add(
          new CuratorProject(
              curator,
              entry.getValue(),
              own.size(),
              assignment.overlap().size(),
              travelling.size()));
    }
    return written;
  }

  /** The decisions of {@code log} that go with a project's pairs, in the log's order. */
  private static List<Decision> travelling(
      List<Decision> log,
      Set<String> keys,
      Set<String> storedKeys,
      Set<String> documents,
      Map<String, Set<String>> documentsOfEveryone) {
    Map<Long, Boolean> goes = new HashMap<>();
    List<Decision> travelling = new ArrayList<>();
    for (Decision decision : log) {
      boolean with;
      if (decision.refersTo() != null) {
        with = goes.get(decision.refersTo());
      } else if (storedKeys.contains(decision.pairKey())) {
        with = keys.contains(decision.pairKey());
      } else {
        String document =
            decision.mentionEdit() != null
                ? decision.mentionEdit().documentId()
                : decision.pairKey().substring(0, Math.max(0, decision.pairKey().indexOf('|')));
        with =
            documents.contains(document)
                || documentsOfEveryone.values().stream().noneMatch(d -> d.contains(document));
      }
      goes.put(decision.sequence(), with);
      if (with) {
        travelling.add(decision);
      }
    }
    return travelling;
  }

  /**
   * Appends {@code decisions} to {@code store} in their order, each undo and redo pointing at the
   * decision's new number.
   */
  static void copy(List<Decision> decisions, CurationStore store) throws CurationStoreException {
    Map<Long, Long> renumbered = new HashMap<>();
    for (Decision decision : decisions) {
      Decision stored = store.record(draftOf(decision, renumbered.get(decision.refersTo())));
      renumbered.put(decision.sequence(), stored.sequence());
    }
  }

  static DecisionDraft draftOf(Decision decision, Long refersTo) {
    return new DecisionDraft(
        decision.pairKey(),
        decision.curator(),
        decision.action(),
        decision.label(),
        decision.predictedLabel(),
        decision.predictedScore(),
        decision.reason(),
        decision.note(),
        decision.time(),
        decision.timeSpent(),
        refersTo,
        decision.mentionEdit());
  }
}
