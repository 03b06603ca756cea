package org.relexcurator.curation.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.relexcurator.curation.CurationStore;
import org.relexcurator.curation.CurationStoreException;
import org.relexcurator.curation.MentionOverlay;
import org.relexcurator.curation.agreement.SettledLabel;
import org.relexcurator.curation.agreement.SettledLabels;
import org.relexcurator.curation.project.DocumentIdentity;
import org.relexcurator.curation.project.ProjectContents;
import org.relexcurator.curation.project.ProjectDatabase;
import org.relexcurator.curation.project.StoredPair;
import org.relexcurator.curation.project.StoredPrediction;

/**
 * What a project holds for export: its documents, the curators' mention edits, and every pair that
 * is still a pair of the corrected mentions with its latest prediction and its curation, pairs
 * sorted by document order, then in the order they were added.
 *
 * @param documents the project's documents, in the order first added
 * @param pairs every pair of the project
 * @param missingPairs keys of pairs that have a decision in force but that the project does not
 *     hold (decisions recorded before the pairs were saved); exports cannot write them
 * @param obsoletePairs keys of the project's pairs that have a decision in force but name a mention
 *     a curator has since removed or changed ({@link MentionOverlay#isGone}); their decisions stay
 *     in the log, but no export writes them and they are never gold
 * @param mentions the curators' mention edits in force, which the document exports apply
 */
public record CuratedProject(
    List<DocumentIdentity> documents,
    List<CuratedPair> pairs,
    List<String> missingPairs,
    List<String> obsoletePairs,
    MentionOverlay mentions) {

  public CuratedProject {
    documents = List.copyOf(documents);
    pairs = List.copyOf(pairs);
    missingPairs = List.copyOf(missingPairs);
    obsoletePairs = List.copyOf(obsoletePairs);
    Objects.requireNonNull(mentions, "mentions");
  }

  public static CuratedProject read(ProjectDatabase project) throws CurationStoreException {
    return of(project.contents(), project.decisions());
  }

  public static CuratedProject of(ProjectContents contents, CurationStore decisions)
      throws CurationStoreException {
    List<DocumentIdentity> documents = contents.documents();
    Map<String, Integer> documentOrder = new HashMap<>();
    documents.forEach(d -> documentOrder.put(d.id(), documentOrder.size()));
    List<StoredPair> stored = new ArrayList<>(contents.pairs());
    // List.sort is stable: within a document, pairs keep the order they were added in.
    stored.sort(Comparator.comparing(p -> documentOrder.get(p.documentId())));
    Map<String, StoredPrediction> predictions = contents.latestPredictions();
    Map<String, SettledLabel> curations = curations(decisions);
    MentionOverlay mentions = MentionOverlay.of(decisions.mentionEdits());
    List<CuratedPair> pairs = new ArrayList<>(stored.size());
    List<String> obsoletePairs = new ArrayList<>();
    for (StoredPair pair : stored) {
      if (mentions.isGone(pair.documentId(), pair.e1Id())
          || mentions.isGone(pair.documentId(), pair.e2Id())) {
        if (curations.containsKey(pair.key())) {
          obsoletePairs.add(pair.key());
        }
        continue;
      }
      pairs.add(new CuratedPair(pair, predictions.get(pair.key()), curations.get(pair.key())));
    }
    Set<String> held = stored.stream().map(StoredPair::key).collect(Collectors.toSet());
    List<String> missingPairs =
        curations.keySet().stream().filter(key -> !held.contains(key)).toList();
    return new CuratedProject(documents, pairs, missingPairs, obsoletePairs, mentions);
  }

  /**
   * Each pair's curation, by pair key: where its curators stand once every verdict is counted
   * ({@link SettledLabels}: one curator, agreement, dispute, adjudication). The export reads the
   * settlement as it is; deciding what is gold belongs to {@code SettledLabels}, not here.
   */
  private static Map<String, SettledLabel> curations(CurationStore decisions)
      throws CurationStoreException {
    Map<String, SettledLabel> curations = new LinkedHashMap<>();
    for (SettledLabel settled : SettledLabels.fromLog(decisions.log()).all()) {
      curations.put(settled.pairKey(), settled);
    }
    return curations;
  }

  /** The pairs an export writes: all of them, or only those with a gold label. */
  public List<CuratedPair> pairs(boolean all) {
    return all ? pairs : pairs.stream().filter(CuratedPair::isGold).toList();
  }
}
